"""The tracking page's "withdraw my contact details" as a resident's browser sends it: a real form POST, with the
Origin header Chromium derives from the page's referrer policy, through Django's CSRF check."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import expect

from tests.factories import make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_resident_withdraws_their_contact_details_from_the_tracking_page(
    language, live_server, feedback_pages, category, device_page, assert_accessible
):
    feedback = make_feedback(category, title="Lamp out", contact_email="resident@example.fi", language=language)
    with translation.override(language):
        withdraw, confirm = gettext("Withdraw my contact details"), gettext("Yes, erase my contact details")
    page = device_page
    page.goto(f"{live_server.url}/{language}{feedback.get_tracking_url()[3:]}")
    page.get_by_role("button", name=withdraw).click()
    page.get_by_role("button", name=confirm).click()
    # Under "Referrer-Policy: no-referrer" Chromium sent "Origin: null" here and the answer was CSRF's 403.
    expect(page.get_by_role("heading", level=1)).not_to_have_text("403 Forbidden")
    expect(page.get_by_role("button", name=withdraw)).to_have_count(0)
    assert_accessible(page)
    feedback.refresh_from_db()
    assert feedback.contact_email == ""
