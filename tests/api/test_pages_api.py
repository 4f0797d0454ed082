"""Wagtail's pages API v2 serves the pages of both languages, chosen with ?locale=."""

import pytest

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
