"""What staff read in the admin is in their language and the city's time: no UTC, no Python values, no codes."""

import csv
import datetime
import io
import re
import zoneinfo

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from feedback_plugin import services
from feedback_plugin.models import Publication, Status
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db

INBOX = reverse("feedback_inbox:index")
# 18.01 in UTC is 20.01 in Helsinki in winter: the hour tells which one a page shows.
RECEIVED = datetime.datetime(2026, 1, 15, 18, 1, tzinfo=datetime.UTC)
HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")


def inspect(feedback):
    return reverse("feedback_inbox:inspect", args=[feedback.pk])


def visible_text(html):
    """The text a reader sees in the page's main content: no tags, attributes or scripts."""
    main = html[html.index("<main") :]
    main = re.sub(r"<(script|style)\b.*?</\1>", " ", main, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def inspected_fields(html):
    """{label: value} of the feedback's fields as the handling view lists them."""
    pairs = re.findall(r"<dt>(.*?)</dt>\s*<dd>(.*?)</dd>", html, flags=re.S)
    return {label.strip(): re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", value)).strip() for label, value in pairs}


def trail_rows(html):
    """[when, action, change, by] for each row of the handling trail."""
    trail = html[html.index('id="feedback-trail-section"') :]
    body = trail[trail.index("<tbody>") : trail.index("</tbody>")]
    return [
        [re.sub(r"\s+", " ", cell).strip() for cell in re.findall(r"<td>(.*?)</td>", row, flags=re.S)]
        for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
    ]


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def handled_item(staff, category):
    """An item that went through every kind of handling step, with fields left empty (no reply, no duplicate)."""
    translate_category(category, "en", name="Street lights")
    target = CategoryFactory(name="Kuopat", unit=category.unit)
    translate_category(target, "en", name="Potholes")
    with time_machine.travel(RECEIVED, tick=False):
        feedback = make_feedback(category, title="Valo rikki")
        services.change_status(feedback, Status.IN_PROGRESS, staff)
        services.change_category(feedback, target, staff)
        services.set_publication(feedback, Publication.HIDDEN, staff)
    return feedback


def test_handling_view_shows_times_in_helsinki_time_in_finnish(client, staff, handled_item):
    html = client.get(inspect(handled_item)).content.decode()

    assert inspected_fields(html)["Vastaanotettu"] == "15. tammikuuta 2026 kello 20.01"
    assert {row[0] for row in trail_rows(html)} == {"15. tammikuuta 2026 kello 20.01"}
    assert "18.01" not in visible_text(html)


@pytest.mark.parametrize(
    ("language", "expected_fields", "expected_changes"),
    [
        (
            "fi",
            {"Saa julkaista": "Kyllä", "Kaksoiskappale palautteesta": "–", "Ensimmäinen vastaus": "–"},
            ["Verkkolomake", "Vastaanotettu → Käsittelyssä", "Katuvalot → Kuopat", "Julkaistu → Piilotettu"],
        ),
        (
            "en",
            {"May be published": "Yes", "Duplicate of": "–", "First reply": "–"},
            ["Web form", "Received → In progress", "Street lights → Potholes", "Published → Hidden"],
        ),
    ],
)
def test_handling_view_and_trail_show_labels_not_python_values_or_codes(
    client, staff, handled_item, language, expected_fields, expected_changes
):
    prefer(staff, language)

    html = client.get(inspect(handled_item)).content.decode()

    fields = inspected_fields(html)
    assert {label: fields[label] for label in expected_fields} == expected_fields
    assert [row[2] for row in trail_rows(html)] == expected_changes
    text = visible_text(html)
    for raw in ["True", "False", "None", "in_progress", "received", "hidden", "web", handled_item.category.code]:
        assert not re.search(rf"(?<![\w-]){raw}(?![\w-])", text), raw


def test_csv_export_gives_local_times_to_the_minute_and_language_names(client, staff, handled_item):
    content = b"".join(client.get(INBOX, {"export": "csv"}).streaming_content).decode()

    row = next(csv.DictReader(io.StringIO(content)))
    assert row["Vastaanotettu"] == "2026-01-15 20:01"
    assert row["Kieli"] == "Suomi"


def test_xlsx_export_gives_local_times(client, staff, handled_item):
    response = client.get(INBOX, {"export": "xlsx"})

    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    headings, values = (list(row) for row in sheet.iter_rows(min_row=1, max_row=2, values_only=True))
    received = values[headings.index("Vastaanotettu")]
    assert received.replace(second=0, microsecond=0) == RECEIVED.astimezone(HELSINKI).replace(tzinfo=None)


def test_an_active_yes_no_filter_reads_yes_in_finnish(client, staff, category):
    make_feedback(category)

    text = visible_text(client.get(INBOX, {"overdue": "true"}).content.decode())

    assert "Myöhässä: Kyllä" in text
    assert "True" not in text


def test_an_inbox_search_without_results_says_so_in_finnish(client, staff, category):
    make_feedback(category)

    text = visible_text(client.get(INBOX, {"q": "olematon"}).content.decode())

    assert "Haulla tai suodattimilla ei löytynyt palautteita." in text
