"""Acceptance: a bulletin appears at valid_from and disappears after valid_until everywhere, with no manual step."""

import datetime
from xml.etree import ElementTree

import pytest
import time_machine
from django.utils import timezone
from wagtail import hooks

from tests.bulletins.factories import BulletinFactory

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 1, 10, 6, 0, tzinfo=datetime.UTC)
END = START + datetime.timedelta(hours=12)
TITLE = "Aurausta Puijonlaaksossa"


@pytest.fixture
def scheduled_bulletin(bulletin_pages, winter_category):
    with time_machine.travel(START - datetime.timedelta(days=1), tick=False):
        return BulletinFactory(title=TITLE, valid_from=START, valid_until=END, categories=[winter_category])


def where_the_bulletin_shows(client, bulletin, category):
    """Every public surface, answering whether the bulletin is shown there now."""
    index = client.get("/fi/tiedotteet/").content.decode()
    current = index.split('id="current-heading"')[1].split("</section>")[0]
    detail = client.get(f"/fi/tiedotteet/{bulletin.pk}/")
    help_html = "".join(fn(None, category, None, None) for fn in hooks.get_hooks("feedback_category_help"))
    api_titles = [item["title"] for item in client.get("/api/v1/bulletins/?lang=fi").json()]
    feed = ElementTree.fromstring(client.get("/fi/tiedotteet/feed/rss/").content)  # noqa: S314 - our own feed
    return {
        "banner": TITLE in client.get("/fi/").content.decode().split('id="main"')[0],
        "list": TITLE in current,
        "detail": detail.status_code == 200 and 'data-bulletin-state="expired"' not in detail.content.decode(),
        "form": TITLE in help_html,
        "api": TITLE in api_titles,
        "feed": TITLE in [title.text for title in feed.iter("title")],
    }


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (START - datetime.timedelta(seconds=1), False),
        (START, True),
        (END - datetime.timedelta(seconds=1), True),
        (END, False),
        (END + datetime.timedelta(days=3), False),
    ],
)
def test_bulletin_is_shown_everywhere_exactly_while_it_is_valid(
    client, scheduled_bulletin, winter_category, moment, shown
):
    with time_machine.travel(moment, tick=False):
        assert timezone.now() == moment
        surfaces = where_the_bulletin_shows(client, scheduled_bulletin, winter_category)
    assert surfaces == dict.fromkeys(surfaces, shown)


def test_an_ended_bulletin_keeps_its_page_marked_as_ended(client, scheduled_bulletin):
    with time_machine.travel(END + datetime.timedelta(days=1), tick=False):
        response = client.get(f"/fi/tiedotteet/{scheduled_bulletin.pk}/")
    assert response.status_code == 200
    assert 'data-bulletin-state="expired"' in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_bulletin_that_has_not_started_has_no_page(client, scheduled_bulletin):
    with time_machine.travel(START - datetime.timedelta(minutes=1), tick=False):
        assert client.get(f"/fi/tiedotteet/{scheduled_bulletin.pk}/").status_code == 404


def test_the_feed_may_be_cached_only_until_the_bulletin_ends(client, scheduled_bulletin):
    with time_machine.travel(END - datetime.timedelta(seconds=90), tick=False):
        response = client.get("/fi/tiedotteet/feed/atom/")
    assert response["Cache-Control"] == "public, max-age=90"
