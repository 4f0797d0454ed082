"""/sitemap.xml lists the pages of both languages, each with hreflang alternates for its language versions."""

from xml.etree import ElementTree

import pytest
from wagtail.models import Site

from home.demo.site import ensure_accessibility_statement

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)  # noqa: S314 (our own server's answer in a test)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.attrib["hreflang"]: link.attrib["href"]
            for link in url.findall("xhtml:link", NS)
            if link.attrib["rel"] == "alternate"
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, site_pages):
    ensure_accessibility_statement(site_pages)
    Site.objects.filter(is_default_site=True).update(hostname="palaute.example.fi", port=443)
    base = "https://palaute.example.fi"
    home = {"fi": f"{base}/fi/", "en": f"{base}/en/"}
    statement = {"fi": f"{base}/fi/saavutettavuusseloste/", "en": f"{base}/en/accessibility-statement/"}
    assert sitemap_entries(client) == {
        home["fi"]: home,
        home["en"]: home,
        statement["fi"]: statement,
        statement["en"]: statement,
    }


def test_a_page_not_yet_translated_is_listed_with_its_own_language_only(client, site_pages):
    english_home = site_pages["en"]
    english_home.refresh_from_db()
    english_home.unpublish()
    entries = sitemap_entries(client)
    assert [url for url in entries if "/en/" in url] == []
    [finnish_home] = [url for url in entries if url.endswith("/fi/")]
    assert entries[finnish_home] == {"fi": finnish_home}
