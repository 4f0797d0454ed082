"""E-mail to units and residents: who is told what. A notification is stored with the change that causes it
and sent after the transaction commits, by a task (tasks.py); a failure is recorded on the notification and
retried, never rolled back."""

from django.conf import settings
from django.db import transaction

from . import privacy
from .conf import feedback_setting
from .models import Notification
from .tasks import send_notification


def queue(feedback, kind, recipients, language, reply=None, follower=None):
    recipients = [address for address in recipients if address]
    if not recipients:
        return None
    notification = Notification.objects.create(
        feedback=feedback,
        kind=kind,
        recipients=",".join(recipients),
        language=language,
        reply=reply,
        follower=follower,
    )
    transaction.on_commit(lambda: enqueue(notification))
    return notification


def enqueue(notification):
    send_notification.enqueue(notification.pk)


def notify_unit_of_new_feedback(feedback):
    recipients = [feedback.unit.notification_email] if feedback.unit else []
    recipients += feedback.category.routing_email_list
    return queue(feedback, Notification.Kind.NEW_FEEDBACK, recipients, settings.LANGUAGE_CODE)


def notify_resident(feedback, kind, reply=None):
    return queue(feedback, kind, [feedback.contact_email], feedback.language, reply=reply)


def notify_followers(feedback, reply=None):
    """Residents who follow a public item, and confirmed it, get its replies and status changes in their own
    language. Each gets a message of their own: followers never see each other's addresses."""
    if not privacy.is_public(feedback):
        return
    for follower in feedback.followers.filter(confirmed_at__isnull=False):
        queue(feedback, Notification.Kind.FOLLOWER_UPDATE, [follower.email], follower.language, reply, follower)


def notify_new_follower(follower):
    """The double opt-in: a link to confirm, sent to the address in the language it was asked for in."""
    return queue(
        follower.feedback,
        Notification.Kind.FOLLOW_CONFIRMATION,
        [follower.email],
        follower.language,
        follower=follower,
    )


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
