"""The one way public feedback is filtered: ``FeedbackFilterSet``, the one page-size rule, ``PageSize``, and the
one paginator, ``CappedPaginator``.

API v1 uses the filter set as it is; the public list page and the GeoJSON map are subclasses; Open311
validates its own parameters and applies these filters to the values (``FeedbackFilterSet.apply``). The
filters narrow ``public_feedback()``; none touches a private field.
"""

import datetime
from functools import reduce
from operator import or_

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema_field

from .location import InBox, parse_bbox, reads_in_time_order
from .map_cells import items_in_box
from .models import CLOSED_STATUSES, Feedback, Kind, ServiceArea, Status

OPEN, CLOSED = "open", "closed"
LONGITUDE = r"-?(180(\.0+)?|(1[0-7][0-9]|[0-9]?[0-9])(\.[0-9]+)?)"
LATITUDE = r"-?(90(\.0+)?|[0-8]?[0-9](\.[0-9]+)?)"
BBOX_PATTERN = rf"^{LONGITUDE},{LATITUDE},{LONGITUDE},{LATITUDE}$"


def filter_open_or_closed(queryset, value):
    """Open311's ``open``/``closed``, by the detailed statuses ``is_closed_status`` counts as closed."""
    closed = Q(status__in=CLOSED_STATUSES)
    return queryset.filter(closed if value == CLOSED else ~closed)


class BBoxField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return parse_bbox(value) if value else None


@extend_schema_field({"type": "string", "pattern": BBOX_PATTERN, "example": "27.6,62.85,27.75,62.95"})
class BBoxFilter(filters.Filter):
    field_class = BBoxField

    def filter(self, queryset, value):
        return queryset.filter(InBox(value, items_in_box(*value))) if value else queryset


class MomentField(IsoDateTimeField):
    def to_python(self, value):
        moment = super().to_python(value)
        if moment is not None:
            try:
                # The database compares in UTC: a moment so near year 1 or 9999 that UTC can't hold it is an error.
                moment.astimezone(datetime.UTC)
            except OverflowError as error:
                raise ValidationError(_("The date is out of range."), code="out_of_range") from error
        return moment


class MomentFilter(filters.IsoDateTimeFilter):
    field_class = MomentField


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 2_147_483_647})
class IdFilter(filters.NumberFilter):
    field_class = forms.IntegerField


@extend_schema_field({"type": "string", "pattern": r"^[-a-zA-Z0-9_]+$", "maxLength": 60})
class CodeFilter(filters.Filter):
    """A category code (the Open311 service_code): a slug, so anything else is a 400, not an empty list."""

    field_class = forms.SlugField

    def __init__(self, *args, **kwargs):
        super().__init__(*args, max_length=60, **kwargs)


@extend_schema_field({"type": "string", "maxLength": 200})
class SearchFilter(filters.CharFilter):
    pass


class StrictFilterSet(filters.FilterSet):
    """An empty value is no value for a free-text filter, but it is not a valid number, date, choice or box:
    those answer 400 instead of silently listing everything."""

    def is_valid(self):
        valid = super().is_valid()
        for name, value in self.data.items():
            if value == "" and name in self.filters and not isinstance(self.filters[name], filters.CharFilter):
                self.form.add_error(name, ValidationError(_("Give a value or leave the parameter out.")))
                valid = False
        return valid


class FeedbackFilterSet(StrictFilterSet):
    category = CodeFilter(field_name="category__code", label=_("Category code"))
    service_area = IdFilter(
        method="filter_service_area", min_value=1, max_value=2_147_483_647, label=_("Service area id")
    )
    kind = filters.ChoiceFilter(choices=Kind.choices, label=_("Kind"))
    status = filters.ChoiceFilter(
        choices=[*Status.choices, (OPEN, _("Open")), (CLOSED, _("Closed"))],
        method="filter_status",
        label=_("Detailed status, or open/closed"),
    )
    # Compared as local dates in the database: no date arithmetic in Python that year 1 or 9999 could overflow.
    received_after = filters.DateFilter(
        field_name="received_at", lookup_expr="date__gte", label=_("Received on or after")
    )
    received_before = filters.DateFilter(
        field_name="received_at", lookup_expr="date__lte", label=_("Received on or before")
    )
    # Moments, for Open311's start_date and end_date.
    received_from = MomentFilter(
        field_name="received_at", lookup_expr="gte", label=_("Received at or after this moment")
    )
    received_until = MomentFilter(
        field_name="received_at", lookup_expr="lte", label=_("Received at or before this moment")
    )
    bbox = BBoxFilter(label=_("Bounding box west,south,east,north"))
    search = SearchFilter(method="filter_search", max_length=200, label=_("Text search"))

    class Meta:
        model = Feedback
        fields = []

    @classmethod
    def apply(cls, queryset, values):
        """The queryset narrowed by values a channel has validated itself, keyed by filter name; a list of
        values matches any of them."""
        filterset = cls(queryset=queryset)
        for name, value in values.items():
            if value in (None, "", []):
                continue
            narrow = filterset.filters[name].filter
            items = value if isinstance(value, list) else [value]
            queryset = reduce(or_, (narrow(queryset, item) for item in items))
        return queryset

    def filter_service_area(self, queryset, name, value):
        # Feedback points at categories in the default language; an area id of any language matches.
        areas = ServiceArea.objects.filter(pk=value).values("translation_key")
        return queryset.filter(category__service_area__translation_key__in=areas)

    def filter_status(self, queryset, name, value):
        if value in (OPEN, CLOSED):
            return filter_open_or_closed(queryset, value)
        return queryset.filter(status=value)

    def filter_search(self, queryset, name, value):
        # Only the public (redacted) text is searched: the original text is private.
        return queryset.filter(Q(public_title__icontains=value) | Q(public_description__icontains=value))


def bounded_number(value, maximum):
    """A whole number from 1 to ``maximum`` written in ASCII digits, or a translated ValidationError."""
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= maximum:
        raise ValidationError(_("Give a whole number from 1 to %(max)s.") % {"max": maximum}, code="out_of_range")
    return int(value)


class PageSize:
    """The one page-size rule of public lists: a whole number from 1 to ``maximum``, ``default`` when not given.
    The APIs answer any other value with a 400 (``parse``); the HTML list brings it into the same range
    (``clamp``), since a link a resident follows should never be an error page."""

    def __init__(self, default, maximum):
        self.default, self.maximum = default, maximum

    def parse(self, value):
        return self.default if value is None else bounded_number(value, self.maximum)

    def clamp(self, value):
        if value is None:
            return self.default
        try:
            return min(max(int(value), 1), self.maximum)
        except ValueError:
            return self.default


FEEDBACK_PAGE_SIZE = PageSize(default=20, maximum=100)


class CappedPaginator(Paginator):
    """Counts at most COUNT_CAP items, so that a page costs the same at a million items as at a thousand: past
    the cap the list page says "more than 10,000 items" and API v1's ``count`` stops at 10,000 (its last page
    is the one holding the 10,000th item); the filters narrow a list down, and ``received_before`` goes further
    back in time."""

    COUNT_CAP = 10_000

    @cached_property
    def uncapped_count(self):
        """Counted without the list's order and what it loads with each item: past the cap the count stops at
        the cap, instead of sorting every match first (seconds for a box of a million items)."""
        matches = self.object_list.select_related(None).prefetch_related(None)
        unordered = matches.order_by()[: self.COUNT_CAP + 1]
        # Except where a box is read in time order anyway (location.InBox): unordered, the database would read
        # it in the location index's order, from the box's south edge.
        return (matches[: self.COUNT_CAP + 1] if reads_in_time_order(unordered) else unordered).count()

    @cached_property
    def count(self):
        return min(self.uncapped_count, self.COUNT_CAP)

    @property
    def is_capped(self):
        return self.uncapped_count > self.COUNT_CAP
