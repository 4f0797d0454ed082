"""Public, non-page views: the submitter's tracking page and photos served through the privacy gate."""

from django.http import FileResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .models import Feedback, FeedbackEvent, FeedbackPhoto
from .privacy import public_feedback


def photo_response(photo):
    response = FileResponse(photo.image.open("rb"), content_type="image/jpeg")
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def public_photo(request, pk):
    photo = get_object_or_404(FeedbackPhoto, pk=pk, feedback__in=public_feedback())
    return photo_response(photo)


@require_GET
@cache_control(private=True, no_store=True)
def tracking_photo(request, token, pk):
    photo = get_object_or_404(FeedbackPhoto, pk=pk, feedback__tracking_token=token)
    return photo_response(photo)


@require_GET
@cache_control(private=True, no_store=True)
def track(request, token):
    """The submitter's own view behind the secret token: everything they sent, the status history and replies,
    also for confidential or unpublished feedback. Contact data and internal notes are not shown."""
    feedback = get_object_or_404(Feedback.objects.select_related("category", "unit"), tracking_token=token)
    history = feedback.events.filter(
        action__in=[FeedbackEvent.Action.CREATED, FeedbackEvent.Action.STATUS, FeedbackEvent.Action.REPLIED]
    )
    response = render(
        request,
        "feedback_plugin/track.html",
        {
            "feedback": feedback,
            "history": history,
            "replies": feedback.replies.select_related("unit"),
            "photos": feedback.photos.all(),
        },
    )
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response
