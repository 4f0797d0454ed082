"""Properties of the map's box and grid: any box string parses to a valid box or a ValidationError, a box
touches at most (GRID_CELLS + 1)² cells of its grid, and the clusters are exactly the public
items in those cells, each counted in its own cell."""

import secrets
from collections import Counter
from decimal import Decimal
from unittest import mock

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from feedback_plugin.api.geojson import MAX_ZOOM
from feedback_plugin.location import parse_bbox
from feedback_plugin.map_cells import GRID_CELLS, STREET_LEVEL_ZOOM, cell_of, grid_level, rebuild
from feedback_plugin.models import Feedback, Publication
from tests.factories import CategoryFactory

SOUTH, WEST, NORTH, EAST = 62.40, 26.60, 63.45, 28.75  # the default CITY_BOUNDS
NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-400, 400).map(str),
    st.text("0123456789.-+eE", max_size=8),
)
LATITUDES = st.decimals(Decimal(str(SOUTH)), Decimal(str(NORTH)), places=6)
LONGITUDES = st.decimals(Decimal(str(WEST)), Decimal(str(EAST)), places=6)


@given(st.one_of(st.text(max_size=60), st.lists(NUMBERS, min_size=0, max_size=6).map(",".join)))
@example("27.6,62.85,27.75,62.93")
@example("nan,nan,nan,nan")
@example("-180,-90,180,90")
def test_any_box_string_is_a_valid_box_or_a_validation_error(value):
    try:
        west, south, east, north = parse_bbox(value)
    except ValidationError as error:
        assert error.code == "invalid_bbox"
    else:
        assert -180 <= west <= 180 and -180 <= east <= 180
        assert -90 <= south <= north <= 90


BOXES = st.tuples(
    st.floats(-180, 180), st.floats(-90, 90), st.floats(-180, 180), st.floats(-90, 90), st.integers(0, MAX_ZOOM)
).filter(lambda box: box[0] <= box[2] and box[1] <= box[3])


@given(BOXES)
@example((-180.0, -90.0, 180.0, 90.0, 0))
@example((27.0, 62.0, 27.0, 62.0, 22))
def test_a_box_touches_at_most_the_grid_of_cells(box):
    west, south, east, north, zoom = box
    level = grid_level(zoom, west, south, east, north)
    assert 0 <= level <= min(zoom, STREET_LEVEL_ZOOM - 1)
    (west_x, south_y), (east_x, north_y) = cell_of(level, west, south), cell_of(level, east, north)
    assert east_x - west_x + 1 <= GRID_CELLS + 1 and north_y - south_y + 1 <= GRID_CELLS + 1


ITEMS = st.lists(st.tuples(LATITUDES, LONGITUDES, st.booleans()), min_size=1, max_size=25)
CLUSTER_ZOOMS = st.integers(0, STREET_LEVEL_ZOOM - 1)
# Any box in the city, and the whole city: a random box often holds none of a few random items.
CITY_BOXES = st.one_of(
    st.tuples(LATITUDES, LATITUDES, LONGITUDES, LONGITUDES, CLUSTER_ZOOMS),
    CLUSTER_ZOOMS.map(lambda zoom: (*(Decimal(str(edge)) for edge in (SOUTH, NORTH, WEST, EAST)), zoom)),
)


class ClusterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.public = CategoryFactory(code="street-lighting")
        cls.confidential = CategoryFactory(code="health", is_confidential=True)

    def store(self, items):
        now = timezone.now()
        Feedback.objects.bulk_create(
            Feedback(
                category=self.confidential if confidential else self.public,
                description="Generated for a property test.",
                public_description="Generated for a property test.",
                language="fi",
                latitude=latitude,
                longitude=longitude,
                publication=Publication.PUBLISHED,
                reference=f"2001-{number:06d}",
                tracking_token=secrets.token_urlsafe(24),
                received_at=now,
            )
            for number, (latitude, longitude, confidential) in enumerate(items)
        )
        rebuild()  # bulk_create sends no signals

    @given(ITEMS, CITY_BOXES)
    def test_clusters_are_the_public_items_of_the_cells_the_box_touches_each_inside_its_cell(self, items, box):
        cache.clear()
        self.store(items)
        (south, north), (west, east), zoom = sorted(box[:2]), sorted(box[2:4]), box[4]
        with mock.patch("feedback_plugin.api.geojson.FEW_ITEMS", 0):  # cluster even a few items
            response = self.client.get(f"/api/v1/feedback/geojson/?bbox={west},{south},{east},{north}&zoom={zoom}")
        assert response.status_code == 200
        clusters = [feature for feature in response.json()["features"] if feature["properties"].get("cluster")]
        level = grid_level(zoom, float(west), float(south), float(east), float(north))
        (west_x, south_y), (east_x, north_y) = cell_of(level, west, south), cell_of(level, east, north)
        cells = [cell_of(level, longitude, latitude) for latitude, longitude, confidential in items if not confidential]
        expected = Counter(cell for cell in cells if west_x <= cell[0] <= east_x and south_y <= cell[1] <= north_y)
        assert sorted(cluster["properties"]["count"] for cluster in clusters) == sorted(expected.values())
        for cluster in clusters:
            longitude, latitude = cluster["geometry"]["coordinates"]
            # The centre of a cluster is the mean of its items: inside a touched cell holding that many.
            near = {cell_of(level, longitude + dx, latitude + dy) for dx in (-1e-6, 0, 1e-6) for dy in (-1e-6, 0, 1e-6)}
            assert any(expected.get(cell) == cluster["properties"]["count"] for cell in near)
