"""Open311 GET requests, requests/{id} and the Helsinki/6Aika extensions, in JSON and XML."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from feedback_plugin import services
from feedback_plugin.models import Publication, Status
from feedback_plugin.photos import clean_photo
from tests.factories import CategoryFactory, image_bytes, make_feedback, upload

from .open311 import FORMATS, errors, records, xml

pytestmark = pytest.mark.django_db


def ids(response, fmt):
    return [record["service_request_id"] for record in records(response, fmt)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_requests_have_the_standard_fields_as_strings_and_iso_dates(client, fmt):
    item = make_feedback(description="Katuvalo ei pala kulmassa.", address="Kauppakatu 1")
    services.add_reply(item, "Korjataan tällä viikolla.")
    response = client.get(f"/open311/v2/requests.{fmt}?jurisdiction_id=city")
    assert response.status_code == 200
    if fmt == "xml":
        root = xml(response)
        assert root.tag == "service_requests" and [child.tag for child in root] == ["request"]
    [record] = records(response, fmt)
    assert record["service_request_id"] == item.reference
    assert record["service_code"] == item.category.code
    assert record["service_name"] == item.category.name
    assert record["status"] == "open"
    assert record["status_notes"] == "Korjataan tällä viikolla."
    assert record["description"] == "Katuvalo ei pala kulmassa."
    assert record["address"] == "Kauppakatu 1"
    assert Decimal(str(record["lat"])) == item.latitude
    assert parse_datetime(record["requested_datetime"]).utcoffset() is not None
    assert parse_datetime(record["updated_datetime"]).utcoffset() is not None
    assert {"agency_responsible", "service_notice", "expected_datetime", "address_id", "zipcode", "media_url"} <= set(
        record
    )
    assert "extended_attributes" not in record


@pytest.mark.parametrize("fmt", FORMATS)
def test_status_is_open_or_closed_from_the_detailed_status(client, fmt):
    done, waiting = make_feedback(), make_feedback()
    services.change_status(done, Status.DONE)
    services.change_status(waiting, Status.WAITING)
    statuses = {
        record["service_request_id"]: record["status"]
        for record in records(client.get(f"/open311/v2/requests.{fmt}"), fmt)
    }
    assert statuses == {done.reference: "closed", waiting.reference: "open"}
    assert ids(client.get(f"/open311/v2/requests.{fmt}?status=closed"), fmt) == [done.reference]


@pytest.mark.parametrize("fmt", FORMATS)
def test_default_window_is_90_days(client, fmt):
    recent = make_feedback()
    make_feedback(received_at=timezone.now() - datetime.timedelta(days=120))
    assert ids(client.get(f"/open311/v2/requests.{fmt}"), fmt) == [recent.reference]


def test_date_filters_and_service_code(client):
    category = CategoryFactory(code="potholes")
    old = make_feedback(category, received_at=timezone.now() - datetime.timedelta(days=120))
    make_feedback()
    start = (timezone.now() - datetime.timedelta(days=130)).isoformat()
    end = (timezone.now() - datetime.timedelta(days=100)).isoformat()
    response = client.get("/open311/v2/requests.json", {"start_date": start, "end_date": end})
    assert ids(response, "json") == [old.reference]
    assert ids(client.get("/open311/v2/requests.json", {"start_date": start, "service_code": "potholes"}), "json") == [
        old.reference
    ]


def test_service_request_id_list_overrides_the_other_filters(client):
    old = make_feedback(received_at=timezone.now() - datetime.timedelta(days=200))
    new = make_feedback()
    response = client.get(f"/open311/v2/requests.json?service_request_id={old.reference},{new.reference}&status=closed")
    assert sorted(ids(response, "json")) == sorted([old.reference, new.reference])


@pytest.mark.parametrize("fmt", FORMATS)
def test_single_request_is_a_list_of_one(client, fmt):
    item = make_feedback()
    response = client.get(f"/open311/v2/requests/{item.reference}.{fmt}")
    assert ids(response, fmt) == [item.reference]


@pytest.mark.parametrize("fmt", FORMATS)
def test_unpublished_or_unknown_request_is_a_404_error(client, fmt):
    item = make_feedback()
    services.set_publication(item, Publication.HIDDEN)
    for reference in (item.reference, "2026-999999"):
        response = client.get(f"/open311/v2/requests/{reference}.{fmt}?locale=en")
        assert response.status_code == 404
        assert errors(response, fmt) == [("404", "There is no public service request with this id.")]


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("start_date=yesterday", "start_date"),
        ("status=pending", "status"),
        ("start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", "end_date"),
        ("start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z", "start_date"),
        ("page_size=5000", "page_size"),
        ("page=0", "page"),
        ("bbox=27,62", "bbox"),
        ("radius=-5", "radius"),
        ("updated_after=soon", "updated_after"),
        ("extensions=maybe", "extensions"),
        ("end_date=0001-01-01T00:00:00Z", "start_date"),
        ("page=99999999999999999999", "page"),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_bad_parameters_are_400_errors_naming_the_parameter(client, fmt, query, parameter):
    response = client.get(f"/open311/v2/requests.{fmt}?{query}")
    assert response.status_code == 400
    [(code, description)] = errors(response, fmt)
    assert code == "400" and description.startswith(f"{parameter}: ")


@pytest.mark.parametrize("fmt", FORMATS)
def test_extensions_add_title_detailed_status_and_media_urls(client, fmt):
    item = make_feedback(title="Valo rikki")
    services.change_status(item, Status.IN_PROGRESS)
    photo_item = services.create_feedback(
        category=item.category,
        description="Kuva kuoppaisesta tiestä.",
        language="fi",
        photos=[clean_photo(upload(image_bytes()))],
    )
    response = client.get(f"/open311/v2/requests.{fmt}?extensions=true")
    if fmt == "json":
        extended = {r["service_request_id"]: r["extended_attributes"] for r in response.json()}
        media = extended[photo_item.reference]["media_urls"]
    else:
        root = xml(response)
        extended = {
            r.findtext("service_request_id"): {c.tag: c.text for c in r.find("extended_attributes")} for r in root
        }
        media = [node.text for node in root.findall("request/extended_attributes/media_urls/media_url")]
    assert extended[item.reference]["title"] == "Valo rikki"
    assert extended[item.reference]["detailed_status"] == "in_progress"
    [url] = media
    assert url.startswith("http://testserver/feedback/photos/")
    assert client.get(url).status_code == 200


def test_updated_after_and_before(client):
    item = make_feedback()
    after = (item.updated_at + datetime.timedelta(seconds=1)).isoformat()
    before = (item.updated_at - datetime.timedelta(seconds=1)).isoformat()
    assert ids(client.get("/open311/v2/requests.json", {"updated_after": after}), "json") == []
    assert ids(client.get("/open311/v2/requests.json", {"updated_after": before}), "json") == [item.reference]
    assert ids(client.get("/open311/v2/requests.json", {"updated_before": before}), "json") == []


def test_radius_and_bbox(client):
    near = make_feedback(latitude=Decimal("62.892400"), longitude=Decimal("27.677000"))
    far = make_feedback(latitude=Decimal("62.910000"), longitude=Decimal("27.677000"))  # about 2 km north
    around = {"lat": "62.8924", "long": "27.6770"}
    assert ids(client.get("/open311/v2/requests.json", {**around, "radius": 500}), "json") == [near.reference]
    assert sorted(ids(client.get("/open311/v2/requests.json", {**around, "radius": 3000}), "json")) == sorted(
        [near.reference, far.reference]
    )
    assert ids(client.get("/open311/v2/requests.json?bbox=27.6,62.9,27.7,62.95"), "json") == [far.reference]


def test_unknown_open311_paths_get_an_error_list(client):
    response = client.get("/open311/v2/no-such-thing.json")
    assert response.status_code == 404
    assert [error["code"] for error in response.json()] == [404]


def test_paging(client):
    category = CategoryFactory()
    items = [make_feedback(category) for _ in range(3)]
    newest_first = [item.reference for item in reversed(items)]
    assert ids(client.get("/open311/v2/requests.json?page_size=2"), "json") == newest_first[:2]
    assert ids(client.get("/open311/v2/requests.json?page_size=2&page=2"), "json") == newest_first[2:]
