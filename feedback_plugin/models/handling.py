"""What staff do with feedback: public replies, internal notes, the handling trail and reply templates."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin

from .feedback import Channel, Feedback, Publication, Status
from .taxonomy import FeedbackCategory, ResponsibleUnit


class Reply(models.Model):
    """The city's public answer, shown with the feedback and e-mailed to the resident."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("reply"))
    language = models.CharField(_("language"), max_length=10)
    unit = models.ForeignKey(
        ResponsibleUnit, verbose_name=_("unit"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]


class InternalNote(models.Model):
    """A note for staff only; never shown to the resident or the public."""

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="internal_notes")
    body = models.TextField(_("note"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.body[:60]


class FeedbackEvent(models.Model):
    """One step in the handling trail: who changed what, and when.

    The values are stored as data (a status code, a unit's translation key, a category code), never as a label,
    so that each viewer reads the trail in their own language; ``trail_labels`` turns them into labels."""

    class Action(models.TextChoices):
        CREATED = "created", _("Received")
        STATUS = "status", _("Status changed")
        ASSIGNED = "assigned", _("Unit changed")
        CATEGORY = "category", _("Category changed")
        PUBLICATION = "publication", _("Publication changed")
        PUBLIC_TEXT = "public_text", _("Public text edited")
        REPLIED = "replied", _("Replied")
        NOTE = "note", _("Internal note added")
        MERGED = "merged", _("Merged as a duplicate")
        SUPPORTED = "supported", _("Supported by a resident")
        CONTACT_ERASED = "contact_erased", _("Contact data erased")

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    old_value = models.CharField(_("from"), max_length=200, blank=True)
    new_value = models.CharField(_("to"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("handling event")
        verbose_name_plural = _("handling events")
        ordering = ["created_at", "pk"]

    def __str__(self):
        change = self.describe_change(trail_labels({self.action}).get(self.action, {}))
        return f"{self.get_action_display()}: {change}" if change else str(self.get_action_display())

    def describe_change(self, labels):
        """What changed, in the active language: "old → new" for a change of one value, else the new value."""
        old, new = (labels.get(value, value) for value in (self.old_value, self.new_value))
        if self.action in BEFORE_AND_AFTER:
            return f"{old or '–'} → {new or '–'}"
        return new


BEFORE_AND_AFTER = {
    FeedbackEvent.Action.STATUS,
    FeedbackEvent.Action.ASSIGNED,
    FeedbackEvent.Action.PUBLICATION,
    FeedbackEvent.Action.CATEGORY,
}


def trail_labels(actions):
    """{action: {stored value: label in the active language}} for the given actions: one query per taxonomy
    that the actions refer to, however long the trail."""
    labels = {
        FeedbackEvent.Action.CREATED: dict(Channel.choices),
        FeedbackEvent.Action.STATUS: dict(Status.choices),
        FeedbackEvent.Action.PUBLICATION: dict(Publication.choices),
    }
    if FeedbackEvent.Action.ASSIGNED in actions:
        labels[FeedbackEvent.Action.ASSIGNED] = names_by_key(ResponsibleUnit, "translation_key")
    if FeedbackEvent.Action.CATEGORY in actions:
        labels[FeedbackEvent.Action.CATEGORY] = names_by_key(FeedbackCategory, "code")
    return labels


def names_by_key(model, key_field):
    """{key: name} of a taxonomy, in the active language, or in the default language where not translated."""
    active = Locale.get_active()
    rows = model.objects.filter(Q(locale=active) | Q(locale__language_code=settings.LANGUAGE_CODE))
    names = {}
    for key, name, locale_id in rows.values_list(key_field, "name", "locale_id"):
        if locale_id == active.pk or str(key) not in names:
            names[str(key)] = name
    return names


class ReplyTemplate(TranslatableMixin, models.Model):
    """A ready answer staff can start a reply from; translated like other snippets."""

    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("text"))
    category = models.ForeignKey(
        FeedbackCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="reply_templates",
        help_text=_("Empty: offered for every category."),
    )

    panels = [FieldPanel("title"), FieldPanel("category"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")
        ordering = ["title"]

    def __str__(self):
        return self.title


class Notification(models.Model):
    """An e-mail to send. Stored with the feedback in one transaction, so a failing mail server loses nothing;
    failures stay visible here and are retried."""

    class Kind(models.TextChoices):
        NEW_FEEDBACK = "new_feedback", _("New feedback to the unit")
        RECEIPT = "receipt", _("Receipt to the resident")
        REPLY = "reply", _("Reply to the resident")
        STATUS = "status", _("Status change to the resident")
        FOLLOWER_UPDATE = "follower_update", _("Update to a follower")
        FOLLOW_CONFIRMATION = "follow_confirmation", _("Confirmation link to a new follower")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    feedback = models.ForeignKey(Feedback, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    recipients = models.TextField(_("recipients"))
    language = models.CharField(_("language"), max_length=10)
    reply = models.ForeignKey(Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    # The follower a follower's mail is for (its unsubscribe link); one who unsubscribes takes the unsent ones along.
    follower = models.ForeignKey(
        "Follower", null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "created_at"], name="notification_state")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_state_display()})"


class ReferenceCounter(models.Model):
    """The last reference number used in a year, so references stay short: 2026-000123."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("reference counter")

    def __str__(self):
        return f"{self.year}: {self.last_number}"
