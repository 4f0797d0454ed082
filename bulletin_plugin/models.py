"""Bulletins: translatable announcements with drafts and revisions, a validity window, a priority, optional
categories and an optional area (a point and a radius)."""

import math

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Locale, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from feedback_plugin.models.taxonomy import default_language_categories

EARTH_RADIUS_M = 6_371_000


class Priority(models.TextChoices):
    INFO = "info", _("Info")
    NOTICE = "notice", _("Notice")
    URGENT = "urgent", _("Urgent")


BANNER_PRIORITIES = [Priority.URGENT, Priority.NOTICE]
PRIORITY_ORDER = models.Case(
    models.When(priority=Priority.URGENT, then=0), models.When(priority=Priority.NOTICE, then=1), default=2
)


class BulletinQuerySet(models.QuerySet):
    """Validity is always a query against the current time: expired bulletins vanish with no job to run."""

    def live_in(self, language_code=None):
        in_language = {"locale__language_code": language_code} if language_code else {"locale": Locale.get_active()}
        return self.filter(live=True, **in_language)

    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(valid_until__isnull=True) | Q(valid_until__gt=now), valid_from__lte=now).order_by(
            PRIORITY_ORDER, "-valid_from"
        )

    def expired(self, now=None):
        return self.filter(valid_until__lte=now or timezone.now()).order_by("-valid_until")

    def for_banner(self):
        return self.active().filter(priority__in=BANNER_PRIORITIES)

    def seconds_until_next_change(self, now=None, longest=300):
        """How long a cached list of live bulletins stays true: until the next one starts or ends."""
        now = now or timezone.now()
        upcoming = [
            moment
            for moment in (
                self.filter(valid_from__gt=now).aggregate(first=models.Min("valid_from"))["first"],
                self.filter(valid_until__gt=now).aggregate(first=models.Min("valid_until"))["first"],
            )
            if moment
        ]
        if not upcoming:
            return longest
        return max(0, min(longest, math.ceil((min(upcoming) - now).total_seconds())))


class Bulletin(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=200)
    body = RichTextField(_("body"), features=["bold", "italic", "link", "ol", "ul"])
    priority = models.CharField(_("priority"), max_length=10, choices=Priority.choices, default=Priority.INFO)
    valid_from = models.DateTimeField(_("valid from"), default=timezone.now, db_index=True)
    valid_until = models.DateTimeField(
        _("valid until"), null=True, blank=True, db_index=True, help_text=_("Empty means valid until further notice.")
    )
    categories = ParentalManyToManyField(
        "feedback_plugin.FeedbackCategory",
        verbose_name=_("feedback categories"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_categories,
        help_text=_("The feedback form shows this bulletin when a resident picks one of these categories."),
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    radius_m = models.PositiveIntegerField(
        _("radius (metres)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(10)],
        help_text=_("The area is a circle of this radius around the point on the map."),
    )

    objects = BulletinQuerySet.as_manager()
    override_translatable_fields = [
        SynchronizedField("priority"),
        SynchronizedField("valid_from"),
        SynchronizedField("valid_until"),
        SynchronizedField("categories"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("radius_m"),
    ]
    search_fields = [index.SearchField("title", boost=2), index.SearchField("body"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("bulletin")
        verbose_name_plural = _("bulletins")
        ordering = ["-valid_from"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.valid_until and self.valid_from and self.valid_until <= self.valid_from:
            raise ValidationError({"valid_until": _("The end must be after the start.")})
        has_point = self.latitude is not None and self.longitude is not None
        if has_point != (self.radius_m is not None):
            raise ValidationError({"radius_m": _("Give both a point on the map and a radius, or neither.")})

    @property
    def has_area(self):
        return self.latitude is not None and self.longitude is not None and self.radius_m is not None

    def covers(self, latitude, longitude):
        """Whether the point lies inside the bulletin's area (haversine distance to the centre)."""
        if not self.has_area or latitude is None or longitude is None:
            return False
        lat1, lng1, lat2, lng2 = map(math.radians, map(float, (self.latitude, self.longitude, latitude, longitude)))
        a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
        return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a)) <= self.radius_m

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.valid_from <= now and (self.valid_until is None or now < self.valid_until)

    @property
    def dismissal_key(self):
        """Dismissal in the browser is remembered per version: a new or republished bulletin shows again."""
        return f"{self.pk}:{self.live_revision_id or 0}"
