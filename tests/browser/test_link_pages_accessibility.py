"""The pages a resident meets when a link from a mail no longer works, and the offline page: each says what
happened in the resident's language, with the right status, and axe finds no WCAG 2.1 A/AA violations, in Finnish
and English, on desktop and phone."""

import datetime

import pytest
import time_machine
from django.utils import timezone
from playwright.sync_api import expect

from feedback_plugin import my_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_the_broken_link_pages_and_the_offline_page_are_accessible(
    language, live_server, feedback_pages, device_page, assert_accessible
):
    with time_machine.travel(timezone.now() - datetime.timedelta(days=2)):
        expired = my_feedback.make_token("resident@example.fi")
    pages = {
        f"/{language}/feedback/offline/": 200,
        f"/{language}/feedback/mine/{expired}/": 410,
        f"/{language}/feedback/mine/not-a-token/": 400,
        f"/{language}/feedback/follow/confirm/not-a-token/": 400,
        f"/{language}/feedback/follow/unsubscribe/not-a-token/": 400,
    }
    page = device_page
    for path, status in pages.items():
        response = page.goto(live_server.url + path)
        assert response.status == status, path
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        assert_accessible(page)
