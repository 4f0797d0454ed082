"""API v1 feedback list and detail: public items only, filters, pagination, ordering and language."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback_plugin import services
from feedback_plugin.filters import CappedPaginator
from feedback_plugin.models import Kind, Publication, Status
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db


def references(response):
    return [item["reference"] for item in response.json()["results"]]


def test_list_shows_published_feedback_with_public_fields(client):
    item = make_feedback(title="Valo rikki", description="Katuvalo ei pala kulmassa.")
    response = client.get("/api/v1/feedback/")
    assert response.status_code == 200
    [record] = response.json()["results"]
    assert record["reference"] == item.reference
    assert record["title"] == "Valo rikki"
    assert record["category"] == {
        "code": item.category.code,
        "name": item.category.name,
        "service_area": item.category.service_area.name,
    }
    assert record["status"] == "received" and record["is_closed"] is False
    assert set(record) == {
        "reference", "kind", "category", "title", "description", "address", "latitude", "longitude", "status",
        "is_closed", "received_at", "updated_at", "closed_at", "supporter_count", "replies", "photos",
    }  # fmt: skip


@pytest.mark.parametrize("language", ["fi", "en"])
def test_each_listed_item_is_what_the_items_own_endpoint_gives_in_the_same_words(client, demo_content, language):
    """The list reads plain rows, an item's own endpoint its value objects through FeedbackSerializer: the demo's
    items (replied to, with photos, closed, without a place, in both languages) come out the same, in the same
    key order."""
    listed = []
    for page in (1, 2):
        body = client.get(f"/api/v1/feedback/?page_size=100&page={page}&lang={language}").json()
        listed.extend(body["results"])
    assert len(listed) == body["count"] > 100
    assert any(item["replies"] for item in listed) and any(item["photos"] for item in listed)
    assert any(item["closed_at"] for item in listed) and any(item["latitude"] is None for item in listed)
    for item in listed:
        detail = client.get(f"/api/v1/feedback/{item['reference']}/?lang={language}")
        assert list(detail.json().items()) == list(item.items())


def test_detail_is_found_by_reference_and_unpublished_feedback_is_not(client):
    public = make_feedback()
    hidden = make_feedback()
    services.set_publication(hidden, Publication.HIDDEN)
    assert client.get(f"/api/v1/feedback/{public.reference}/").json()["reference"] == public.reference
    response = client.get(f"/api/v1/feedback/{hidden.reference}/")
    assert response.status_code == 404
    assert response.json()["detail"] == "Julkista palautetta tällä tunnuksella ei ole."


def test_detail_route_accepts_only_references(client):
    assert client.get("/api/v1/feedback/not-a-reference/").status_code == 404


def test_filters_by_category_kind_and_status(client):
    lights, parks = CategoryFactory(code="lights"), CategoryFactory(code="parks")
    light = make_feedback(lights, kind=Kind.PROPOSAL)
    park = make_feedback(parks)
    services.change_status(park, Status.DONE)
    assert references(client.get("/api/v1/feedback/?category=lights")) == [light.reference]
    assert references(client.get("/api/v1/feedback/?kind=proposal")) == [light.reference]
    assert references(client.get("/api/v1/feedback/?status=closed")) == [park.reference]
    assert references(client.get("/api/v1/feedback/?status=open")) == [light.reference]
    assert references(client.get("/api/v1/feedback/?status=done")) == [park.reference]


def test_filters_by_service_area_in_either_language(client):
    category = CategoryFactory()
    english = translate_category(category, "en")
    other = make_feedback()
    item = make_feedback(category)
    assert references(client.get(f"/api/v1/feedback/?service_area={category.service_area.pk}")) == [item.reference]
    assert references(client.get(f"/api/v1/feedback/?service_area={english.service_area.pk}")) == [item.reference]
    assert other.reference not in references(client.get(f"/api/v1/feedback/?service_area={english.service_area.pk}"))


def test_filters_by_received_date_range(client):
    old = make_feedback(received_at=timezone.now() - datetime.timedelta(days=30))
    new = make_feedback()
    since = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    assert references(client.get(f"/api/v1/feedback/?received_after={since}")) == [new.reference]
    assert references(client.get(f"/api/v1/feedback/?received_before={since}")) == [old.reference]


def test_filters_by_bounding_box(client):
    inside = make_feedback(latitude=Decimal("62.89"), longitude=Decimal("27.67"))
    make_feedback(latitude=Decimal("63.20"), longitude=Decimal("27.67"))
    response = client.get("/api/v1/feedback/?bbox=27.6,62.8,27.7,62.9")
    assert references(response) == [inside.reference]


def test_text_search_reads_only_the_public_redacted_text(client):
    item = make_feedback(description="Puiston penkki on rikki, soita 040 123 4567.")
    assert references(client.get("/api/v1/feedback/?search=penkki")) == [item.reference]
    assert references(client.get("/api/v1/feedback/?search=123 4567")) == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=lost", "status"),
        ("status=", "status"),
        ("bbox=1,2,3", "bbox"),
        ("bbox=0,95,1,96", "bbox"),
        ("bbox=", "bbox"),
        ("received_after=yesterday", "received_after"),
        ("received_before=", "received_before"),
        ("kind=x", "kind"),
        ("service_area=abc", "service_area"),
    ],
)
def test_bad_filters_get_a_400_with_a_message_for_the_field(client, query, field):
    response = client.get(f"/api/v1/feedback/?{query}")
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_bounding_box_across_the_antimeridian_follows_rfc_7946(client):
    make_feedback(latitude=Decimal("62.89"), longitude=Decimal("27.67"))
    assert references(client.get("/api/v1/feedback/?bbox=170,0,-170,89")) == []
    assert len(references(client.get("/api/v1/feedback/?bbox=27,0,-170,89"))) == 1


def test_dates_far_in_the_past_or_future_are_just_dates(client):
    make_feedback()
    assert client.get("/api/v1/feedback/?received_after=0001-01-01").json()["count"] == 1
    assert client.get("/api/v1/feedback/?received_after=9999-12-31").json()["count"] == 0


def test_count_stops_at_the_cap_and_so_do_the_pages(client, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    category = CategoryFactory()
    for _ in range(5):
        make_feedback(category)
    last = client.get("/api/v1/feedback/?page_size=2&page=2").json()
    assert last["count"] == 3 and len(last["results"]) == 1 and last["next"] is None
    assert client.get("/api/v1/feedback/?page_size=2&page=3").status_code == 404
    assert client.get("/api/v1/feedback/?page_size=10").json()["count"] == 3


def test_the_capped_count_neither_sorts_the_matches_nor_joins_what_items_load(client):
    """A count that sorted its matches first would read every item in a city-wide box before stopping at the cap."""
    make_feedback(latitude=Decimal("62.89"), longitude=Decimal("27.68"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/v1/feedback/?bbox=27.5,62.8,27.8,63.0").json()["count"] == 1
    [count] = [query["sql"] for query in queries if "COUNT(" in query["sql"]]
    assert "ORDER BY" not in count
    assert "servicearea" not in count


def test_unknown_api_paths_get_a_json_404(client):
    response = client.get("/api/v1/no-such-thing/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_pages_are_bounded(client):
    category = CategoryFactory()
    for _ in range(3):
        make_feedback(category)
    page = client.get("/api/v1/feedback/?page_size=2").json()
    assert page["count"] == 3 and len(page["results"]) == 2 and page["next"]
    assert client.get("/api/v1/feedback/?page=99").status_code == 404
    assert client.get("/api/v1/feedback/?page=").status_code == 400
    for size in ("0", "101", "x"):
        response = client.get(f"/api/v1/feedback/?page_size={size}&lang=en")
        assert response.status_code == 400
        assert response.json() == {"page_size": ["Give a whole number from 1 to 100."]}


def test_ordering_by_supporters(client):
    category = CategoryFactory()
    quiet, popular = make_feedback(category), make_feedback(category)
    services.add_supporter(popular)
    assert references(client.get("/api/v1/feedback/?ordering=-supporter_count")) == [
        popular.reference,
        quiet.reference,
    ]


def test_language_from_query_or_accept_language(client):
    category = CategoryFactory(name="Katuvalot")
    translate_category(category, "en", name="Street lights")
    make_feedback(category)
    assert client.get("/api/v1/feedback/?lang=en").json()["results"][0]["category"]["name"] == "Street lights"
    response = client.get("/api/v1/feedback/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.json()["results"][0]["category"]["name"] == "Street lights"
    assert client.get("/api/v1/feedback/").json()["results"][0]["category"]["name"] == "Katuvalot"


def test_unknown_language_is_a_400(client):
    response = client.get("/api/v1/feedback/?lang=sv")
    assert response.status_code == 400
    assert response.json() == {"lang": ["Valitse jokin sivuston kielistä."]}


def test_errors_are_in_the_requested_language(client):
    response = client.get("/api/v1/feedback/2026-999999/?lang=en")
    assert response.json() == {"detail": "There is no public feedback with this reference."}


def test_the_requested_language_lasts_for_the_request_only(client):
    from django.utils import translation

    with translation.override("fi"):
        response = client.get("/api/v1/categories/?lang=en")
        assert response["Content-Language"] == "en"
        client.get("/open311/v2/services.json?locale=en")
        assert translation.get_language() == "fi"
