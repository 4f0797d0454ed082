"""Map data as GeoJSON (RFC 7946), filtered by bounding box and clustered on the server when zoomed out.

Clusters are the cells of a fixed grid per zoom level that the box touches, read from the counts
``map_cells.py`` keeps, so a city-wide view costs the same at a thousand items as at a million. The cells
answer the category, service area, status and kind filters; a date or text filter clusters the matching
items directly, reading the newest DIRECT_ITEMS of them at most.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Sum
from django.utils.translation import gettext as _
from django_filters import rest_framework as filters
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from ..filters import BBOX_PATTERN, BBoxFilter, FeedbackFilterSet
from ..map_cells import STREET_LEVEL_ZOOM, box_touches, cells_in_box, grid_level, tally
from ..models import MapCell, Status
from ..privacy import public_feedback, public_items
from ..public.pages import FeedbackIndexPage
from .views import THROTTLED, LanguageAPIMixin

MAX_FEATURES = 500
MAX_ZOOM = 22
# From STREET_LEVEL_ZOOM points are shown one by one (up to MAX_FEATURES); further out too, if the cells the
# box touches hold only a few.
FEW_ITEMS = 200
# The filters the cells count by; any other (dates, text) is answered from the items themselves.
CELL_FILTERS = frozenset({"zoom", "category", "service_area", "status", "kind"})
DIRECT_ITEMS = 10_000


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


def point(longitude, latitude):
    return {"type": "Point", "coordinates": [round(float(longitude), 6), round(float(latitude), 6)]}


class FeedbackGeoJSONView(LanguageAPIMixin, APIView):
    permission_classes = [AllowAny]
    authentication_classes = []

    @extend_schema(
        summary="Public feedback on a map",
        description="A GeoJSON FeatureCollection of public feedback inside the bounding box. Zoomed out, "
        "features are clusters carrying `count`, one per cell of the zoom's fixed grid that the box touches; zoomed "
        "in, single items with their reference, title, status, category and public page. At most 500 features. "
        "With a date or text filter, clusters count the newest 10,000 matching items, and `truncated` says so.",
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
        values = {name: value for name, value in filterset.form.cleaned_data.items() if value not in (None, "")}
        box = values.pop("bbox")
        collection = {"type": "FeatureCollection"}
        clusters = []
        if values["zoom"] < STREET_LEVEL_ZOOM:
            level = grid_level(values["zoom"], *box)
            if set(values) <= CELL_FILTERS:
                clusters = self.counted_clusters(level, box, values)
            else:
                clusters, truncated = self.direct_clusters(level, box, values)
                if truncated:
                    collection["truncated"] = True
        if sum(cluster[2] for cluster in clusters) > FEW_ITEMS:
            collection["features"] = [
                {
                    "type": "Feature",
                    "geometry": point(longitude_sum / items, latitude_sum / items),
                    "properties": {"cluster": True, "count": items},
                }
                for _x, _y, items, latitude_sum, longitude_sum in clusters[:MAX_FEATURES]
            ]
        else:
            rows = filterset.qs.select_related("category__service_area").order_by("-received_at")[:MAX_FEATURES]
            collection["features"] = self.single_features(rows)
        return Response(collection, content_type="application/geo+json")

    def counted_clusters(self, level, box, values):
        """(x, y, items, latitude sum, longitude sum) of each cell the box touches, from the kept counts."""
        cells = FeedbackMapFilterSet.apply(MapCell.objects.filter(cells_in_box(level, *box)), values)
        return list(
            cells.values_list("x", "y")
            .annotate(Sum("item_count"), Sum("latitude_sum"), Sum("longitude_sum"))
            .filter(item_count__sum__gt=0)
            .order_by()
        )

    def direct_clusters(self, level, box, values):
        """The same clusters tallied from the items, for filters the cells can't answer, and whether more than
        DIRECT_ITEMS items matched: only the newest DIRECT_ITEMS are read, in time order (feedback_public_recent),
        and those in the cells the box touches are counted."""
        items = FeedbackMapFilterSet.apply(public_feedback(), values)
        rows = items.filter(latitude__isnull=False, longitude__isnull=False).order_by("-received_at")
        rows = list(rows.values_list("latitude", "longitude")[: DIRECT_ITEMS + 1])
        touches = box_touches(level, *box)
        totals = tally(rows[:DIRECT_ITEMS], levels=[level])
        clusters = [(x, y, *total) for (_level, x, y), total in totals.items() if touches(x, y)]
        return clusters, len(rows) > DIRECT_ITEMS

    def single_features(self, rows):
        items = public_items(rows)
        detail_url = FeedbackIndexPage.detail_url_maker()
        # Translated once for the page: get_status_display translates every choice again for each item.
        status_labels = {status: str(label) for status, label in Status.choices}
        return [
            {
                "type": "Feature",
                "geometry": point(item.longitude, item.latitude),
                "properties": {
                    "reference": item.reference,
                    "title": item.title or item.description[:80],
                    "status": "closed" if item.is_closed else "open",
                    "status_label": status_labels[item.status],
                    "category": item.category.name,
                    "url": detail_url(item.reference),
                },
            }
            for item in items
        ]
