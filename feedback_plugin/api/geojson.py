"""Map data as GeoJSON (RFC 7946), filtered by bounding box and clustered on the server when zoomed out.

Clustering is a grid in SQL: points are grouped by rounded latitude/longitude cells with COUNT and AVG, which
works the same on SQLite and PostgreSQL and costs one query however many items there are.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Avg, Count, F, FloatField, IntegerField
from django.db.models.functions import Cast, Floor
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from ..filters import BBOX_PATTERN, BBoxFilter, FeedbackFilterSet
from ..privacy import public_feedback, public_items
from ..public.pages import FeedbackIndexPage
from .views import THROTTLED, LanguageAPIMixin

MAX_FEATURES = 500
MAX_ZOOM = 22
# At this zoom and closer, points are shown one by one (up to MAX_FEATURES); further out too, if there are
# only a few in the box.
STREET_LEVEL_ZOOM = 16
FEW_ITEMS = 200
# A cluster cell is about 64 screen pixels, and the grid over the box never has more than GRID_CELLS² cells.
CELL_PIXELS = 64
GRID_CELLS = 20


def parse_zoom(value):
    try:
        zoom = int(value)
    except (TypeError, ValueError) as error:
        raise ValidationError(_("Give the zoom level as a whole number from 0 to 22."), code="invalid_zoom") from error
    if not 0 <= zoom <= MAX_ZOOM:
        raise ValidationError(_("Give the zoom level as a whole number from 0 to 22."), code="invalid_zoom")
    return zoom


class ZoomField(forms.Field):
    def clean(self, value):
        return parse_zoom(value)


class ZoomFilter(filters.Filter):
    """The map's zoom level: it chooses clusters or single items and narrows nothing."""

    field_class = ZoomField

    def filter(self, queryset, value):
        return queryset


class FeedbackMapFilterSet(FeedbackFilterSet):
    """The list's filters, with the box and the zoom level the map always sends."""

    bbox = BBoxFilter(required=True, label=_("Bounding box west,south,east,north"))
    zoom = ZoomFilter(required=True, label=_("Zoom level"))


def cell_size(zoom, west, south, east, north):
    """Degrees per cell: about CELL_PIXELS at this zoom, but never so small the grid exceeds GRID_CELLS²."""
    return max(360 / 2**zoom * CELL_PIXELS / 256, (east - west) / GRID_CELLS, (north - south) / GRID_CELLS)


def point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(float(longitude), 6), round(float(latitude), 6)]}


class FeedbackGeoJSONView(LanguageAPIMixin, APIView):
    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(
        summary="Public feedback on a map",
        description="A GeoJSON FeatureCollection of public feedback inside the bounding box. Zoomed out, "
        "features are clusters carrying `count`; zoomed in, single items with their reference, title, status, "
        "category and public page. At most 500 features.",
        parameters=[
            OpenApiParameter(
                "bbox",
                {"type": "string", "pattern": BBOX_PATTERN},
                required=True,
                description="west,south,east,north in WGS 84 degrees",
            ),
            OpenApiParameter(
                "zoom",
                {"type": "integer", "minimum": 0, "maximum": MAX_ZOOM},
                required=True,
                description="map zoom level, 0–22",
            ),
            OpenApiParameter("category", str, description="category code"),
            OpenApiParameter("status", str, enum=["open", "closed"]),
        ],
        responses={
            (200, "application/geo+json"): OpenApiTypes.OBJECT,
            400: OpenApiResponse(OpenApiTypes.OBJECT, description="bad parameters"),
            429: THROTTLED,
        },
        tags=["feedback"],
    )
    def get(self, request):
        filterset = FeedbackMapFilterSet(request.query_params, queryset=public_feedback())
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)
        items = filterset.qs
        zoom, (west, south, east, north) = filterset.form.cleaned_data["zoom"], filterset.form.cleaned_data["bbox"]
        if zoom >= STREET_LEVEL_ZOOM or items.count() <= FEW_ITEMS:
            rows = items.select_related("category__service_area").order_by("-received_at")[:MAX_FEATURES]
            features = self.single_features(rows)
        else:
            features = self.cluster_features(items, cell_size(zoom, west, south, east, north), west, south)
        return Response({"type": "FeatureCollection", "features": features}, content_type="application/geo+json")

    def single_features(self, rows):
        items = public_items(rows)
        detail_url = FeedbackIndexPage.detail_url_maker()
        return [
            {
                "type": "Feature",
                "geometry": point(item.longitude, item.latitude),
                "properties": {
                    "reference": item.reference,
                    "title": item.title or item.description[:80],
                    "status": "closed" if item.is_closed else "open",
                    "status_label": item.get_status_display(),
                    "category": item.category.name,
                    "url": detail_url(item.reference),
                },
            }
            for item in items
        ]

    def cluster_features(self, items, size, west, south):
        cells = (
            items.annotate(
                cell_x=Cast(Floor((Cast(F("longitude"), FloatField()) - west) / size), IntegerField()),
                cell_y=Cast(Floor((Cast(F("latitude"), FloatField()) - south) / size), IntegerField()),
            )
            .values("cell_x", "cell_y")
            .annotate(
                count=Count("id"),
                avg_lat=Avg(Cast(F("latitude"), FloatField())),
                avg_lng=Avg(Cast(F("longitude"), FloatField())),
            )
            .order_by()
        )
        return [
            {
                "type": "Feature",
                "geometry": point(cell["avg_lng"], cell["avg_lat"]),
                "properties": {"cluster": True, "count": cell["count"]},
            }
            for cell in cells[:MAX_FEATURES]
        ]
