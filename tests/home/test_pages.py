import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_root_redirects_to_finnish_by_default(client, site_pages):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fi/"


def test_root_redirects_to_the_visitors_language(client, site_pages):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.8"})
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    ("path", "lang", "text"),
    [("/fi/", "fi", "Anna palautetta kaupungille"), ("/en/", "en", "Give feedback to the city")],
)
def test_home_page_renders_in_each_language(client, site_pages, path, lang, text):
    response = client.get(path)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in html
    assert text in html


def test_every_page_names_its_language_versions_with_hreflang(client, site_pages):
    html = client.get("/en/").content.decode()
    assert '<link rel="alternate" hreflang="fi" href="http://testserver/fi/">' in html
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/">' in html
    assert '<a href="/fi/" hreflang="fi" lang="fi">Suomi</a>' in html


def test_language_switcher_points_to_the_translated_page(client, demo_content):
    html = client.get("/fi/saavutettavuusseloste/").content.decode()
    assert '<a href="/en/accessibility-statement/" hreflang="en" lang="en">English</a>' in html


def test_footer_shows_contact_details_in_the_active_language(client, demo_content):
    assert "Kaupungin asiakaspalvelu" in client.get("/fi/").content.decode()
    assert "City customer service" in client.get("/en/").content.decode()


def test_footer_links_the_accessibility_statement(client, demo_content):
    assert 'href="/en/accessibility-statement/"' in client.get("/en/").content.decode()


@pytest.mark.parametrize(
    ("path", "text"), [("/fi/ei-ole/", "Sivua ei löytynyt"), ("/en/no-such-page/", "Page not found")]
)
def test_not_found_page_speaks_the_visitors_language(client, site_pages, path, text):
    response = client.get(path)
    assert response.status_code == 404
    assert text in response.content.decode()


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
@pytest.mark.parametrize(("path", "text"), [("/fi/", "Jokin meni vikaan"), ("/en/", "Something went wrong")])
def test_server_error_page_speaks_the_visitors_language(client, site_pages, monkeypatch, path, text):
    from home.models import HomePage

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", explode)
    client.raise_request_exception = False
    response = client.get(path)
    assert response.status_code == 500
    assert text in response.content.decode()


def test_demo_data_loads_twice_without_duplicates(demo_content):
    from django.core.management import call_command

    from home.models import AccessibilityStatementPage, ContactDetails, HomePage

    call_command("load_demo_data", stdout=__import__("io").StringIO())
    assert HomePage.objects.count() == 2
    assert AccessibilityStatementPage.objects.count() == 2
    assert ContactDetails.objects.count() == 2


def test_a_language_neutral_404_stays_a_404(client, site_pages):
    response = client.get("/feedback/photos/999999/")
    assert response.status_code == 404


def test_an_unknown_page_path_is_sent_to_the_visitors_language(client, site_pages):
    response = client.get("/no-such-page/")
    assert (response.status_code, response["Location"]) == (302, "/fi/no-such-page/")
