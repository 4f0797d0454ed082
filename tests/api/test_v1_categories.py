"""API v1 categories: service areas and extra-question definitions in the requested language."""

import pytest

from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_categories_carry_their_area_and_questions(client, bus_category):
    response = client.get("/api/v1/categories/")
    assert response.status_code == 200
    [category] = response.json()
    assert category["code"] == "bus-services"
    assert category["service_area"]["name"] == bus_category.service_area.name
    assert [question["code"] for question in category["questions"]] == ["bus-line", "issue-type"]
    assert category["questions"][0]["required"] is True
    assert category["questions"][1]["choices"] == [
        {"key": "1", "label": "Myöhästyi"},
        {"key": "2", "label": "Ei tullut"},
    ]


def test_categories_in_english(client, bus_category):
    [category] = client.get("/api/v1/categories/?lang=en").json()
    assert category["name"] == "Bus services"
    assert category["questions"][1]["choices"][1] == {"key": "2", "label": "Did not come"}


def test_inactive_categories_are_not_listed_and_unknown_codes_are_404(client, bus_category):
    CategoryFactory(code="retired", is_active=False)
    assert [category["code"] for category in client.get("/api/v1/categories/").json()] == ["bus-services"]
    assert client.get("/api/v1/categories/bus-services/").json()["code"] == "bus-services"
    assert client.get("/api/v1/categories/retired/").status_code == 404
