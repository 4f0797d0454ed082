"""The compact layout meets WCAG 2.1 A/AA by axe: the home page and the form in its five steps, with the menu closed
and open, with the topic filter in use and a photo chosen, in Finnish and English, at 1280 px and on a phone."""

import pytest
from playwright.sync_api import expect

from tests.browser.site_menu import open_site_menu
from tests.factories import jpeg_with_gps

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {"fi": ("/fi/", "/fi/anna-palautetta/"), "en": ("/en/", "/en/give-feedback/")}


def test_the_home_page_and_the_form_steps_have_no_wcag_violations_with_the_menu_closed_and_open(
    language, live_server, feedback_pages, category, device_page, assert_accessible, tmp_path
):
    page = device_page
    home, form = PAGES[language]
    for path in (home, form):
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)
        open_site_menu(page)
        assert_accessible(page)

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg_with_gps(size=(320, 240)))
    page.goto(live_server.url + form)
    expect(page.get_by_role("heading", level=2)).to_have_count(5)
    page.locator("#category-filter").fill("zzzz")
    expect(page.locator("#category-filter-status")).not_to_be_empty()
    assert_accessible(page)
    page.locator("#category-filter").fill("")
    page.locator("#id_photos").set_input_files(str(photo))
    expect(page.locator("#photo-previews img")).to_have_count(1)
    assert_accessible(page)
