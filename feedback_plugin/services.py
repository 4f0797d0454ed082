"""What can happen to feedback. The admin, the public form and the APIs all go through these functions, so
each change is validated, recorded in the trail and notified the same way everywhere."""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import get_image_dimensions
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from . import notifications, privacy, public_cache
from .conf import feedback_setting
from .models import (
    Channel,
    Feedback,
    FeedbackEvent,
    FeedbackPhoto,
    Follower,
    InternalNote,
    Kind,
    Notification,
    Publication,
    ReferenceCounter,
    Reply,
    ServiceRequestToken,
    Status,
    is_closed_status,
)

logger = logging.getLogger(__name__)


def next_reference(when):
    """A short public reference, ``2026-000123``, numbered per year without gaps or collisions."""
    counter, _created = ReferenceCounter.objects.select_for_update().get_or_create(year=when.year)
    ReferenceCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
    counter.refresh_from_db()
    return f"{when.year}-{counter.last_number:06d}"


def record(feedback, action, user=None, old="", new=""):
    """Adds a step to the trail. ``old`` and ``new`` are data (codes, keys), labelled only when shown."""
    return FeedbackEvent.objects.create(
        feedback=feedback, action=action, user=user, old_value=str(old)[:200], new_value=str(new)[:200]
    )


def unit_key(unit):
    return unit.translation_key if unit else ""


def route_to_category(feedback, category):
    """Puts the item in ``category`` with what follows from it: the category's unit, and the due date counted
    from when the item came in. New feedback and a category change are routed by this one rule."""
    # Feedback always points at the category in the site's default language, whatever the form's language.
    feedback.category = category.get_translation_or_none(Locale.get_default()) or category
    feedback.unit = feedback.category.unit
    feedback.due_date = due_date(feedback.category, feedback.received_at)


def due_date(category, received_at):
    """The day by which an item received at ``received_at`` should be answered, by the category's target."""
    return timezone.localdate(received_at) + datetime.timedelta(days=category.effective_target_days)


def create_feedback(
    *,
    category,
    description,
    language,
    kind=Kind.FEEDBACK,
    title="",
    latitude=None,
    longitude=None,
    address="",
    extra_answers=None,
    contact_name="",
    contact_email="",
    contact_phone="",
    wants_reply=False,
    allow_publication=True,
    channel=Channel.WEB,
    photos=(),
    received_at=None,
    user=None,
    opened_help=(),
    api_client=None,
    in_transaction=None,
):
    """Saves a new item with its photos (already cleaned by ``photos.clean_photo``) in one transaction; an API
    client that sent it gets the item's Open311 token, and ``in_transaction(feedback)``, if given, runs in that
    transaction too (an idempotency key is kept with its item). Raises PhotoStoreUnavailable when the photo
    storage fails, and leaves no photo file behind whenever the item is not saved."""
    stored = []
    try:
        with transaction.atomic():
            received_at = received_at or timezone.now()
            feedback = Feedback(
                kind=kind,
                title=title,
                description=description,
                language=language,
                latitude=latitude,
                longitude=longitude,
                address=address,
                extra_answers=extra_answers or {},
                opened_help=list(opened_help),
                contact_name=contact_name,
                contact_email=contact_email,
                contact_phone=contact_phone,
                wants_reply=wants_reply,
                allow_publication=allow_publication,
                channel=channel,
                received_at=received_at,
                reference=next_reference(timezone.localdate(received_at)),
            )
            route_to_category(feedback, category)
            privacy.prepare_public_text(feedback)
            feedback.publication = privacy.initial_publication(feedback)
            feedback.save()
            for photo in photos:
                stored.append(store_photo(feedback, photo))
            FeedbackPhoto.objects.bulk_create(stored)
            if api_client:
                ServiceRequestToken.objects.create(feedback=feedback, client=api_client)
            if in_transaction:
                in_transaction(feedback)
            record(feedback, FeedbackEvent.Action.CREATED, user=user, new=channel)
            notifications.notify_unit_of_new_feedback(feedback)
            notifications.notify_resident(feedback, Notification.Kind.RECEIPT)
    except BaseException:
        # The rows (and the reference number) went with the rollback; files are not in the transaction.
        remove_photo_files(stored)
        raise
    return feedback


class PhotoStoreUnavailable(Exception):
    """The photo storage failed to store a photo."""


def store_photo(feedback, photo):
    """Puts a cleaned photo's file in the photo storage and returns its row, not yet saved. Any error of the
    storage's own (a full disk, a refused bucket, a network outage: each backend has its own exceptions) is a
    PhotoStoreUnavailable. The dimensions come from the photo in memory, not from reading the stored file back."""
    field = FeedbackPhoto._meta.get_field("image")
    width, height = get_image_dimensions(photo)
    try:
        name = field.storage.save(field.generate_filename(None, photo.name), photo, max_length=field.max_length)
    except Exception as error:
        raise PhotoStoreUnavailable from error
    return FeedbackPhoto(feedback=feedback, image=name, width=width, height=height)


def remove_photo_files(photos):
    for photo in photos:
        try:
            photo.image.storage.delete(photo.image.name)
        except Exception:
            logger.exception("Photo file %s of an item that was not saved could not be removed", photo.image.name)


@transaction.atomic
def change_status(feedback, status, user=None):
    if status == feedback.status:
        return feedback
    old = feedback.status
    feedback.status = status
    if is_closed_status(status):
        feedback.closed_at = feedback.closed_at or timezone.now()
    else:
        feedback.closed_at = None
    feedback.save(update_fields=["status", "closed_at", "updated_at"])
    record(feedback, FeedbackEvent.Action.STATUS, user, old, status)
    notifications.notify_resident(feedback, Notification.Kind.STATUS)
    notifications.notify_followers(feedback)
    return feedback


@transaction.atomic
def assign_unit(feedback, unit, user=None):
    if unit == feedback.unit:
        return feedback
    old = feedback.unit
    feedback.unit = unit
    feedback.save(update_fields=["unit", "updated_at"])
    record(feedback, FeedbackEvent.Action.ASSIGNED, user, unit_key(old), unit_key(unit))
    notifications.queue(
        feedback, Notification.Kind.NEW_FEEDBACK, [unit.notification_email if unit else ""], settings.LANGUAGE_CODE
    )
    return feedback


@transaction.atomic
def change_category(feedback, category, user=None):
    """Moves the item to another category, as staff do when a resident chose the wrong one. It is routed as if it
    had come in there: the new category's unit and routing e-mails get it, and its due date follows the new
    target time. A confidential category hides it at once; leaving one publishes nothing by itself."""
    if category.translation_key == feedback.category.translation_key:
        return feedback
    old_category, old_unit, old_publication = feedback.category, feedback.unit, feedback.publication
    route_to_category(feedback, category)
    if not privacy.may_be_published(feedback):
        feedback.publication = Publication.HIDDEN
    feedback.save(update_fields=["category", "unit", "due_date", "publication", "updated_at"])
    record(feedback, FeedbackEvent.Action.CATEGORY, user, old_category.code, feedback.category.code)
    if feedback.unit != old_unit:
        record(feedback, FeedbackEvent.Action.ASSIGNED, user, unit_key(old_unit), unit_key(feedback.unit))
    if feedback.publication != old_publication:
        record(feedback, FeedbackEvent.Action.PUBLICATION, user, old_publication, feedback.publication)
    notifications.notify_unit_of_new_feedback(feedback)
    return feedback


@transaction.atomic
def set_publication(feedback, publication, user=None):
    if publication == Publication.PUBLISHED and not privacy.may_be_published(feedback):
        raise ValidationError(
            _("This feedback can't be published: it is confidential or the resident asked not to publish it."),
            code="not_publishable",
        )
    if publication == feedback.publication:
        return feedback
    old = feedback.publication
    feedback.publication = publication
    feedback.save(update_fields=["publication", "updated_at"])
    record(feedback, FeedbackEvent.Action.PUBLICATION, user, old, publication)
    return feedback


@transaction.atomic
def edit_public_text(feedback, title, description, user=None):
    """Staff edit the public version; it still passes through redaction."""
    feedback.public_title = privacy.redact(title)
    feedback.public_description = privacy.redact(description)
    feedback.save(update_fields=["public_title", "public_description", "updated_at"])
    record(feedback, FeedbackEvent.Action.PUBLIC_TEXT, user)
    return feedback


@transaction.atomic
def add_reply(feedback, body, user=None):
    reply = Reply.objects.create(
        feedback=feedback, body=body, language=feedback.language, unit=feedback.unit, author=user
    )
    if feedback.first_reply_at is None:
        feedback.first_reply_at = reply.created_at
        feedback.save(update_fields=["first_reply_at", "updated_at"])
    record(feedback, FeedbackEvent.Action.REPLIED, user)
    notifications.notify_resident(feedback, Notification.Kind.REPLY, reply=reply)
    notifications.notify_followers(feedback, reply=reply)
    return reply


@transaction.atomic
def add_note(feedback, body, user=None):
    note = InternalNote.objects.create(feedback=feedback, body=body, author=user)
    record(feedback, FeedbackEvent.Action.NOTE, user)
    return note


@transaction.atomic
def merge_duplicate(duplicate, original, user=None):
    """Marks ``duplicate`` as a copy of ``original``: its supporters and its submitter count for the original."""
    if duplicate.pk == original.pk or original.duplicate_of_id == duplicate.pk:
        raise ValidationError(_("An item can't be a duplicate of itself."), code="merge_self")
    original = original.duplicate_of or original
    duplicate.duplicate_of = original
    duplicate.save(update_fields=["duplicate_of", "updated_at"])
    Feedback.objects.filter(pk=original.pk).update(
        supporter_count=F("supporter_count") + duplicate.supporter_count + 1, updated_at=timezone.now()
    )
    record(duplicate, FeedbackEvent.Action.MERGED, user, new=original.reference)
    change_status(duplicate, Status.DUPLICATE, user)
    return original


@transaction.atomic
def add_supporter(feedback):
    Feedback.objects.filter(pk=feedback.pk).update(supporter_count=F("supporter_count") + 1)
    # The count is public, and an update sends no signal.
    public_cache.public_data_changed()
    record(feedback, FeedbackEvent.Action.SUPPORTED)
    feedback.refresh_from_db(fields=["supporter_count"])
    return feedback


@transaction.atomic
def add_follower(feedback, email, language):
    """A resident asks to follow a public item by e-mail. The address gets a link to confirm it, and updates only
    after that. Asking again changes nothing: a pending follower gets the link again, a confirmed one nothing more,
    and the caller can't tell which, so the answer never reveals whether an address already follows. A pending
    follower's ``created_at`` is the time of its newest request: its newest link is valid from then on."""
    follower, created = Follower.objects.get_or_create(feedback=feedback, email=email, defaults={"language": language})
    if follower.confirmed_at is None:
        if not created:
            follower.created_at = timezone.now()
            follower.save(update_fields=["created_at"])
        notifications.notify_new_follower(follower)
    return follower


def clear_unconfirmed_followers():
    """Deletes the addresses that asked to follow and never confirmed before their newest link expired, with their
    unsent mails: the city keeps no address it was not allowed to write to. Returns how many."""
    cutoff = timezone.now() - datetime.timedelta(days=feedback_setting("FOLLOW_CONFIRMATION_DAYS"))
    _deleted, by_model = Follower.objects.filter(confirmed_at=None, created_at__lt=cutoff).delete()
    return by_model.get(Follower._meta.label, 0)


@transaction.atomic
def confirm_follower(feedback_id, email):
    """The address opened its confirmation link: from now on it gets the item's updates. Opening it again keeps
    the first confirmation. Returns the follower, or None if it no longer follows (unsubscribed meanwhile)."""
    follower = Follower.objects.select_for_update().filter(feedback_id=feedback_id, email=email).first()
    if follower is not None and follower.confirmed_at is None:
        follower.confirmed_at = timezone.now()
        follower.save(update_fields=["confirmed_at"])
    return follower


def remove_follower(feedback_id, email):
    """Unsubscribes the address from the item: its row and its unsent mails are deleted."""
    Follower.objects.filter(feedback_id=feedback_id, email=email).delete()


@transaction.atomic
def erase_contact_data(feedback, user=None):
    """The resident withdraws their contact data: it is erased, and nothing more is sent to them."""
    feedback.contact_name = feedback.contact_email = feedback.contact_phone = ""
    feedback.wants_reply = False
    feedback.save(update_fields=["contact_name", "contact_email", "contact_phone", "wants_reply", "updated_at"])
    feedback.notifications.filter(
        kind__in=[Notification.Kind.RECEIPT, Notification.Kind.REPLY, Notification.Kind.STATUS]
    ).delete()
    record(feedback, FeedbackEvent.Action.CONTACT_ERASED, user)
    return feedback
