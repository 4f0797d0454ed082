"""Public, non-page views: the submitter's tracking page and photos served through the privacy gate."""

import hashlib
import logging

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_http_methods

from .. import services
from ..models import Feedback, FeedbackEvent, FeedbackPhoto, Status
from ..privacy import PublicPhoto, PublicReply, public_feedback
from ..submission import answer_labels
from .pages import private_page

logger = logging.getLogger(__name__)

# A photo of a public item may be kept by shared caches (a CDN) this long, so that one hidden later stops being
# served within a minute without any purge; docs/security.md explains the choice.
PUBLIC_PHOTO_MAX_AGE = 60


def photo_response(photo):
    """The stored file, streamed from the photo storage. A row whose file is missing (a lost or half-restored
    store) is a 404 for the visitor and an error for the operators, not a 500."""
    try:
        file = photo.image.open("rb")
    except FileNotFoundError:
        logger.error(
            "Photo %s of feedback %s is missing from the photo storage: %s",
            photo.pk,
            photo.feedback_id,
            photo.image.name,
        )
        raise Http404 from None
    response = FileResponse(file, content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
def public_photo(request, pk):
    # The gate is asked on every request, conditional ones too: a hidden item's photo is a 404, never a 304.
    photo = get_object_or_404(FeedbackPhoto, pk=pk, feedback__in=public_feedback())
    # A stored photo never changes; its name is new whenever the file is.
    etag = quote_etag(hashlib.sha256(photo.image.name.encode()).hexdigest()[:32])
    last_modified = int(photo.created_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified) or photo_response(photo)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=PUBLIC_PHOTO_MAX_AGE, s_maxage=PUBLIC_PHOTO_MAX_AGE)
    return response


@require_GET
@cache_control(private=True, no_store=True)
def tracking_photo(request, token, pk):
    photo = get_object_or_404(FeedbackPhoto, pk=pk, feedback__tracking_token=token)
    return photo_response(photo)


@require_http_methods(["GET", "POST"])
def track(request, token):
    """The submitter's own view behind the secret token: everything they sent, the status history and replies,
    also for confidential or unpublished feedback. Contact data and internal notes are not shown."""
    feedback = get_object_or_404(Feedback.objects.select_related("category", "unit"), tracking_token=token)
    if request.method == "POST" and request.POST.get("action") == "erase_contact":
        if request.POST.get("confirm"):
            services.erase_contact_data(feedback)
            return redirect(feedback.get_tracking_url() + "?erased=1")
        return private_page(render(request, "feedback_plugin/track_erase_confirm.html", {"feedback": feedback}))
    status_labels = dict(Status.choices)
    history = [
        (event, status_labels.get(event.new_value, "") if event.action == FeedbackEvent.Action.STATUS else "")
        for event in feedback.events.filter(
            action__in=[FeedbackEvent.Action.CREATED, FeedbackEvent.Action.STATUS, FeedbackEvent.Action.REPLIED]
        )
    ]
    response = render(
        request,
        "feedback_plugin/track.html",
        {
            "feedback": feedback,
            "category_name": feedback.category.localized.name,
            "history": history,
            # The submitter's own page shows the replies and photos as every public page does.
            "replies": [PublicReply(reply) for reply in feedback.replies.all()],
            "photos": [PublicPhoto(photo) for photo in feedback.photos.all()],
            "answers": answer_labels(feedback.category, feedback.extra_answers),
            "erased": request.GET.get("erased") == "1",
        },
    )
    return private_page(response)
