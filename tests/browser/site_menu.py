"""The header's menu as a resident uses it."""

from playwright.sync_api import expect


def open_site_menu(page):
    """On a phone the sections and languages are behind the header's menu button; on a wide screen they show as a
    row and there is no button to press."""
    button = page.locator(".site-menu__button")
    if button.is_visible():
        button.click()
        expect(page.locator("details.site-menu")).to_have_attribute("open", "")
