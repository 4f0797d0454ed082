"""A resident's feedback item and its photos."""

import secrets
from decimal import Decimal

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinLengthValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Upper
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..conf import feedback_setting
from .taxonomy import FeedbackCategory, ResponsibleUnit

DESCRIPTION_MIN_LENGTH = 10
DESCRIPTION_MAX_LENGTH = 5000


class Kind(models.TextChoices):
    FEEDBACK = "feedback", _("Feedback")
    THANKS = "thanks", _("Thanks")
    PROPOSAL = "proposal", _("Proposal")
    QUESTION = "question", _("Question")


class Channel(models.TextChoices):
    WEB = "web", _("Web form")
    API = "api", _("API")
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone")
    WALK_IN = "walk_in", _("Service desk")
    OTHER = "other", _("Other")


class Status(models.TextChoices):
    """Detailed statuses; ``is_closed_status`` maps them to Open311's open/closed."""

    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    WAITING = "waiting", _("Waiting for information")
    FORWARDED = "forwarded", _("Forwarded to another party")
    DONE = "done", _("Done")
    REJECTED = "rejected", _("Will not be done")
    DUPLICATE = "duplicate", _("Duplicate")


CLOSED_STATUSES = frozenset({Status.DONE, Status.REJECTED, Status.DUPLICATE})


def is_closed_status(status):
    return status in CLOSED_STATUSES


class Publication(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


def new_tracking_token():
    return secrets.token_urlsafe(24)


class Feedback(models.Model):
    # What the resident says.
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.FEEDBACK)
    category = models.ForeignKey(
        FeedbackCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="feedback"
    )
    title = models.CharField(_("title"), max_length=150, blank=True)
    description = models.TextField(
        _("description"),
        validators=[MinLengthValidator(DESCRIPTION_MIN_LENGTH), MaxLengthValidator(DESCRIPTION_MAX_LENGTH)],
    )
    language = models.CharField(_("language"), max_length=10)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
    )
    address = models.CharField(_("address or place"), max_length=255, blank=True)
    extra_answers = models.JSONField(_("answers to extra questions"), default=dict, blank=True)
    # The help items (FAQs, bulletins) the resident opened on the form, for counting how often help was read.
    opened_help = models.JSONField(_("help items opened"), default=list, blank=True)

    # The public version of the text: redacted automatically, editable by staff. The original stays private.
    public_title = models.CharField(_("public title"), max_length=150, blank=True)
    public_description = models.TextField(_("public description"), blank=True)

    # Contact data: optional and never public.
    contact_name = models.CharField(_("name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("e-mail"), blank=True)
    contact_phone = models.CharField(_("phone"), max_length=40, blank=True)
    wants_reply = models.BooleanField(_("wants a reply"), default=False)
    allow_publication = models.BooleanField(
        _("may be published"), default=True, help_text=_("The resident may ask that their feedback is not published.")
    )

    # Handling.
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    unit = models.ForeignKey(
        ResponsibleUnit,
        verbose_name=_("assigned unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="feedback",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    publication = models.CharField(
        _("publication"), max_length=20, choices=Publication.choices, default=Publication.PENDING
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    supporter_count = models.PositiveIntegerField(_("supporters"), default=0)

    # References: one to say out loud, one secret for the submitter's tracking link.
    reference = models.CharField(_("reference"), max_length=20, unique=True, editable=False)
    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token, editable=False)

    # Timestamps for response-time analytics.
    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    first_reply_at = models.DateTimeField(_("first reply"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("feedback")
        verbose_name_plural = _("feedback")
        ordering = ["-received_at", "-pk"]
        permissions = [
            ("handle_confidential_feedback", _("Can handle confidential feedback")),
            ("route_all_feedback", _("Can see and route all non-confidential feedback")),
        ]
        indexes = [
            models.Index(fields=["publication", "-received_at"], name="feedback_public_recent"),
            models.Index(fields=["latitude", "longitude"], name="feedback_location"),
            # The map's single items: without the publication first, SQLite would rather scan every public item in
            # time order (feedback_public_recent) than the few in a street's box.
            models.Index(fields=["publication", "latitude", "longitude"], name="feedback_public_location"),
            models.Index(fields=["category", "status"], name="feedback_category_status"),
            models.Index(fields=["unit", "status"], name="feedback_unit_status"),
            # "My feedback" finds a resident's items by address, in any case (my_feedback.from_address).
            models.Index(Upper("contact_email"), name="feedback_contact_email"),
        ]

    def __str__(self):
        return f"{self.reference} {self.title or self.description[:60]}"

    @property
    def is_closed(self):
        return is_closed_status(self.status)

    @property
    def is_overdue(self):
        return bool(self.due_date and not self.is_closed and self.due_date < timezone.localdate())

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def has_contact_data(self):
        return bool(self.contact_name or self.contact_email or self.contact_phone)

    def language_name(self):
        """The resident's language as the site names it. Languages are settings, not field choices, so that
        adding one needs no migration; a code no longer configured is shown as it is."""
        return dict(settings.LANGUAGES).get(self.language, self.language)

    def get_tracking_url(self):
        return reverse("feedback_plugin:track", kwargs={"token": self.tracking_token})


def photo_storage():
    return storages[feedback_setting("PHOTO_STORAGE")]


def photo_path(instance, filename):
    # The stored name never carries anything the resident chose.
    return f"feedback/{timezone.now():%Y/%m}/{secrets.token_hex(16)}.jpg"


class FeedbackPhoto(models.Model):
    """A photo, stored after ``photos.clean_photo`` stripped its metadata; served only through the gate."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(
        _("photo"), upload_to=photo_path, storage=photo_storage, width_field="width", height_field="height"
    )
    # Filled in by the ImageField when the photo is stored, so pages can reserve its space without opening it.
    width = models.PositiveIntegerField(editable=False)
    height = models.PositiveIntegerField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
        ordering = ["pk"]

    def __str__(self):
        return self.image.name
