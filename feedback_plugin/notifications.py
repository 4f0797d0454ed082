"""E-mail to units and residents. A notification is stored with the change that causes it and sent after the
transaction commits, by a task; a failure is recorded on the notification and retried, never rolled back."""

import logging
from urllib.parse import urljoin

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Site

from . import privacy
from .conf import feedback_setting
from .models import Notification

logger = logging.getLogger(__name__)


def site_url(path):
    """A link residents follow: on the default Wagtail Site, where the public pages are served (the admin's
    base URL only if no Site is the default). ``path`` may already be absolute: a page of another Site."""
    site = Site.objects.filter(is_default_site=True).first()
    return urljoin(site.root_url if site else settings.WAGTAILADMIN_BASE_URL, path)


def admin_url(path):
    """A link for staff: the admin may be served from another host than the public site."""
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def queue(feedback, kind, recipients, language, reply=None):
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    notification = Notification.objects.create(
        feedback=feedback, kind=kind, recipients=",".join(recipients), language=language, reply=reply
    )
    transaction.on_commit(lambda: enqueue(notification))
    return notification


def enqueue(notification):
    from .tasks import send_notification

    send_notification.enqueue(notification.pk)


def notify_unit_of_new_feedback(feedback):
    recipients = [feedback.unit.notification_email] if feedback.unit else []
    recipients += feedback.category.routing_email_list
    return queue(feedback, Notification.Kind.NEW_FEEDBACK, recipients, settings.LANGUAGE_CODE)


def notify_resident(feedback, kind, reply=None):
    return queue(feedback, kind, [feedback.contact_email], feedback.language, reply=reply)


def notify_followers(feedback, reply=None):
    """Residents who follow a public item get its replies and status changes, in their own language. Each
    gets a message of their own: followers never see each other's addresses."""
    if not privacy.is_public(feedback):
        return
    for follower in feedback.followers.all():
        queue(feedback, Notification.Kind.FOLLOWER_UPDATE, [follower.email], follower.language, reply=reply)


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
        subject = render_to_string(f"feedback_plugin/email/{notification.kind}_subject.txt", context)
        body = render_to_string(f"feedback_plugin/email/{notification.kind}.txt", context)
    return " ".join(subject.split()), body


def detail_url_for(feedback):
    from .public.pages import public_detail_url

    path = public_detail_url(feedback.reference) if privacy.is_public(feedback) else None
    return site_url(path) if path else ""


def deliver(notification):
    """Sends one notification; records success or the error. Never raises for a mail failure."""
    if notification.state == Notification.State.SENT:
        return True
    Notification.objects.filter(pk=notification.pk).update(attempts=F("attempts") + 1)
    try:
        subject, body = render_message(notification)
        send_mail(subject, body, None, notification.recipients.split(","))
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


def retry_failed():
    """Queues every failed notification that has attempts left; returns how many."""
    retryable = Notification.objects.filter(
        state=Notification.State.FAILED, attempts__lt=feedback_setting("NOTIFICATION_MAX_ATTEMPTS")
    )
    count = 0
    for notification in retryable:
        enqueue(notification)
        count += 1
    return count
