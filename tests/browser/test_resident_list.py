"""The public feedback list's map in a real browser, in Finnish and English on desktop and phone: every item with
a location is a marker, and a marker tells about the item in the page's language and leads to its page."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.factories import make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LIST = {"fi": "/fi/palautteet/", "en": "/en/feedback-list/"}
# Some hundreds of metres apart around the city centre: separate markers at the map's first zoom.
SPOTS = {
    "Katuvalo pimeänä torilla": ("62.892400", "27.677000"),
    "Kuoppa Kauppakadulla": ("62.896000", "27.670000"),
    "Penkki rikki puistossa": ("62.889000", "27.685000"),
}
CATEGORY = {"fi": "Katuvalaistus", "en": "Street lighting"}
# The item's page writes its location as text for people, in the page's language.
DECIMAL_SEPARATOR = {"fi": ",", "en": "."}


def test_the_list_map_shows_every_item_as_a_marker_that_leads_to_its_page_in_the_same_language(
    language, live_server, feedback_pages, category, device_page
):
    for title, (latitude, longitude) in SPOTS.items():
        make_feedback(category, title=title, latitude=Decimal(latitude), longitude=Decimal(longitude))
    page = device_page
    page.goto(live_server.url + LIST[language])

    markers = page.locator("#feedback-map path.leaflet-interactive")
    expect(markers).to_have_count(len(SPOTS))
    markers.first.click()
    popup = page.locator("#feedback-map .leaflet-popup-content")
    expect(popup).to_contain_text(CATEGORY[language])
    link = popup.get_by_role("link")
    title = link.inner_text()
    assert title in SPOTS
    # Enter on the focused link, as a keyboard user follows it: on a phone Leaflet may still be panning the
    # map to fit the popup, and a pointer click then lands on the map instead.
    link.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.locator("html")).to_have_attribute("lang", language)
    latitude = f"{float(SPOTS[title][0]):.5f}".replace(".", DECIMAL_SEPARATOR[language])
    expect(page.locator("dl.facts")).to_contain_text(latitude)
