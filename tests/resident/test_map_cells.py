"""The map's clusters come from counts kept per grid cell: they follow every change to an item at once, never
count what the privacy gate withholds, equal a direct count under every filter, and cost a fixed number of
queries however many items there are."""

import datetime
from collections import Counter
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bench.data import generate_feedback
from feedback_plugin import services
from feedback_plugin.filters import FeedbackFilterSet
from feedback_plugin.map_cells import cell_of, grid_level
from feedback_plugin.models import MapCell, Publication, Status
from feedback_plugin.privacy import public_feedback
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db

CITY = (27.4, 62.7, 28.0, 63.1)
CITY_VIEW = {"bbox": "27.4,62.7,28.0,63.1", "zoom": 11}


@pytest.fixture(autouse=True)
def _cluster_even_a_few(monkeypatch):
    monkeypatch.setattr("feedback_plugin.api.geojson.FEW_ITEMS", 0)


def get(client, **filters):
    return client.get("/api/v1/feedback/geojson/", {**CITY_VIEW, **filters})


def clusters(client, **filters):
    response = get(client, **filters)
    assert response.status_code == 200
    features = response.json()["features"]
    assert all(feature["properties"]["cluster"] for feature in features)
    return features


def mapped(client, **filters):
    return sum(feature["properties"]["count"] for feature in clusters(client, **filters))


def test_an_item_hidden_by_a_moderator_leaves_the_maps_counts_at_once(client, category):
    kept, hidden = make_feedback(category), make_feedback(category)
    assert mapped(client) == 2
    services.set_publication(hidden, Publication.HIDDEN)
    assert mapped(client) == 1
    services.set_publication(hidden, Publication.PUBLISHED)
    assert mapped(client) == 2
    kept.delete()
    assert mapped(client) == 1


def test_a_confidential_categorys_items_never_count(client, category):
    confidential = CategoryFactory(code="health", is_confidential=True)
    make_feedback(confidential)
    make_feedback(category)
    moved = make_feedback(category)
    assert mapped(client) == 2
    services.change_category(moved, confidential)
    assert mapped(client) == 1
    category.is_confidential = True
    category.save()
    assert clusters(client) == []
    assert not MapCell.objects.exists()


def test_a_status_change_moves_the_item_between_open_and_closed_at_once(client, category):
    item = make_feedback(category)
    make_feedback(category)
    services.change_status(item, Status.DONE)
    assert mapped(client, status="open") == 1
    assert mapped(client, status="closed") == 1
    assert mapped(client, status="done") == 1


def test_an_item_moved_on_the_map_is_counted_where_it_is_now(client, category):
    item = make_feedback(category)
    item.latitude, item.longitude = Decimal("63.050000"), Decimal("27.950000")
    item.save()
    [cluster] = clusters(client)
    assert cluster["geometry"]["coordinates"] == [27.95, 63.05]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"category": "street-lighting"},
        {"category": "potholes"},
        {"status": "open"},
        {"status": "closed"},
        {"status": "in_progress"},
        {"kind": "feedback"},
        {"category": "street-lighting", "status": "closed"},
        {"received_after": "2026-11-10"},
        {"search": "Item 1"},
    ],
)
def test_every_cluster_count_equals_a_direct_count_from_the_privacy_gate_under_the_filters(client, category, filters):
    generate_feedback(category, 400, spread=(0.2, 0.3))
    generate_feedback(CategoryFactory(code="potholes"), 300, spread=(0.2, 0.3), year=1998)
    make_feedback(CategoryFactory(code="health", is_confidential=True))
    services.set_publication(public_feedback().first(), Publication.HIDDEN)
    features = clusters(client, **filters)

    level = grid_level(11, *CITY)
    (west_x, south_y), (east_x, north_y) = cell_of(level, CITY[0], CITY[1]), cell_of(level, CITY[2], CITY[3])
    items = FeedbackFilterSet(filters, queryset=public_feedback()).qs
    expected = Counter(cell_of(level, *location) for location in items.values_list("longitude", "latitude"))
    expected = {cell: count for cell, count in expected.items() if west_x <= cell[0] <= east_x}
    expected = {cell: count for cell, count in expected.items() if south_y <= cell[1] <= north_y}
    counted = {
        cell_of(level, *feature["geometry"]["coordinates"]): feature["properties"]["count"] for feature in features
    }
    assert counted == expected
    assert sum(expected.values()) > 0


def test_a_date_or_text_filter_over_too_many_items_says_its_clusters_are_truncated(client, category, monkeypatch):
    monkeypatch.setattr("feedback_plugin.api.geojson.DIRECT_ITEMS", 50)
    generate_feedback(category, 80)
    response = get(client, received_after="1990-01-01").json()
    assert response["truncated"] is True
    assert sum(feature["properties"]["count"] for feature in response["features"]) == 50
    assert "truncated" not in get(client).json()


def test_the_clustered_view_costs_the_same_queries_at_300_and_3000_items(client, category, one_rate_limit_window):
    generate_feedback(category, 300)
    clusters(client)  # clears past rate-limit windows
    with CaptureQueriesContext(connection) as few:
        clusters(client)
    generate_feedback(category, 2700, year=1998)
    with CaptureQueriesContext(connection) as many:
        assert mapped(client) == 3000
    assert len(many) == len(few) == 2  # the cells, and the rate-limit counter


def test_rebuilding_recounts_the_same_cells_the_changes_kept(category):
    received = timezone.now() - datetime.timedelta(days=3)
    for number in range(5):
        item = make_feedback(category, received_at=received, latitude=Decimal(f"62.8{number}0000"))
    services.change_status(item, Status.DONE)
    services.set_publication(make_feedback(category), Publication.HIDDEN)
    kept = set(MapCell.objects.values_list("level", "x", "y", "category", "status", "kind", "item_count"))
    output = StringIO()
    call_command("rebuild_map_cells", stdout=output)
    assert set(MapCell.objects.values_list("level", "x", "y", "category", "status", "kind", "item_count")) == kept
    assert "Zoom level 16/16" in output.getvalue()
    assert output.getvalue().endswith(f"Rebuilt {len(kept)} map cell(s).\n")


def test_migrate_counts_the_cells_of_a_site_that_had_feedback_before_them(client, category):
    make_feedback(category)
    make_feedback(category)
    counted = mapped(client)
    MapCell.objects.all().delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    assert counted == 2
    assert mapped(client) == 2
