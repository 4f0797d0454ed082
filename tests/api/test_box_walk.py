"""A box filter chooses how the database finds its items (location.InBox): through the location index, or in
time order, testing each item. Both ways hold for exactly the same items; time order is chosen for the newest
few items of a dense box, and the location index otherwise; the list's capped count follows the same choice."""

import random
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.data import generate_feedback
from feedback_plugin import map_cells
from feedback_plugin.filters import CappedPaginator, FeedbackFilterSet
from feedback_plugin.location import in_bbox
from feedback_plugin.models import Feedback
from feedback_plugin.privacy import public_feedback
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db

# bench.data spreads items over 62.8124–62.9724 N, 27.517–27.837 E.
DENSE = (27.5, 62.8, 27.85, 62.98)
SPARSE = (27.676, 62.892, 27.678, 62.893)
ELSEWHERE = (24.9, 60.1, 25.0, 60.2)


@pytest.fixture
def category():
    return CategoryFactory()


@pytest.fixture
def items(category):
    generate_feedback(category, 300)
    map_cells.rebuild()
    return public_feedback().order_by("-received_at", "-pk")


def box_in(queryset, box):
    return FeedbackFilterSet.apply(queryset, {"bbox": box})


def casts(sql):
    """Whether the SQL tests the box on coordinates cast to floats (``in_bbox(indexed=False)``), as each database
    writes the cast: SQLite ``CAST(… AS real)``, PostgreSQL ``(…)::double precision``."""
    return connection.data_types["FloatField"] in sql.lower()


def test_both_ways_hold_for_exactly_the_same_items_edges_and_the_antimeridian_included(category):
    rng = random.Random(15)
    coordinates = [
        (Decimal(f"{rng.uniform(62.8, 62.9):.6f}"), Decimal(f"{rng.uniform(27.6, 27.7):.6f}")) for _ in range(40)
    ]
    coordinates += [(Decimal("62.850000"), Decimal("27.650000")), (Decimal("-16.500000"), Decimal("179.900000"))]
    for latitude, longitude in coordinates:
        make_feedback(category, latitude=latitude, longitude=longitude)
    edges = [float(value) for pair in coordinates[:12] for value in pair]
    boxes = [(27.65, 62.85, 27.65, 62.85), (179.0, -20.0, -179.0, -10.0), (27.6, 62.8, 27.7, 62.9)]
    for _ in range(60):
        south, north = sorted(rng.sample([*edges[::2], 62.83, 62.87], 2))
        west, east = sorted(rng.sample([*edges[1::2], 27.61, 27.68], 2))
        boxes.append((west, south, east, north))
    for box in boxes:
        indexed = set(Feedback.objects.filter(in_bbox(*box)).values_list("pk", flat=True))
        assert set(Feedback.objects.filter(in_bbox(*box, indexed=False)).values_list("pk", flat=True)) == indexed
    assert Feedback.objects.filter(in_bbox(179.0, -20.0, -179.0, -10.0, indexed=False)).count() == 1
    assert Feedback.objects.filter(in_bbox(27.65, 62.85, 27.65, 62.85, indexed=False)).count() == 1


def test_the_items_in_a_box_are_estimated_from_the_maps_cells(items):
    inside, everywhere = map_cells.items_in_box(*DENSE)
    assert everywhere == 300
    assert 150 <= inside <= 600
    assert map_cells.items_in_box(*ELSEWHERE) == (0, 300)


def test_the_newest_few_of_a_dense_box_are_found_in_time_order(items):
    page = box_in(items, DENSE)[:20]
    assert casts(str(page.query))
    assert list(page) == [item for item in items if in_box(item, DENSE)][:20]


def test_a_sparse_box_an_unlimited_read_and_another_order_use_the_location_index(items):
    for queryset in (
        box_in(items, SPARSE)[:20],
        box_in(items, DENSE),
        box_in(items, DENSE).order_by("supporter_count")[:20],
    ):
        assert not casts(str(queryset.query))
    assert not casts(str(box_in(items, ELSEWHERE)[:20].query))


def test_the_capped_count_of_a_dense_box_keeps_the_time_order_and_counts_right(items, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 50)
    dense, sparse = box_in(items, DENSE), box_in(items, SPARSE)
    with CaptureQueriesContext(connection) as queries:
        assert CappedPaginator(dense, 20).count == 50
        assert CappedPaginator(sparse, 20).count == len([item for item in items if in_box(item, SPARSE)])
    dense_count, sparse_count = (query["sql"] for query in queries if "COUNT(" in query["sql"].upper())
    assert "ORDER BY" in dense_count and casts(dense_count)
    assert "ORDER BY" not in sparse_count and not casts(sparse_count)


def in_box(item, box):
    west, south, east, north = box
    return west <= item.longitude <= east and south <= item.latitude <= north
