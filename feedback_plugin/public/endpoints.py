"""Small endpoints the feedback form uses: help for a category, duplicate hints and "this is my issue too"."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from .. import nearby, privacy, services, submission
from ..client_address import limit_key
from ..sections import category_help
from .pages import FeedbackIndexPage


def category_and_point(request):
    """The category and point of a form-side request; a translated ValidationError for bad input."""
    category = submission.active_category(request.GET.get("category", ""))
    latitude, longitude = submission.clean_location(request.GET.get("lat"), request.GET.get("lng"))
    return category, latitude, longitude


def bad_request(error):
    return JsonResponse({"error": error.messages[0], "code": error.error_list[0].code}, status=400)


@require_GET
def help_fragment(request):
    try:
        category, latitude, longitude = category_and_point(request)
    except ValidationError as error:
        return bad_request(error)
    response = HttpResponse(category_help(request, category, latitude, longitude))
    response["Cache-Control"] = "private, max-age=60"
    return response


@require_GET
def duplicate_hints(request):
    try:
        category, latitude, longitude = category_and_point(request)
    except ValidationError as error:
        return bad_request(error)
    if latitude is None:
        return JsonResponse({"items": []})
    detail_url = FeedbackIndexPage.detail_url_maker()
    items = [
        {
            "reference": item.reference,
            "title": item.title or item.description[:80],
            "status": "closed" if item.is_closed else "open",
            "status_label": item.get_status_display(),
            "received": item.received_at.date().isoformat(),
            "supporters": item.supporter_count,
            "distance_m": distance,
            "url": detail_url(item.reference),
        }
        for item, distance in nearby.similar_open_feedback(category, latitude, longitude)
    ]
    return JsonResponse({"items": items})


class SupportForm(forms.Form):
    support_email = forms.EmailField(required=False)


def supporters_text(count):
    """The count as the detail page says it, for the script that updates it in place."""
    return render_to_string("feedback_plugin/includes/supporters.html", {"supporter_count": count}).strip()


@require_POST
def support(request, reference):
    """ "This is my issue too": one more supporter for a public item, optionally followed by e-mail (which the
    address confirms first). A script that asks for JSON gets the new count to show in place."""
    feedback = privacy.public_feedback().filter(reference=reference).select_related("category").first()
    if feedback is None:
        raise Http404
    form = SupportForm(request.POST)
    status, message, counted = 200, "", None
    if not form.is_valid():
        status, message = 400, _("Enter a valid e-mail address, or leave it empty.")
    elif not (counted := submission.count_submission(limit_key(request))).allowed:
        status, message = 429, submission.rate_limit_error().messages[0]
    else:
        services.add_supporter(feedback)
        if form.cleaned_data["support_email"]:
            services.add_follower(feedback, form.cleaned_data["support_email"], request.LANGUAGE_CODE)
    if request.get_preferred_type(["text/html", "application/json"]) == "application/json":
        response = JsonResponse(
            {
                "supporters": feedback.supporter_count,
                "supporters_text": supporters_text(feedback.supporter_count),
                "message": message or _("Thank you for your support."),
            },
            status=status,
        )
    else:
        context = {
            "item": privacy.PublicFeedback(feedback),
            "detail_url": FeedbackIndexPage.public_detail_url(feedback.reference),
            "error": message,
            "following": bool(status == 200 and form.cleaned_data.get("support_email")),
        }
        response = render(request, "feedback_plugin/support_done.html", context, status=status)
    if status == 429:
        response["Retry-After"] = str(counted.retry_after)
    return response
