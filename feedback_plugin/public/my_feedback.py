"""“My feedback”: the page where a resident asks for a link to their items, and the page the link opens, where
they read status and replies and withdraw their contact data. Both are private pages: never cached or indexed."""

from django import forms
from django.core import signing
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from .. import my_feedback, services
from ..client_address import limit_key
from ..privacy import PublicReply
from .pages import private_page


class LinkRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("The address you gave with your feedback."),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address in the form name@example.fi."),
        },
    )


def render_private(request, template, context, status=200):
    return private_page(render(request, template, context, status=status))


@require_http_methods(["GET", "POST"])
def request_link(request):
    """Every valid request gets the same answer, so the page tells nobody whether an address has feedback."""
    if request.method == "GET":
        return render_private(request, "feedback_plugin/my_feedback_request.html", {"form": LinkRequestForm()})
    counted = my_feedback.count_request(limit_key(request))
    if not counted.allowed:
        response = render_private(
            request, "feedback_plugin/my_feedback_request.html", {"form": LinkRequestForm(), "limited": True}, 429
        )
        response["Retry-After"] = str(counted.retry_after)
        return response
    form = LinkRequestForm(request.POST)
    if not form.is_valid():
        return render_private(request, "feedback_plugin/my_feedback_request.html", {"form": form}, 400)
    my_feedback.request_link(form.cleaned_data["email"])
    return render_private(request, "feedback_plugin/my_feedback_request.html", {"form": None, "sent": True})


def listed_items(address):
    """What the list shows of each item: the item as the resident wrote it, its category's name and the replies,
    all in the active language, in a fixed number of queries."""
    categories = my_feedback.category_names()
    return [
        {
            "feedback": feedback,
            "category_name": categories.get(feedback.category.code, feedback.category.name),
            "replies": [PublicReply(reply) for reply in feedback.replies.all()],
        }
        for feedback in my_feedback.sent_from(address)
    ]


@require_http_methods(["GET", "POST"])
def my_items(request, token):
    try:
        address = my_feedback.read_token(token)
    except signing.SignatureExpired:
        return render_private(request, "feedback_plugin/my_feedback_link_invalid.html", {"expired": True}, 410)
    except signing.BadSignature:
        return render_private(request, "feedback_plugin/my_feedback_link_invalid.html", {"expired": False}, 400)
    if request.method == "POST":
        return withdraw(request, address)
    erased = request.GET.get("erased", "")
    context = {"items": listed_items(address), "erased": int(erased) if erased.isdigit() else 0}
    return render_private(request, "feedback_plugin/my_feedback.html", context)


def withdraw(request, address):
    """Withdraws the contact data of one item (``reference``) or of all the address's items, after a
    confirmation. Only items sent from this address can be named."""
    items = my_feedback.from_address(address)
    reference = request.POST.get("reference")
    if reference:
        items = items.filter(reference=reference)
    items = list(items)
    if not items:
        return redirect(request.path)
    if not request.POST.get("confirm"):
        context = {"items": items, "reference": reference or ""}
        return render_private(request, "feedback_plugin/my_feedback_erase_confirm.html", context)
    with transaction.atomic():
        for feedback in items:
            services.erase_contact_data(feedback)
    return redirect(f"{request.path}?erased={len(items)}")
