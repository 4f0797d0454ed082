"""Public pages cost a fixed number of queries, whatever the number of items, and site-wide parts cached for
them show an editor's change on the next request."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from feedback_plugin import services
from feedback_plugin.filters import CappedPaginator
from feedback_plugin.models import Publication, Reply
from feedback_plugin.privacy import public_feedback
from feedback_plugin.public.pages import FeedbackIndexPage
from home.models import AccessibilityStatementPage
from tests.factories import locale, make_feedback

pytestmark = pytest.mark.django_db

# Each page's queries with the demo data, the ones no site-wide value carries: the version stamp, the page,
# Wagtail's two for its view restrictions, and what the page lists (the list page: the capped count, the items,
# their replies and their photos). Wagtail's Site, its sites' root paths, the locales, the menus and the names of
# categories and units are site-wide values. The bound for any public page is 8.
PAGES = {
    "/fi/": 4,
    "/en/accessibility-statement/": 4,
    "/fi/saavutettavuusseloste/": 4,
    "/fi/anna-palautetta/": 6,
    "/en/give-feedback/": 6,
    "/fi/palautteet/": 8,
    "/en/feedback-list/": 8,
    # A box, as the map's "list these" sends it: its estimate of the items inside (map_cells.items_in_box) is kept
    # for the public data version, so only the first request for a box and version pays a ninth query.
    "/fi/palautteet/?bbox=27.6,62.85,27.75,62.93": 8,
}
# The FAQ and bulletin plugins are optional: their pages are there only with them.
if apps.is_installed("faq_plugin"):
    PAGES["/fi/usein-kysyttya/"] = 5
if apps.is_installed("bulletin_plugin"):
    PAGES["/en/bulletins/"] = 6
DETAIL_PAGE = 7


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def add_items(count):
    category = public_feedback().first().category
    for _number in range(count):
        services.add_reply(make_feedback(category), "Kiitos, korjaamme.")


@pytest.mark.parametrize("url", PAGES)
def test_public_page_costs_the_same_queries_for_forty_more_items(client, demo_content, url):
    add_items(40)
    assert query_count(client, url) <= PAGES[url]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_feedback_detail_page_costs_a_fixed_number_of_queries(client, demo_content, language):
    """An item the city has answered, its replies' units named in the page's language."""
    item = public_feedback().filter(pk__in=Reply.objects.values("feedback_id")).first()
    with translation.override(language):
        url = FeedbackIndexPage.public_detail_url(item.reference)
    few = query_count(client, url)
    add_items(40)
    assert query_count(client, url) == few <= DETAIL_PAGE


def test_renamed_statement_shows_in_the_footer_on_the_next_request(client, demo_content):
    assert client.get("/fi/").status_code == 200
    statement = AccessibilityStatementPage.objects.get(locale__language_code="fi")
    statement.slug = "seloste"
    statement.save_revision().publish()
    assert 'href="/fi/seloste/"' in client.get("/fi/").text


def test_list_past_the_count_cap_says_more_than_the_cap(client, demo_content, monkeypatch):
    monkeypatch.setattr(CappedPaginator, "COUNT_CAP", 3)
    html = client.get("/en/feedback-list/").text
    assert "More than 3 items" in html
    assert "Page 1 of" not in html


def test_item_hidden_by_a_moderator_leaves_the_list_and_its_page_at_once(client, demo_content):
    item = public_feedback().order_by("-received_at").first()
    detail = FeedbackIndexPage.public_detail_url(item.reference)
    assert item.reference in client.get("/fi/palautteet/").text
    assert client.get(detail).status_code == 200
    services.set_publication(item, Publication.HIDDEN)
    assert item.reference not in client.get("/fi/palautteet/").text
    assert client.get(detail).status_code == 404


def test_renamed_unit_shows_in_the_replies_on_the_next_request(client, demo_content):
    reply = Reply.objects.filter(feedback__in=public_feedback(), unit__isnull=False).first()
    with translation.override("en"):
        url = FeedbackIndexPage.public_detail_url(reply.feedback.reference)
    unit = reply.unit.get_translation(locale("en"))
    assert unit.name in client.get(url).text
    unit.name = "Streets and parks"
    unit.save()
    assert "Streets and parks" in client.get(url).text
