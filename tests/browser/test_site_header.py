"""The site header on a phone: one row at most 64 px high on every page, with a menu button that opens the sections
and the languages; on a wide screen the same links are a row. Without JavaScript the menu works the same way."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {
    "fi": ("/fi/", "/fi/anna-palautetta/", "/fi/palautteet/"),
    "en": ("/en/", "/en/give-feedback/", "/en/feedback-list/"),
}
TEXT = {
    "fi": {"menu": "Valikko", "main": "Päävalikko", "language": "Kieli", "sections": ["Anna palautetta", "Palautteet"]},
    "en": {
        "menu": "Menu",
        "main": "Main",
        "language": "Language",
        "sections": ["Give feedback", "Feedback from residents"],
    },
}
MAX_PHONE_HEADER_PX = 64


@pytest.fixture
def phone(new_context, playwright):
    def open_page(**options):
        return new_context(**playwright.devices["Pixel 7"], **options).new_page()

    return open_page


def header_height(page):
    return page.locator(".site-header").bounding_box()["height"]


def assert_menu_opens_with_sections_and_languages(page, text, other_language):
    main_nav = page.get_by_role("navigation", name=text["main"])
    languages = page.get_by_role("navigation", name=text["language"])
    menu = page.locator("details.site-menu")
    expect(main_nav).to_be_hidden()
    page.get_by_text(text["menu"], exact=True).click()
    expect(menu).to_have_attribute("open", "")
    for section in text["sections"]:
        expect(main_nav.get_by_role("link", name=section, exact=True)).to_be_visible()
    expect(languages.get_by_role("link", name=other_language)).to_be_visible()


def test_the_phone_header_is_one_short_row_and_its_menu_shows_sections_and_languages(
    language, live_server, feedback_pages, category, phone
):
    text = TEXT[language]
    page = phone()
    heights = {}
    for path in PAGES[language]:
        page.goto(live_server.url + path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        heights[path] = header_height(page)
    print(f"\nphone header heights (px): {heights}")
    assert all(height <= MAX_PHONE_HEADER_PX for height in heights.values()), heights

    assert_menu_opens_with_sections_and_languages(page, text, "English" if language == "fi" else "Suomi")
    # The open menu lies over the page: the header itself keeps its height.
    assert header_height(page) <= MAX_PHONE_HEADER_PX


def test_the_menu_works_without_javascript(live_server, feedback_pages, category, phone):
    page = phone(java_script_enabled=False)
    page.goto(live_server.url + "/fi/")
    assert_menu_opens_with_sections_and_languages(page, TEXT["fi"], "English")
    page.get_by_role("navigation", name="Kieli").get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def test_the_menu_opens_from_the_keyboard_with_a_visible_focus(live_server, feedback_pages, category, phone):
    page = phone()
    page.goto(live_server.url + "/en/")
    button = page.locator(".site-menu__button")
    for _ in range(5):
        if button.evaluate("element => element === document.activeElement"):
            break
        page.keyboard.press("Tab")
    expect(button).to_be_focused()
    assert button.evaluate("element => getComputedStyle(element).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    expect(page.get_by_role("navigation", name="Main").get_by_role("link", name="Give feedback")).to_be_visible()


def test_on_a_wide_screen_the_sections_and_languages_are_a_row_without_a_menu_button(
    live_server, feedback_pages, category, new_context
):
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    page.goto(live_server.url + "/fi/")
    expect(page.locator(".site-menu__button")).to_be_hidden()
    sections = page.get_by_role("navigation", name="Päävalikko").get_by_role("link")
    expect(sections.first).to_be_visible()
    language = page.get_by_role("navigation", name="Kieli").get_by_role("link", name="English")
    expect(language).to_be_visible()
    brand = page.locator(".site-header__brand").bounding_box()
    assert abs(language.bounding_box()["y"] - brand["y"]) < brand["height"], "the links share the brand's row"
