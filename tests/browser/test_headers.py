"""The headers at work in a real browser: the public site refuses a script it did not ship, geolocation works only
on the feedback form, and the admin's map runs under the admin's policy. Every browser test also fails on any
Content-Security-Policy violation (tests/browser/conftest.py)."""

import pytest
from django.urls import reverse
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

from tests.browser.admin_sign_in import log_in
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ASK_FOR_LOCATION = """() => new Promise((resolve) => navigator.geolocation.getCurrentPosition(
    () => resolve("allowed"), (error) => resolve(error.code === error.PERMISSION_DENIED ? "denied" : "failed")))"""


def test_an_injected_inline_script_is_refused_and_a_browser_test_notices(
    live_server, site_pages, page, header_violations
):
    page.goto(f"{live_server.url}/fi/")
    with pytest.raises(PlaywrightError, match="Content Security Policy"):
        page.add_script_tag(content="document.documentElement.dataset.injected = 'yes';")
    expect(page.locator("html")).not_to_have_attribute("data-injected", "yes")
    assert len(header_violations) == 1 and "script-src" in header_violations[0]
    header_violations.clear()  # the violation this test is about; any other still fails it


def test_geolocation_is_refused_on_every_page_but_the_feedback_form(
    live_server, site_pages, feedback_pages, new_context, header_violations
):
    context = new_context(geolocation={"latitude": 62.8924, "longitude": 27.677}, permissions=["geolocation"])
    page = context.new_page()
    page.goto(f"{live_server.url}/en/give-feedback/")
    assert page.evaluate(ASK_FOR_LOCATION) == "allowed"
    page.goto(f"{live_server.url}/en/feedback-list/")
    assert page.evaluate(ASK_FOR_LOCATION) == "denied"
    context.close()
    assert all("geolocation" in text.lower() for text in header_violations)
    header_violations.clear()  # the refusal this test is about, if Chromium reports it


def test_staff_mark_a_location_on_the_admin_map_under_the_admin_policy(live_server, site_pages, new_context):
    UserFactory(username="kirjaaja", is_superuser=True)
    context = new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    tiles = []
    context.route("**.tile.openstreetmap.org/**", lambda route: (tiles.append(route.request.url), route.abort()))
    page = context.new_page()
    log_in(page, live_server, "kirjaaja")

    page.goto(live_server.url + reverse("feedback_inbox:add"))
    map_box = page.locator(".leaflet-container")
    expect(map_box).to_be_visible()
    expect(map_box.locator(".leaflet-marker-icon")).to_be_visible()
    page.locator("#id_location_latlng").fill("62.9,27.68")
    expect(page.locator("input[name=location]")).to_have_value("SRID=4326;POINT(27.68 62.9)")
    # Requested, so the policy let the tile server through: a refused image never reaches the network.
    assert tiles
