"""Public pages cost a fixed number of queries, whatever the number of items, and site-wide parts cached for
them show an editor's change on the next request."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from feedback_plugin import services
from feedback_plugin.filters import CappedPaginator
from feedback_plugin.models import Publication
from feedback_plugin.privacy import public_feedback
from feedback_plugin.public.pages import FeedbackIndexPage
from home.models import AccessibilityStatementPage
from tests.factories import make_feedback

pytestmark = pytest.mark.django_db

# Each page's queries with the demo data, the ones no site-wide value carries: the version stamp, Wagtail's site
# root paths and site, the page, Wagtail's two for its view restrictions, and what the page lists.
PAGES = {
    "/fi/": 5,
    "/en/accessibility-statement/": 5,
    "/fi/saavutettavuusseloste/": 5,
    "/fi/anna-palautetta/": 7,
    "/en/give-feedback/": 7,
    "/fi/palautteet/": 11,
    "/en/feedback-list/": 11,
}
# The FAQ and bulletin plugins are optional: their pages are there only with them.
if apps.is_installed("faq_plugin"):
    PAGES["/fi/usein-kysyttya/"] = 7
if apps.is_installed("bulletin_plugin"):
    PAGES["/en/bulletins/"] = 8


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
    item = public_feedback().first()
    with translation.override(language):
        url = FeedbackIndexPage.public_detail_url(item.reference)
    few = query_count(client, url)
    add_items(40)
    assert query_count(client, url) == few


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
