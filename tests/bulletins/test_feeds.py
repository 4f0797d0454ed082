"""RSS and Atom feeds of the active bulletins, one per language."""

from xml.etree import ElementTree

import pytest

from tests.bulletins.factories import BulletinFactory, translate_bulletin

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def ploughing(bulletin_pages):
    bulletin = BulletinFactory(title="Aurausta", body="<p>Pääkadut ensin.</p>")
    return bulletin, translate_bulletin(bulletin, "en", title="Ploughing", body="<p>Main streets first.</p>")


def test_rss_feed_lists_the_active_bulletins_of_its_language(client, ploughing):
    _finnish, english = ploughing
    response = client.get("/en/bulletins/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ElementTree.fromstring(response.content).find("channel")  # noqa: S314 - our own feed
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.iter("item")] == ["Ploughing"]
    item = channel.find("item")
    assert item.findtext("link") == f"http://testserver/en/bulletins/{english.pk}/"
    assert "Main streets first." in item.findtext("description")


def test_atom_feed_in_finnish(client, ploughing):
    finnish, _english = ploughing
    response = client.get("/fi/tiedotteet/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    assert feed.attrib["{http://www.w3.org/XML/1998/namespace}lang"] == "fi"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Aurausta"]
    assert entries[0].find(f"{ATOM}link").attrib["href"] == f"http://testserver/fi/tiedotteet/{finnish.pk}/"


def test_index_page_advertises_both_feeds(client, ploughing):
    html = client.get("/en/bulletins/").content.decode()
    assert 'type="application/rss+xml" title="Bulletins (RSS)" href="/en/bulletins/feed/rss/"' in html
    assert 'type="application/atom+xml" title="Bulletins (Atom)" href="/en/bulletins/feed/atom/"' in html
