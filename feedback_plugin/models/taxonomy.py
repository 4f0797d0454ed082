"""Service areas, feedback categories with their extra questions, and responsible units."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models, transaction
from django.dispatch import Signal
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Locale, Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from ..conf import feedback_setting

# Sent inside the save that makes a category confidential. What follows for its feedback is a privacy rule,
# kept with the others in privacy.py, which receives this signal.
category_became_confidential = Signal()


class LocalizedQuerySet(models.QuerySet):
    def in_active_locale(self):
        return self.filter(locale=Locale.get_active())

    def in_default_locale(self):
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class ResponsibleUnit(TranslatableMixin, models.Model):
    """A city unit that handles feedback; its staff are the members of its group."""

    name = models.CharField(_("name"), max_length=120)
    notification_email = models.EmailField(_("notification e-mail"), blank=True)
    staff_group = models.ForeignKey(
        Group,
        verbose_name=_("staff group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Members of this group see and handle the unit's feedback."),
    )

    objects = LocalizedQuerySet.as_manager()
    override_translatable_fields = [SynchronizedField("notification_email"), SynchronizedField("staff_group")]
    panels = [FieldPanel("name"), FieldPanel("notification_email"), FieldPanel("staff_group")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("responsible unit")
        verbose_name_plural = _("responsible units")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ServiceArea(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveIntegerField(_("order"), default=100)

    objects = LocalizedQuerySet.as_manager()
    override_translatable_fields = [SynchronizedField("sort_order")]
    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


def default_language_categories():
    """``limit_choices_to`` for links to categories from other plugins: they link to the rows of the default
    language, which every translation shares by code."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class FeedbackCategoryQuerySet(LocalizedQuerySet):
    def active(self):
        return self.filter(is_active=True)

    def for_form(self):
        """Active categories in the active language, grouped by service area."""
        return (
            self.in_active_locale()
            .active()
            .select_related("service_area")
            .order_by("service_area__sort_order", "service_area__name", "sort_order", "name")
        )


def validate_email_list(value):
    for address in split_emails(value):
        validate_email(address)


def split_emails(value):
    return [address.strip() for address in value.replace(";", ",").split(",") if address.strip()]


class FeedbackCategory(TranslatableMixin, index.Indexed, ClusterableModel):
    """A kind of matter residents give feedback on. ``code`` is shared by all translations."""

    code = models.SlugField(_("code"), max_length=60, help_text=_("Stable identifier, also the Open311 service_code."))
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    service_area = models.ForeignKey(
        ServiceArea, verbose_name=_("service area"), on_delete=models.PROTECT, related_name="categories"
    )
    sort_order = models.PositiveIntegerField(_("order"), default=100)
    is_active = models.BooleanField(_("active"), default=True)
    is_confidential = models.BooleanField(
        _("confidential"),
        default=False,
        help_text=_("Feedback in a confidential category is never published, for example health and welfare."),
    )
    unit = models.ForeignKey(
        ResponsibleUnit,
        verbose_name=_("responsible unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="categories",
    )
    routing_emails = models.CharField(
        _("routing e-mail addresses"),
        max_length=500,
        blank=True,
        validators=[validate_email_list],
        help_text=_("Comma-separated; they get new feedback in addition to the unit."),
    )
    target_days = models.PositiveSmallIntegerField(
        _("target response time (days)"), null=True, blank=True, help_text=_("Empty means the default, 5 days.")
    )

    objects = FeedbackCategoryQuerySet.as_manager()
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("routing_emails"),
        SynchronizedField("target_days"),
        SynchronizedField("is_active"),
        SynchronizedField("is_confidential"),
        SynchronizedField("sort_order"),
        SynchronizedField("unit"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("service_area"),
        MultiFieldPanel(
            [
                FieldPanel("code"),
                FieldPanel("sort_order"),
                FieldPanel("is_active"),
                FieldPanel("is_confidential"),
            ],
            heading=_("Settings"),
        ),
        MultiFieldPanel(
            [FieldPanel("unit"), FieldPanel("routing_emails"), FieldPanel("target_days")],
            heading=_("Routing"),
        ),
        InlinePanel("questions", heading=_("Extra questions"), label=_("Question")),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.SearchField("code"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("feedback category")
        verbose_name_plural = _("feedback categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_category_code_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        duplicate = FeedbackCategory.objects.filter(code=self.code).exclude(translation_key=self.translation_key)
        if self.code and duplicate.exists():
            raise ValidationError({"code": _("Another category already uses this code.")})

    @property
    def routing_email_list(self):
        return split_emails(self.routing_emails)

    @property
    def effective_target_days(self):
        return self.target_days or feedback_setting("DEFAULT_TARGET_DAYS")

    def save(self, *args, **kwargs):
        with transaction.atomic():
            became_confidential = (
                self.pk
                and self.is_confidential
                and not FeedbackCategory.objects.filter(pk=self.pk, is_confidential=True).exists()
            )
            super().save(*args, **kwargs)
            if self.pk:
                self.sync_shared_fields()
            if became_confidential:
                category_became_confidential.send(sender=FeedbackCategory, category=self)

    def sync_shared_fields(self):
        """These rules belong to the category, not to one translation: saving any translation copies them to
        all, so that a confidential category can't be public in another language. They are the fields
        wagtail-localize synchronises (``override_translatable_fields``); a link to a translatable model
        (the unit) points to its translation in each language."""
        shared = [
            field.get_field(FeedbackCategory)
            for field in get_translatable_fields(FeedbackCategory)
            if field.is_synchronized(self) and not field.is_translated(self)
        ]
        translations = FeedbackCategory.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
        for translation in translations.select_related("locale"):
            updates = {}
            for field in shared:
                value = getattr(self, field.name)
                if isinstance(value, TranslatableMixin):
                    value = value.get_translation_or_none(translation.locale)
                updates[field.name] = value
            FeedbackCategory.objects.filter(pk=translation.pk).update(**updates)


class CategoryQuestion(TranslatableMixin, Orderable):
    """An extra question on the form, published in Open311 as a service attribute."""

    class Type(models.TextChoices):
        TEXT = "text", _("Text")
        NUMBER = "number", _("Number")
        DATETIME = "datetime", _("Date and time")
        SINGLE_CHOICE = "singlevaluelist", _("Single choice")
        MULTIPLE_CHOICE = "multivaluelist", _("Multiple choice")

    category = ParentalKey(FeedbackCategory, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField(_("code"), max_length=60, help_text=_("Stable identifier of the answer."))
    label = models.CharField(_("question"), max_length=200)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)
    type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.TEXT)
    required = models.BooleanField(_("required"), default=False)
    choices = models.TextField(
        _("choices"),
        blank=True,
        help_text=_("For choice questions: one option per line. Translations keep the same order."),
    )

    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("type"),
        SynchronizedField("required"),
    ]
    panels = [
        FieldPanel("code"),
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("type"),
        FieldPanel("required"),
        FieldPanel("choices"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("extra question")
        verbose_name_plural = _("extra questions")
        ordering = ["sort_order"]

    def __str__(self):
        return self.label

    @property
    def is_choice(self):
        return self.type in (self.Type.SINGLE_CHOICE, self.Type.MULTIPLE_CHOICE)

    @property
    def choice_list(self):
        """(key, label) pairs; the key is the option's position, the same in every language."""
        lines = [line.strip() for line in self.choices.splitlines() if line.strip()]
        return [(str(position), label) for position, label in enumerate(lines, start=1)]

    def clean(self):
        super().clean()
        if self.is_choice and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("A choice question needs at least two options.")})
