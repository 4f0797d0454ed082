"""django-filter FilterSets for API v1. They filter ``public_feedback()``; none touches a private field."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema_field

from ..location import in_bbox, parse_bbox
from ..models import CLOSED_STATUSES, Feedback, Kind, ServiceArea, Status

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
        return queryset.filter(in_bbox(*value)) if value else queryset


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 2_147_483_647})
class IdFilter(filters.NumberFilter):
    field_class = forms.IntegerField


@extend_schema_field({"type": "string", "maxLength": 200})
class SearchFilter(filters.CharFilter):
    pass


class FeedbackFilterSet(filters.FilterSet):
    category = filters.CharFilter(field_name="category__code", label=_("Category code"))
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
    bbox = BBoxFilter(label=_("Bounding box west,south,east,north"))
    search = SearchFilter(method="filter_search", max_length=200, label=_("Text search"))

    class Meta:
        model = Feedback
        fields = []

    def is_valid(self):
        """An empty value is no value for a text filter, but not a valid number, date or choice."""
        valid = super().is_valid()
        for name in ("service_area", "kind", "status", "received_after", "received_before", "bbox"):
            if self.data.get(name) == "":
                self.form.add_error(name, ValidationError(_("Give a value or leave the parameter out.")))
                valid = False
        return valid

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
