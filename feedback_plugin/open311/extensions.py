"""Helsinki/6Aika extensions to GeoReport v2, each a self-contained piece the views run in turn.

An extension declares the query parameters it reads (validated with the standard ones), may narrow the
service request queryset, and may add to each record from the item's public row (``privacy.public_rows``),
naming the row fields it reads. To add one, write a class and list it in
``EXTENSIONS``; the views don't change.
"""

import math

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import ExpressionWrapper, FloatField, Value
from django.db.models.functions import Cast
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ..filters import FeedbackFilterSet
from ..location import parse_bbox
from .serializers import MomentField, photo_urls

METERS_PER_DEGREE_LATITUDE = 111_320.0
ALL_ENDPOINTS = frozenset({"discovery", "services", "service", "requests", "request", "create", "token"})


class Open311Extension:
    """Base class: ``parameters`` are DRF fields; ``endpoints`` names the endpoints the extension applies to."""

    parameters = {}
    endpoints = frozenset({"requests"})

    def activate(self, data):
        """Runs on the raw parameters before they are validated, so that what it sets (the language) applies to
        the validation errors too; invalid input is left to the validation to report."""

    def filter_requests(self, queryset, params):
        return queryset

    def row_fields(self, params):
        """The public row fields ``extend_request`` reads, besides the standard's."""
        return frozenset()

    def extend_request(self, data, row, context):
        """Adds to one service request record from the item's row; ``context["params"]`` holds the validated
        parameters."""


class LocaleParameter(serializers.CharField):
    """``fi``, ``en``, also with a region (``fi_FI``): the language code, or an error for other languages."""

    def to_internal_value(self, data):
        language = super().to_internal_value(data)[:2].lower()
        if language and language not in dict(settings.LANGUAGES):
            raise serializers.ValidationError(_("This language is not available."))
        return language


class LocaleExtension(Open311Extension):
    """``locale``: names and descriptions in that language."""

    parameters = {"locale": LocaleParameter(required=False, allow_blank=True, max_length=10)}
    endpoints = ALL_ENDPOINTS

    def activate(self, data):
        try:
            language = self.parameters["locale"].run_validation(data.get("locale", ""))
        except serializers.ValidationError:
            return
        if language:
            translation.activate(language)


class ExtendedAttributesExtension(Open311Extension):
    """``extensions=true`` adds ``extended_attributes``: the title, our detailed status and every photo URL."""

    parameters = {"extensions": serializers.BooleanField(required=False, default=False)}
    endpoints = frozenset({"requests", "request"})

    def row_fields(self, params):
        return frozenset({"title", "status", "photos"}) if params.get("extensions") else frozenset()

    def extend_request(self, data, row, context):
        if context["params"].get("extensions"):
            data["extended_attributes"] = {
                "title": row["title"],
                "detailed_status": row["status"],
                "media_urls": photo_urls(row["photos"], context["request"]),
            }


class UpdatedRangeExtension(Open311Extension):
    """``updated_after``/``updated_before``: requests changed within a time range."""

    parameters = {
        "updated_after": MomentField(required=False),
        "updated_before": MomentField(required=False),
    }

    def filter_requests(self, queryset, params):
        if params.get("updated_after"):
            queryset = queryset.filter(updated_at__gte=params["updated_after"])
        if params.get("updated_before"):
            queryset = queryset.filter(updated_at__lte=params["updated_before"])
        return queryset


class RadiusExtension(Open311Extension):
    """``lat``/``long``/``radius`` (metres): requests near a point."""

    parameters = {
        "lat": serializers.FloatField(required=False, min_value=-90, max_value=90),
        "long": serializers.FloatField(required=False, min_value=-180, max_value=180),
        "radius": serializers.FloatField(required=False, min_value=1, max_value=100_000),
    }

    def filter_requests(self, queryset, params):
        if params.get("lat") is None or params.get("long") is None or params.get("radius") is None:
            return queryset
        lat, lng, radius = params["lat"], params["long"], params["radius"]
        # A flat-earth distance is exact enough within a city; the box first lets the location index work.
        dy = radius / METERS_PER_DEGREE_LATITUDE
        meters_per_degree_longitude = METERS_PER_DEGREE_LATITUDE * max(math.cos(math.radians(lat)), 0.01)
        dx = radius / meters_per_degree_longitude
        north = (Cast("latitude", FloatField()) - Value(lat)) * Value(METERS_PER_DEGREE_LATITUDE)
        east = (Cast("longitude", FloatField()) - Value(lng)) * Value(meters_per_degree_longitude)
        distance_squared = ExpressionWrapper(north * north + east * east, output_field=FloatField())
        return (
            queryset.filter(
                latitude__gte=lat - dy, latitude__lte=lat + dy, longitude__gte=lng - dx, longitude__lte=lng + dx
            )
            .annotate(distance_squared=distance_squared)
            .filter(distance_squared__lte=radius * radius)
        )


class BBoxParameter(serializers.CharField):
    def to_internal_value(self, data):
        try:
            return parse_bbox(super().to_internal_value(data))
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from error


class BBoxExtension(Open311Extension):
    """``bbox=west,south,east,north``: requests inside a box."""

    parameters = {"bbox": BBoxParameter(required=False, max_length=200)}

    def filter_requests(self, queryset, params):
        return FeedbackFilterSet.apply(queryset, {"bbox": params.get("bbox")})


class PagingExtension(Open311Extension):
    """``page``/``page_size`` (at most 1000): walk through more requests than one answer holds."""

    parameters = {
        "page": serializers.IntegerField(required=False, min_value=1, max_value=1_000_000, default=1),
        "page_size": serializers.IntegerField(required=False, min_value=1, max_value=1000, default=1000),
    }

    def filter_requests(self, queryset, params):
        start = (params["page"] - 1) * params["page_size"]
        return queryset[start : start + params["page_size"]]


def extensions_for(endpoint):
    return [extension for extension in EXTENSIONS if endpoint in extension.endpoints]


EXTENSIONS = [
    LocaleExtension(),
    ExtendedAttributesExtension(),
    UpdatedRangeExtension(),
    RadiusExtension(),
    BBoxExtension(),
    PagingExtension(),  # last: it slices
]
