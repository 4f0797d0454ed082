"""Open311 services are built once per worker and language, and rebuilt as soon as the taxonomy changes in any
worker: what a client reads is never older than the last saved category, question or service area."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback_plugin import sitewide, stamps
from feedback_plugin.models import CategoryQuestion, FeedbackCategory
from tests.api.open311 import records
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db
FORMATS = ["json", "xml"]


def services(client, fmt):
    return records(client.get(f"/open311/v2/services.{fmt}"), fmt)


def test_a_second_read_of_the_services_does_not_query_the_categories(client, bus_category):
    client.get("/open311/v2/services.json")
    with CaptureQueriesContext(connection) as queries:
        client.get("/open311/v2/services.json")
    assert not [query for query in queries if "feedback_plugin_feedbackcategory" in query["sql"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_renamed_category_is_a_renamed_service_at_once(client, bus_category, fmt):
    services(client, fmt)
    bus_category.name = "Joukkoliikenne"
    bus_category.save()
    assert [service["service_name"] for service in services(client, fmt)] == ["Joukkoliikenne"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_deactivated_category_leaves_the_services_at_once(client, bus_category, fmt):
    other = CategoryFactory(code="street-lights")
    services(client, fmt)
    other.is_active = False
    other.save()
    assert [service["service_code"] for service in services(client, fmt)] == ["bus-services"]


def test_a_first_question_makes_a_service_have_metadata_at_once(client):
    category = CategoryFactory(code="parks")
    assert services(client, "json")[0]["metadata"] is False
    CategoryQuestion.objects.create(locale=category.locale, category=category, code="park", label="Puisto")
    assert services(client, "json")[0]["metadata"] is True


def test_a_renamed_service_area_is_a_renamed_group_at_once(client, bus_category):
    services(client, "json")
    area = bus_category.service_area
    area.name = "Liikenne ja kadut"
    area.save()
    assert services(client, "json")[0]["group"] == "Liikenne ja kadut"


def test_a_change_another_worker_announced_is_read_at_once(client, bus_category):
    services(client, "json")
    # Another worker saved the category: its rows changed, and it gave the shared stamp a new value.
    FeedbackCategory.objects.filter(pk=bus_category.pk).update(name="Joukkoliikenne")
    stamps.renew(sitewide.STAMP_KEY)
    assert services(client, "json")[0]["service_name"] == "Joukkoliikenne"


def test_a_renamed_category_is_the_new_service_name_of_its_requests_at_once(client, bus_category):
    item = make_feedback(bus_category)
    client.get(f"/open311/v2/requests/{item.reference}.json")
    bus_category.name = "Joukkoliikenne"
    bus_category.save()
    [record] = client.get(f"/open311/v2/requests/{item.reference}.json").json()
    assert record["service_name"] == "Joukkoliikenne"
