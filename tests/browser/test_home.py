import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.site_menu import open_site_menu

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "home-phone.png"


@pytest.mark.parametrize(
    ("language", "other", "heading", "other_heading"),
    [
        ("fi", "en", "Anna palautetta kaupungille", "Give feedback to the city"),
        ("en", "fi", "Give feedback to the city", "Anna palautetta kaupungille"),
    ],
)
def test_home_page_switches_language_and_has_no_wcag_violations(
    live_server, demo_content, device_page, assert_accessible, language, other, heading, other_heading
):
    page = device_page
    page.goto(f"{live_server.url}/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    assert_accessible(page)

    open_site_menu(page)
    page.get_by_role("navigation", name="Kieli" if language == "fi" else "Language").locator(
        f'a[hreflang="{other}"]'
    ).click()

    expect(page).to_have_url(f"{live_server.url}/{other}/")
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.get_by_role("heading", level=1)).to_have_text(other_heading)
    assert_accessible(page)


def test_skip_link_moves_focus_to_main_content(live_server, demo_content, device_page):
    page = device_page
    page.goto(f"{live_server.url}/fi/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Siirry pääsisältöön")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_visible()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()


def test_accessibility_statement_has_no_wcag_violations(live_server, demo_content, device_page, assert_accessible):
    page = device_page
    page.goto(f"{live_server.url}/en/")
    page.get_by_role("link", name="Accessibility statement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Accessibility statement")
    assert_accessible(page)


def test_phone_screenshot_of_the_home_page(live_server, demo_content, new_context, playwright, tmp_path):
    context = new_context(**playwright.devices["Pixel 7"])
    page = context.new_page()
    page.goto(f"{live_server.url}/fi/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # The README's screenshot is refreshed with UPDATE_SCREENSHOTS=1; otherwise it is written to tmp.
    target = SCREENSHOT if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path / "home-phone.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(target), full_page=True)
    context.close()
    assert target.stat().st_size > 10_000
