"""Background work: sending a queued notification. It renders the message in the recipient's language,
with links to the public site and the admin, and records the result on the notification. A failed send is
tried again by the worker, later each time."""

import logging
from datetime import timedelta
from urllib.parse import urljoin

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Site

from . import follower_links, privacy
from .conf import feedback_setting
from .models import Notification

logger = logging.getLogger(__name__)


@task()
def send_notification(notification_id):
    notification = Notification.objects.select_related("feedback__category", "reply", "follower")
    notification = notification.filter(pk=notification_id)
    notification = notification.first()
    if notification is not None and not deliver(notification):
        schedule_retry(notification.pk)


def retry_delay(attempts):
    """The wait before the next try after ``attempts`` failed ones: NOTIFICATION_RETRY_SECONDS, doubled after
    each failure, so a mail server that is down for hours is not hammered."""
    return timedelta(seconds=feedback_setting("NOTIFICATION_RETRY_SECONDS") * 2 ** (attempts - 1))


def schedule_retry(notification_id):
    """Queues the next try of a failed notification that has attempts left; returns the task result, or None.
    A backend that runs tasks at once (development, tests) can't wait: there ``retry_notifications`` does it."""
    attempts = Notification.objects.filter(pk=notification_id).values_list("attempts", flat=True).first()
    if attempts is None or attempts >= feedback_setting("NOTIFICATION_MAX_ATTEMPTS"):
        return None
    if not send_notification.get_backend().supports_defer:
        return None
    return send_notification.using(run_after=timezone.now() + retry_delay(attempts)).enqueue(notification_id)


def site_url(path):
    """A link residents follow: on the default Wagtail Site, where the public pages are served (the admin's
    base URL only if no Site is the default). ``path`` may already be absolute: a page of another Site."""
    site = Site.objects.filter(is_default_site=True).first()
    return urljoin(site.root_url if site else settings.WAGTAILADMIN_BASE_URL, path)


def admin_url(path):
    """A link for staff: the admin may be served from another host than the public site."""
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def render_message(notification):
    feedback = notification.feedback
    with translation.override(notification.language):
        context = {
            "feedback": feedback,
            "public_feedback": privacy.PublicFeedback(feedback) if privacy.is_public(feedback) else None,
            "detail_url": detail_url_for(feedback),
            "reply": notification.reply,
            "tracking_url": site_url(feedback.get_tracking_url()),
            "admin_url": admin_url(reverse("feedback_inbox:inspect", args=[feedback.pk])),
        }
        headers = {}
        if notification.follower:
            context.update(follower_urls(notification.follower))
            headers = unsubscribe_headers(context["unsubscribe_url"])
        subject = render_to_string(f"feedback_plugin/email/{notification.kind}_subject.txt", context)
        body = render_to_string(f"feedback_plugin/email/{notification.kind}.txt", context)
    return " ".join(subject.split()), body, headers


def follower_urls(follower):
    """The signed links of a follower's mail, in the language that is active."""
    return {
        "confirmation_url": site_url(follower_links.confirmation_path(follower)),
        "unsubscribe_url": site_url(follower_links.unsubscribe_path(follower)),
        "confirmation_days": feedback_setting("FOLLOW_CONFIRMATION_DAYS"),
    }


def unsubscribe_headers(unsubscribe_url):
    """RFC 2369 and RFC 8058: mail clients offer "unsubscribe", and one click POSTs to the link."""
    return {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def detail_url_for(feedback):
    # The list page is a page type of the public layer, which itself sends notifications through the
    # services; the app registry gives its class without an import that would close that loop.
    index_page_type = apps.get_model("feedback_plugin", "FeedbackIndexPage")
    path = index_page_type.public_detail_url(feedback.reference) if privacy.is_public(feedback) else None
    return site_url(path) if path else ""


def send_mail(subject, body, recipients, headers):
    """Django's send_mail, with the extra headers a follower's mail carries."""
    EmailMessage(subject, body, None, recipients, headers=headers).send()


def deliver(notification):
    """Sends one notification; records success or the error. Never raises for a mail failure."""
    if notification.state == Notification.State.SENT:
        return True
    Notification.objects.filter(pk=notification.pk).update(attempts=F("attempts") + 1)
    try:
        subject, body, headers = render_message(notification)
        send_mail(subject, body, notification.recipients.split(","), headers)
    except Exception as error:
        logger.exception("Sending notification %s failed", notification.pk)
        Notification.objects.filter(pk=notification.pk).update(
            state=Notification.State.FAILED, last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        return False
    Notification.objects.filter(pk=notification.pk).update(
        state=Notification.State.SENT, sent_at=timezone.now(), last_error=""
    )
    return True
