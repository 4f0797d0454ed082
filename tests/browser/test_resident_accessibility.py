"""Acceptance 5: no WCAG 2.1 A/AA violations on the resident's pages, in Finnish and English, at 1280 px and
on a phone."""

import pytest
from playwright.sync_api import expect

from feedback_plugin import services
from tests.factories import image_bytes, make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


PAGES = {"fi": ("/fi/anna-palautetta/", "/fi/palautteet/"), "en": ("/en/give-feedback/", "/en/feedback-list/")}


def test_the_resident_pages_have_no_wcag_violations(
    language,
    live_server,
    feedback_pages,
    category,
    device_page,
    assert_accessible,
):
    from feedback_plugin.photos import clean_photo
    from tests.factories import upload

    feedback = make_feedback(
        category, title="Lamp out", contact_email="resident@example.fi", photos=[clean_photo(upload(image_bytes()))]
    )
    services.add_reply(feedback, "We will fix it.")
    page = device_page
    form, index = PAGES[language]
    checked = [
        form,
        f"{form}thanks/{feedback.tracking_token}/",
        f"/{language}{feedback.get_tracking_url()[3:]}",
        index,
        # The list narrowed by a filter, with its feed subscription links narrowed the same way.
        f"{index}?category={category.code}",
        f"{index}{feedback.reference}/",
    ]
    for path in checked:
        page.goto(live_server.url + path)
        expect(page.locator("html")).to_have_attribute("lang", language)
        if path.partition("?")[0] == index:
            expect(page.locator(".feed-links a")).to_have_count(4)
            # axe checks the map as a resident sees it: drawn, with the item's marker on it.
            expect(page.locator("#feedback-map .leaflet-interactive")).to_have_count(1)
        assert_accessible(page)
    # The form with server-side errors next to the fields.
    page.goto(live_server.url + form)
    page.evaluate("document.getElementById('feedback-form').noValidate = true")
    page.locator("form#feedback-form button[type=submit]").click()
    expect(page.locator("#form-errors")).to_be_visible()
    assert_accessible(page)
