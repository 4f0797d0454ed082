import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from feedback_plugin import services
from feedback_plugin.models import Channel, Kind, Status
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db

INBOX = reverse("feedback_inbox:index")


def references(response):
    return {item.reference for item in response.context["object_list"]}


def test_inbox_lists_the_units_feedback_with_its_columns(client, staff, category):
    feedback = make_feedback(category, title="Rikki oleva valo", channel=Channel.PHONE)

    response = client.get(INBOX)

    assert response.status_code == 200
    html = response.content.decode()
    for text in [feedback.reference, "Rikki oleva valo", "Katuvalot", category.unit.name, "Puhelin", "Vastaanotettu"]:
        assert text in html
    assert reverse("feedback_inbox:inspect", args=[feedback.pk]) in html


def prefer_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()


def test_category_is_shown_in_the_admin_users_language(client, staff, category):
    translate_category(category, "en", name="Street lights")
    make_feedback(category)
    prefer_english(staff)

    response = client.get(INBOX)

    assert "Street lights" in response.content.decode()
    assert "Katuvalot" not in response.content.decode()


def test_overdue_items_are_marked_and_filterable(client, staff, category):
    late = make_feedback(category, received_at=timezone.now() - datetime.timedelta(days=30))
    fresh = make_feedback(category)
    closed_late = make_feedback(category, received_at=timezone.now() - datetime.timedelta(days=30))
    services.change_status(closed_late, Status.DONE)

    overdue = client.get(INBOX, {"overdue": "true"})
    on_time = client.get(INBOX, {"overdue": "false"})

    assert references(overdue) == {late.reference}
    assert references(on_time) == {fresh.reference, closed_late.reference}
    assert "myöhässä" in overdue.content.decode()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"status": "in_progress"}, "in_progress"),
        ({"kind": "thanks"}, "thanks"),
        ({"channel": "email"}, "email"),
        ({"publication": "hidden"}, "hidden"),
    ],
)
def test_filters_narrow_the_list(client, staff, category, params, expected):
    items = {
        "in_progress": make_feedback(category),
        "thanks": make_feedback(category, kind=Kind.THANKS),
        "email": make_feedback(category, channel=Channel.EMAIL),
        "hidden": make_feedback(category, allow_publication=False),
    }
    services.change_status(items["in_progress"], Status.IN_PROGRESS)

    response = client.get(INBOX, params)

    assert references(response) == {items[expected].reference}


def test_category_service_area_and_unit_filters_match_every_translation(client, staff, category):
    other = CategoryFactory(unit=category.unit)
    wanted = make_feedback(category)
    make_feedback(other)
    english = translate_category(category, "en")
    prefer_english(staff)

    by_category = client.get(INBOX, {"category": english.pk})
    by_area = client.get(INBOX, {"service_area": english.service_area.pk})
    by_unit = client.get(INBOX, {"unit": category.unit.get_translation(english.locale).pk})

    assert references(by_category) == {wanted.reference}
    assert references(by_area) == {wanted.reference}
    assert len(references(by_unit)) == 2


def test_received_date_range_filter(client, staff, category):
    old = make_feedback(category, received_at=timezone.now() - datetime.timedelta(days=60))
    make_feedback(category)
    until = (timezone.localdate() - datetime.timedelta(days=30)).isoformat()

    response = client.get(INBOX, {"received_at_to": until})

    assert references(response) == {old.reference}


def test_search_finds_reference_text_and_address(client, staff, category):
    by_text = make_feedback(category, description="Penkki on kaatunut puistossa.")
    by_address = make_feedback(category, address="Kauppakatu 40")
    make_feedback(category)

    assert references(client.get(INBOX, {"q": "kaatunut"})) == {by_text.reference}
    assert references(client.get(INBOX, {"q": "Kauppakatu"})) == {by_address.reference}
    assert references(client.get(INBOX, {"q": by_text.reference})) == {by_text.reference}


def test_newest_feedback_comes_first(client, staff, category):
    older = make_feedback(category, received_at=timezone.now() - datetime.timedelta(days=2))
    newer = make_feedback(category)

    response = client.get(INBOX)

    assert [item.reference for item in response.context["object_list"]] == [newer.reference, older.reference]


def test_csv_export_has_handling_columns_but_no_contact_data(client, staff, category):
    feedback = make_feedback(
        category, contact_name="Asukas Esimerkki", contact_email="asukas@example.fi", contact_phone="040 123 4567"
    )

    response = client.get(INBOX, {"export": "csv"})

    content = b"".join(response.streaming_content).decode()
    rows = list(csv.DictReader(io.StringIO(content)))
    assert [row["Tunnus"] for row in rows] == [feedback.reference]
    assert rows[0]["Aihe"] == "Katuvalot"
    for secret in ["Asukas Esimerkki", "asukas@example.fi", "040 123 4567", feedback.tracking_token]:
        assert secret not in content


def test_xlsx_export_downloads(client, staff, category):
    make_feedback(category)

    response = client.get(INBOX, {"export": "xlsx"})

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="feedback.xlsx"')


def test_the_inbox_makes_the_same_number_of_queries_for_5_and_30_items(client, staff, category):
    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(INBOX).status_code == 200
        return len(queries)

    for _number in range(5):
        make_feedback(category, contact_email="asukas@example.fi")
    five = count_queries()
    for _number in range(25):
        make_feedback(CategoryFactory(unit=category.unit))
    thirty = count_queries()

    assert thirty == five
