"""Following a public item by e-mail: the request, the confirmation link and one-click unsubscribe."""

from django import forms
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import follower_links, privacy, services, submission
from ..client_address import limit_key
from .pages import FeedbackIndexPage, private_page


class FollowForm(forms.Form):
    email = forms.EmailField()


def public_item(**lookup):
    feedback = privacy.public_feedback().filter(**lookup).select_related("category").first()
    if feedback is None:
        raise Http404
    return feedback


def follow_page(request, feedback, status=200, error="", email=""):
    context = {
        "item": privacy.PublicFeedback(feedback),
        "detail_url": FeedbackIndexPage.public_detail_url(feedback.reference),
        "error": error,
        "email": email,
    }
    return private_page(render(request, "feedback_plugin/follow_requested.html", context, status=status))


@require_POST
def follow(request, reference):
    """Asks to follow an item: the same answer whether the address is new, pending or already following."""
    feedback = public_item(reference=reference)
    form = FollowForm(request.POST)
    if not form.is_valid():
        return follow_page(request, feedback, 400, _("Enter a valid e-mail address."))
    counted = submission.count_submission(limit_key(request))
    if not counted.allowed:
        response = follow_page(request, feedback, 429, submission.rate_limit_error().messages[0])
        response["Retry-After"] = str(counted.retry_after)
        return response
    services.add_follower(feedback, form.cleaned_data["email"], request.LANGUAGE_CODE)
    return follow_page(request, feedback)


def link_page(request, template, feedback_id, email, status=200):
    feedback = privacy.public_feedback().filter(pk=feedback_id).first()
    context = {
        "item": privacy.PublicFeedback(feedback) if feedback else None,
        "detail_url": feedback and FeedbackIndexPage.public_detail_url(feedback.reference),
        "email": email,
    }
    return private_page(render(request, template, context, status=status))


def invalid_link(request, message):
    response = render(request, "feedback_plugin/follow_link_invalid.html", {"message": message}, status=400)
    return private_page(response)


@require_GET
def confirm(request, token):
    """The link in the confirmation mail: opened once or many times, the address follows from the first."""
    try:
        feedback_id, email = follower_links.read_confirmation(token)
    except follower_links.InvalidLink:
        return invalid_link(request, _("This confirmation link is not valid or has expired. Ask to follow again."))
    if services.confirm_follower(feedback_id, email) is None:
        return invalid_link(request, _("This address no longer asks to follow the feedback. Ask to follow again."))
    return link_page(request, "feedback_plugin/follow_confirmed.html", feedback_id, email)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click in the mail (GET), or the mail client's RFC 8058 one-click POST, which carries no CSRF token:
    the signed token is the proof. Unsubscribing again shows the same page."""
    try:
        feedback_id, email = follower_links.read_unsubscribe(token)
    except follower_links.InvalidLink:
        return invalid_link(request, _("This unsubscribe link is not valid."))
    services.remove_follower(feedback_id, email)
    return link_page(request, "feedback_plugin/unsubscribed.html", feedback_id, email)
