"""Wagtail's pages API v2 serves the pages of both languages, chosen with ?locale=."""

import pytest
from django.apps import apps
from wagtail.rich_text import RichText

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("locale", "title"), [("fi", "Etusivu"), ("en", "Home")])
def test_pages_of_one_locale(client, site_pages, locale, title):
    response = client.get(f"/api/v2/pages/?locale={locale}&type=home.HomePage")
    assert response.status_code == 200
    [page] = response.json()["items"]
    assert page["meta"]["locale"] == locale
    assert page["title"] == title
    assert page["meta"]["html_url"].endswith(f"/{locale}/")


def test_page_detail_shows_the_translation_key_shared_by_both_languages(client, site_pages):
    fi, en = (client.get(f"/api/v2/pages/{site_pages[code].pk}/").json() for code in ("fi", "en"))
    assert fi["meta"]["locale"] == "fi" and en["meta"]["locale"] == "en"
    assert site_pages["fi"].translation_key == site_pages["en"].translation_key


def test_unknown_page_is_a_json_404_not_a_redirect(client, site_pages):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert "message" in response.json()


CONTENT_FIELDS = {
    "home.HomePage": {"hero_title", "hero_text", "body"},
    "home.AccessibilityStatementPage": {
        "conformance",
        "intro",
        "non_accessible_content",
        "feedback_and_contact",
        "enforcement",
        "prepared_on",
        "reviewed_on",
    },
    "feedback_plugin.FeedbackFormPage": {"intro", "thank_you_text"},
    "feedback_plugin.FeedbackIndexPage": {"intro"},
    "faq_plugin.FAQIndexPage": {"intro"},
    "bulletin_plugin.BulletinIndexPage": {"intro"},
}


def test_every_page_type_serves_its_content_in_both_languages(client, demo_content):
    """A headless front end renders each page from the API alone: every page type, in fi and en."""
    served = {}
    for locale in ("fi", "en"):
        for item in client.get(f"/api/v2/pages/?locale={locale}").json()["items"]:
            page = client.get(item["meta"]["detail_url"]).json()
            served[locale, page["meta"]["type"]] = page
    # The FAQ and bulletin plugins are optional: their page types are expected where they are installed.
    installed = {name: fields for name, fields in CONTENT_FIELDS.items() if apps.is_installed(name.split(".")[0])}
    for locale in ("fi", "en"):
        for page_type, fields in installed.items():
            page = served[locale, page_type]
            assert page["meta"]["locale"] == locale
            assert fields <= set(page), (locale, page_type, fields - set(page))
    assert served["fi", "home.HomePage"]["hero_title"] == "Anna palautetta kaupungille"
    assert served["en", "home.HomePage"]["hero_title"] == "Give feedback to the city"
    assert served["en", "feedback_plugin.FeedbackIndexPage"]["intro"].startswith("<p>")


def test_rich_text_is_served_as_display_html_with_links_resolved(client, site_pages):
    home = site_pages["en"]
    link = f'<p>See the <a linktype="page" id="{site_pages["fi"].pk}">Finnish site</a>.</p>'
    home.body = [("heading", "Welcome"), ("paragraph", RichText(link))]
    home.save_revision().publish()
    page = client.get(f"/api/v2/pages/{home.pk}/").json()
    assert [block["type"] for block in page["body"]] == ["heading", "paragraph"]
    assert page["body"][1]["value"] == '<p>See the <a href="/fi/">Finnish site</a>.</p>'
