"""django-filter FilterSets for API v1. They filter ``public_feedback()``; none touches a private field."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from ..location import parse_bbox
from ..models import CLOSED_STATUSES, Feedback, Kind, ServiceArea, Status

OPEN, CLOSED = "open", "closed"


class BBoxField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return parse_bbox(value) if value else None


@extend_schema_field(OpenApiTypes.STR)
class BBoxFilter(filters.Filter):
    field_class = BBoxField

    def filter(self, queryset, value):
        if not value:
            return queryset
        west, south, east, north = value
        return queryset.filter(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east)


class FeedbackFilterSet(filters.FilterSet):
    category = filters.CharFilter(field_name="category__code", label=_("Category code"))
    service_area = filters.NumberFilter(method="filter_service_area", label=_("Service area id"))
    kind = filters.ChoiceFilter(choices=Kind.choices, label=_("Kind"))
    status = filters.ChoiceFilter(
        choices=[*Status.choices, (OPEN, _("Open")), (CLOSED, _("Closed"))],
        method="filter_status",
        label=_("Detailed status, or open/closed"),
    )
    received = filters.DateFromToRangeFilter(
        field_name="received_at", label=_("Received between (received_after, received_before)")
    )
    bbox = BBoxFilter(label=_("Bounding box west,south,east,north"))
    search = filters.CharFilter(method="filter_search", max_length=200, label=_("Text search"))

    class Meta:
        model = Feedback
        fields = []

    def filter_service_area(self, queryset, name, value):
        # Feedback points at categories in the default language; an area id of any language matches.
        areas = ServiceArea.objects.filter(pk=value).values("translation_key")
        return queryset.filter(category__service_area__translation_key__in=areas)

    def filter_status(self, queryset, name, value):
        if value == OPEN:
            return queryset.exclude(status__in=CLOSED_STATUSES)
        if value == CLOSED:
            return queryset.filter(status__in=CLOSED_STATUSES)
        return queryset.filter(status=value)

    def filter_search(self, queryset, name, value):
        # Only the public (redacted) text is searched: the original text is private.
        return queryset.filter(Q(public_title__icontains=value) | Q(public_description__icontains=value))
