"""API v1 bulletins/: active by default, ?include=expired, filters, language-aware, in the OpenAPI schema."""

import datetime

import pytest
from django.utils import timezone
from drf_spectacular.generators import SchemaGenerator

from bulletin_plugin.models import Priority
from tests.bulletins.factories import BulletinFactory, translate_bulletin
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/bulletins/"


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()]


@pytest.fixture
def bulletins(winter_category):
    now = timezone.now()
    active = BulletinFactory(
        title="Aurausta",
        categories=[winter_category],
        latitude="62.892400",
        longitude="27.677000",
        radius_m=1500,
        body='<p>Katso <a href="https://example.fi/">ohjeet</a>.</p>',
    )
    translate_bulletin(active, "en", title="Ploughing")
    BulletinFactory(
        title="Päättynyt",
        priority=Priority.INFO,
        valid_from=now - datetime.timedelta(days=2),
        valid_until=now - datetime.timedelta(hours=1),
    )
    BulletinFactory(title="Tuleva", valid_from=now + datetime.timedelta(days=1), valid_until=None)
    BulletinFactory(title="Luonnos", publish=False)
    return active


def test_lists_only_active_published_bulletins_by_default(client, bulletins):
    assert titles(client.get(URL)) == ["Aurausta"]


def test_include_expired_adds_ended_bulletins_but_never_future_ones(client, bulletins):
    assert set(titles(client.get(URL, {"include": "expired"}))) == {"Aurausta", "Päättynyt"}


def test_language_comes_from_the_lang_parameter(client, bulletins):
    assert titles(client.get(URL, {"lang": "en"})) == ["Ploughing"]


def test_language_comes_from_accept_language_without_the_parameter(client, bulletins):
    assert titles(client.get(URL, headers={"accept-language": "en"})) == ["Ploughing"]


def test_filters_by_category_code_and_priority(client, bulletins):
    CategoryFactory(code="littering")
    assert titles(client.get(URL, {"category": "winter-maintenance"})) == ["Aurausta"]
    assert titles(client.get(URL, {"category": "littering"})) == []
    assert titles(client.get(URL, {"priority": "notice"})) == []
    assert titles(client.get(URL, {"priority": ["urgent", "notice"]})) == ["Aurausta"]


def test_an_item_carries_its_validity_area_categories_and_html_body(client, bulletins):
    item = client.get(URL).json()[0]
    assert item["id"] == bulletins.pk
    assert item["language"] == "fi"
    assert item["priority"] == "urgent"
    assert item["is_active"] is True
    assert item["categories"] == ["winter-maintenance"]
    assert item["area"] == {"latitude": "62.892400", "longitude": "27.677000", "radius_m": 1500}
    assert '<a href="https://example.fi/">ohjeet</a>' in item["body"]
    assert item["valid_until"] is not None


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("lang=sv", "lang", "Choose one of the site's languages."),
        ("include=all", "include", "Select a valid choice"),
        ("include=", "include", "Give a value or leave the parameter out."),
        ("include=expired&include=expired", "include", "Give this parameter only once."),
    ],
)
def test_bad_parameters_get_a_400_in_the_clients_language(client, bulletins, query, field, message):
    response = client.get(f"{URL}?{query}", headers={"accept-language": "en"})
    assert response.status_code == 400
    assert message in response.json()[field][0]


def test_priority_may_repeat(client, bulletins):
    response = client.get(f"{URL}?priority=urgent&priority=notice")
    assert [item["id"] for item in response.json()] == [bulletins.pk]


def test_a_single_bulletin_and_a_missing_one(client, bulletins):
    assert client.get(f"{URL}{bulletins.pk}/").json()["title"] == "Aurausta"
    assert client.get(f"{URL}999999/").status_code == 404


def test_bulletins_endpoint_is_in_the_openapi_schema_with_its_filters():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v1/bulletins/"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} >= {"lang", "include", "priority", "category"}
    assert "/api/v1/bulletins/{id}/" in schema["paths"]
