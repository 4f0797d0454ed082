"""RSS and Atom feeds of new public feedback and of the city's replies: strict XML, the list's filters, clear 400s,
the privacy gate, a constant number of queries and short public caching."""

from xml.etree import ElementTree

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback_plugin import services
from feedback_plugin.models import Publication
from feedback_plugin.public.feeds import FEED_LENGTH
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
GEORSS = "{http://www.georss.org/georss}"
FEEDS = {"fi": "/fi/palautteet/feed/", "en": "/en/feedback-list/feed/"}
VARIANTS = [f"{content}/{syntax}/" for content in ("new", "replies") for syntax in ("rss", "atom")]


def parsed(client, url):
    """The feed at ``url``, checked by feedparser (strict: not bozo) and by xml.etree; feedparser's result."""
    response = client.get(url)
    assert response.status_code == 200, response.content
    ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    return feed


def references(client, url):
    return [entry.link.rstrip("/").rsplit("/", 1)[1] for entry in parsed(client, url).entries]


@pytest.fixture
def lamp(feedback_pages, category):
    feedback = make_feedback(category, title="Lamppu rikki", description="Katuvalo ei pala.", address="Kauppakatu 1")
    services.add_reply(feedback, "Vaihdamme lampun tällä viikolla.")
    return feedback


def test_the_rss_feed_of_new_feedback_links_each_item_to_its_public_page_in_finnish(client, lamp):
    response = client.get(f"{FEEDS['fi']}new/rss/")
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    channel = ElementTree.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    assert channel.findtext("language") == "fi"
    assert channel.findtext("title") == "Palautteet: uusi palaute"
    item = channel.find("item")
    page = f"http://testserver/fi/palautteet/{lamp.reference}/"
    assert item.findtext("title") == "Lamppu rikki"
    assert item.findtext("link") == page
    assert item.findtext("guid") == page
    assert item.findtext("description") == "Katuvalo ei pala."
    assert [category.text for category in item.iter("category")] == ["Katuvalaistus", "Palaute"]
    assert item.findtext(f"{GEORSS}point") == "62.892400 27.677000"
    entry = parsed(client, f"{FEEDS['fi']}new/rss/").entries[0]
    assert entry.published_parsed[:3] == lamp.received_at.utctimetuple()[:3]


def test_the_atom_feed_of_replies_has_one_entry_per_reply_with_a_stable_id_in_english(client, lamp):
    services.add_reply(lamp, "The lamp was replaced.")
    feed = parsed(client, f"{FEEDS['en']}replies/atom/")
    assert feed.feed.language == "en"
    assert feed.feed.title == "Feedback from residents: the city's replies"
    assert [entry.summary for entry in feed.entries] == ["The lamp was replaced.", "Vaihdamme lampun tällä viikolla."]
    newest = feed.entries[0]
    assert newest.title == "Reply: Lamppu rikki"
    assert newest.link == f"http://testserver/en/feedback-list/{lamp.reference}/"
    assert newest.id.startswith(f"{newest.link}#reply-")
    assert newest.tags[0].term == "Street lighting"
    assert newest.where.coordinates == (27.677, 62.8924)
    assert [entry.id for entry in parsed(client, f"{FEEDS['en']}replies/atom/").entries] == [
        entry.id for entry in feed.entries
    ]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("language", ["fi", "en"])
def test_every_feed_variant_is_well_formed_with_dates_on_every_item(client, lamp, language, variant):
    feed = parsed(client, FEEDS[language] + variant)
    assert len(feed.entries) == 1
    entry = feed.entries[0]
    assert entry.link.startswith("http://testserver/") and entry.id
    assert entry.published_parsed
    # Atom has a last-changed date of its own; RSS 2.0 has none.
    assert ("updated" in entry) == variant.endswith("atom/")


def test_an_item_without_a_location_has_no_point(client, feedback_pages, category):
    make_feedback(category, latitude=None, longitude=None, address="Kauppakatu 1")
    response = client.get(f"{FEEDS['en']}new/atom/")
    entry = ElementTree.fromstring(response.content).find(f"{ATOM}entry")  # noqa: S314 - our own feed
    assert entry is not None and entry.find(f"{GEORSS}point") is None


def test_feeds_narrow_by_category_service_area_and_box(client, feedback_pages, category):
    lamp = make_feedback(category, title="Lamp")
    parks = CategoryFactory(code="parks", name="Puistot")
    translate_category(parks, "en", name="Parks")
    bench = make_feedback(parks, title="Bench", latitude="60.170000", longitude="24.940000")
    for feedback in (lamp, bench):
        services.add_reply(feedback, "Thanks")
    for content in ("new", "replies"):
        url = f"{FEEDS['en']}{content}/rss/"
        assert references(client, f"{url}?category=parks") == [bench.reference]
        assert references(client, f"{url}?service_area={category.service_area.pk}") == [lamp.reference]
        assert references(client, f"{url}?bbox=27.6,62.8,27.7,62.9") == [lamp.reference]
        assert references(client, f"{url}?bbox=25,60,25.1,60.1") == []
        assert sorted(references(client, url)) == sorted([lamp.reference, bench.reference])
    assert (
        parsed(client, f"{FEEDS['en']}new/rss/?category=parks").feed.title
        == "Feedback from residents: new feedback – Parks"
    )


def test_a_feed_lists_only_the_newest_items(client, feedback_pages, category):
    for number in range(FEED_LENGTH + 1):
        make_feedback(category, title=f"Item {number}")
    titles = [entry.title for entry in parsed(client, f"{FEEDS['en']}new/rss/").entries]
    assert len(titles) == FEED_LENGTH
    assert titles[0] == f"Item {FEED_LENGTH}" and "Item 0" not in titles


@pytest.mark.parametrize(
    ("language", "query", "message"),
    [
        ("fi", "category=no-such-topic", "category: Tällä koodilla ei ole julkista aihetta."),
        ("en", "category=no-such-topic", "category: There is no public category with this code."),
        ("en", "category=health", "category: There is no public category with this code."),
        ("en", "category=not a code", "category: Enter a valid “slug”"),
        ("fi", "bbox=27,62", "bbox: Anna alue muodossa länsi,etelä,itä,pohjoinen"),
        ("en", "bbox=27,63,28,62", "bbox: Give the area as west,south,east,north"),
        ("en", "service_area=0", "service_area: Ensure this value is greater than or equal to 1."),
        ("fi", "category=street-lighting&category=health", "category: Anna tämä parametri vain kerran."),
        ("en", "bbox=27,62,28,63&bbox=1,2,3,4", "bbox: Give this parameter only once."),
    ],
)
def test_bad_parameters_get_a_400_that_names_them_in_the_page_language(
    client, feedback_pages, category, language, query, message
):
    CategoryFactory(code="health", is_confidential=True)
    for variant in VARIANTS:
        response = client.get(f"{FEEDS[language]}{variant}?{query}")
        assert response.status_code == 400
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert message in response.content.decode()


def test_a_category_not_yet_translated_is_still_a_public_filter(client, feedback_pages):
    untranslated = CategoryFactory(code="snow", name="Lumityöt")
    feedback = make_feedback(untranslated)
    assert references(client, f"{FEEDS['en']}new/atom/?category=snow") == [feedback.reference]


def test_an_item_a_moderator_hides_leaves_every_feed_at_once(client, lamp):
    for variant in VARIANTS:
        assert len(parsed(client, FEEDS["en"] + variant).entries) == 1
    services.set_publication(lamp, Publication.HIDDEN)
    for variant in VARIANTS:
        assert parsed(client, FEEDS["en"] + variant).entries == []


def test_a_category_made_confidential_takes_its_items_and_replies_out_of_the_feeds(client, lamp, category):
    category.is_confidential = True
    category.save()
    for variant in VARIANTS:
        assert parsed(client, FEEDS["fi"] + variant).entries == []
        assert client.get(f"{FEEDS['fi']}{variant}?category={category.code}").status_code == 400


def test_the_number_of_queries_does_not_grow_with_the_items(client, feedback_pages, category):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    feedback = make_feedback(category)
    services.add_reply(feedback, "Thanks")
    client.get(f"{FEEDS['en']}new/rss/")  # the site's root paths are cached on the first request
    urls = [f"{FEEDS['en']}{variant}{query}" for variant in VARIANTS for query in ("", "?category=street-lighting")]
    few = {url: queries(url) for url in urls}
    for _number in range(10):
        services.add_reply(make_feedback(category), "Thanks")
    assert {url: queries(url) for url in urls} == few
    # Wagtail's page routing takes 8 of them; the feed adds the public data version (its ETag), its categories,
    # the site's root paths and its items.
    assert max(few.values()) <= 13


def test_feeds_are_cached_publicly_for_a_short_time_and_answer_conditional_requests(client, lamp):
    response = client.get(f"{FEEDS['en']}new/rss/")
    assert response["Cache-Control"] == "public, max-age=60"
    assert response["Last-Modified"]
    again = client.get(f"{FEEDS['en']}new/rss/", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304


def test_the_list_page_advertises_feeds_narrowed_like_the_list(client, lamp, category):
    area = category.service_area.pk
    html = client.get(f"/en/feedback-list/?category=street-lighting&status=open&service_area={area}").content.decode()
    query = f"?category=street-lighting&amp;service_area={area}"
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="New feedback (RSS)" '
        f'href="/en/feedback-list/feed/new/rss/{query}">' in html
    )
    assert f'''title="The city's replies (Atom)" href="/en/feedback-list/feed/replies/atom/{query}"''' in html
    assert f'<a href="/en/feedback-list/feed/replies/rss/{query}" type="application/rss+xml">' in html
    unfiltered = client.get("/fi/palautteet/?bbox=nonsense").content.decode()
    assert '<a href="/fi/palautteet/feed/new/atom/" type="application/atom+xml">Uusi palaute (Atom)</a>' in unfiltered


def test_an_item_page_advertises_the_feeds_of_its_category(client, lamp):
    html = client.get(f"/en/feedback-list/{lamp.reference}/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" title="New feedback: Street lighting (Atom)" '
        'href="/en/feedback-list/feed/new/atom/?category=street-lighting">' in html
    )
