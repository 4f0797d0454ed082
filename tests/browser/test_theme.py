"""A city's own theme in a real browser: a dark green look with a logo passes axe (colour contrast included) on the
home, form and list pages in both languages, on desktop and phone; the manifest the page links is fetched and
parsed by Chromium without errors (acceptance 3; the service worker's part is tested where it is registered)."""

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from tests.home.theme import GREEN_NAMES, green_theme

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {
    "fi": ["/fi/", "/fi/anna-palautetta/", "/fi/palautteet/"],
    "en": ["/en/", "/en/give-feedback/", "/en/feedback-list/"],
}
GREEN = "rgb(11, 93, 30)"


def serve_media(route):
    """Uploaded images as the media server gives them: the live server serves static files only."""
    path = route.request.url.split(settings.MEDIA_URL, 1)[1]
    with default_storage.open(path) as file:
        route.fulfill(body=file.read(), content_type="image/png")


def test_a_green_theme_with_a_logo_has_no_wcag_violations(
    language, live_server, feedback_pages, category, device_page, assert_accessible
):
    green_theme()
    page = device_page
    page.route(f"**{settings.MEDIA_URL}**", serve_media)
    for path in PAGES[language]:
        page.goto(live_server.url + path)
        brand = page.locator("a.site-header__brand")
        # The logo sits beside the name in one link: the link is named once, by the name.
        expect(brand).to_have_accessible_name(GREEN_NAMES[language][0])
        logo = brand.locator("img.site-header__logo")
        expect(logo).to_be_visible()
        assert logo.evaluate("image => image.complete && image.naturalHeight") == 80
        expect(page.locator(".site-header")).to_have_css("background-color", GREEN)
        assert_accessible(page)


def test_chromium_fetches_and_parses_the_linked_manifest_without_errors(live_server, site_pages, new_context):
    green_theme(with_logo=False)
    context = new_context()
    page = context.new_page()
    console_errors = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    with page.expect_response(lambda response: response.url.endswith("/manifest.webmanifest")) as manifest:
        page.goto(f"{live_server.url}/fi/")
        # What Lighthouse asks: Chromium fetches the page's manifest and reports what it could not parse.
        parsed = context.new_cdp_session(page).send("Page.getAppManifest")
    assert manifest.value.status == 200
    assert parsed["url"] == f"{live_server.url}/manifest.webmanifest"
    assert parsed["errors"] == []
    for icon in page.evaluate("fetch('/manifest.webmanifest').then(response => response.json())")["icons"]:
        assert page.request.get(live_server.url + icon["src"]).headers["content-type"] == "image/png"
    assert console_errors == []
