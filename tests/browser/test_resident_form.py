"""The resident's form in a real browser: the map picker and geolocation in Finnish and English on desktop and
phone, a photo with GPS EXIF, keyboard only, duplicate hints, accessibility and the transfer budget."""

from decimal import Decimal

import pytest
from django.test import Client
from django.utils.html import format_html
from PIL import Image
from playwright.sync_api import expect
from wagtail import hooks

from feedback_plugin.conf import feedback_setting
from feedback_plugin.models import Feedback
from feedback_plugin.sections import HELP_HOOK
from tests.factories import UserFactory, jpeg_with_gps, make_feedback
from tests.second_factor import verified_login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


POINT = {"latitude": 62.8924, "longitude": 27.677}
FORM = {"fi": "/fi/anna-palautetta/", "en": "/en/give-feedback/"}
TEXT = {
    "fi": {
        "category": "Katuvalaistus",
        "kind": "Ehdotus",
        "locate": "Käytä sijaintiani",
        "map": "Valitse kartalta",
        "picked": "Sijainti valittu kartalta.",
        "send": "Lähetä palaute",
        "thanks": "Kiitos palautteestasi",
        "located": "Sijainti haettiin",
        "failed": "Sijaintiasi ei löytynyt",
        "description": "Palautteesi",
        "address": "Osoite tai paikka",
        "support": "Tämä on minunkin asiani",
        "supported": "Kiitos tuestasi",
        "photos": "Kuvat",
    },
    "en": {
        "category": "Street lighting",
        "kind": "Proposal",
        "locate": "Use my location",
        "map": "Choose on a map",
        "picked": "Location chosen on the map.",
        "send": "Send feedback",
        "thanks": "Thank you for your feedback",
        "located": "Location set from your device",
        "failed": "Your location could not be found",
        "description": "Your feedback",
        "address": "Address or place",
        "support": "This is my issue too",
        "supported": "Thank you for your support",
        "photos": "Photos",
    },
}
BUDGET_BYTES = 150 * 1024
# Resource timing: the page itself and its style sheets and scripts (not tiles, images or fetched JSON).
TRANSFERRED_HTML_CSS_JS = """() => [...performance.getEntriesByType("navigation"),
                                    ...performance.getEntriesByType("resource")]
    .filter(entry => entry.entryType === "navigation" || ["link", "script", "css"].includes(entry.initiatorType))
    .map(entry => [entry.name, entry.transferSize || entry.encodedBodySize])"""


@pytest.fixture(autouse=True)
def _quick_form(settings):
    # A browser fills the form faster than a person; the minimum fill time has its own server-side test.
    settings.FEEDBACK_PLUGIN = {"FORM_MIN_FILL_SECONDS": 0}


@pytest.fixture
def context_options():
    """The device shares its location, which is in the city centre."""
    return {"geolocation": POINT, "permissions": ["geolocation"]}


@pytest.fixture
def phone(new_context, playwright):
    def open_page(permissions=("geolocation",)):
        context = new_context(**playwright.devices["Pixel 7"], geolocation=POINT, permissions=list(permissions))
        context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
        return context.new_page()

    return open_page


def chosen_point(page):
    """The hidden latitude and longitude fields as a script sends them: plain numbers inside the city."""
    latitude, longitude = (float(page.locator(field).input_value()) for field in ("#id_latitude", "#id_longitude"))
    south, west, north, east = feedback_setting("CITY_BOUNDS")
    assert south <= latitude <= north and west <= longitude <= east, (latitude, longitude)
    return latitude, longitude


def open_the_map(page, text):
    page.get_by_role("button", name=text["map"]).click()
    expect(page.locator("#location-map.leaflet-container")).to_be_visible()
    return page.locator("#location-map")


def test_a_resident_reports_with_their_location_and_a_photo(
    language, live_server, feedback_pages, category, device_page, tmp_path
):
    text = TEXT[language]
    photo = tmp_path / "phone-photo.jpg"
    photo.write_bytes(jpeg_with_gps(size=(640, 480)))
    page = device_page
    page.goto(live_server.url + FORM[language])
    page.get_by_label(text["kind"], exact=True).check()
    page.get_by_label(text["category"], exact=True).check()
    page.get_by_label(text["description"]).fill("Puu on kaatunut lenkkipolulle.")
    page.get_by_role("button", name=text["locate"]).click()
    expect(page.locator("#location-status")).to_contain_text(text["located"])
    assert chosen_point(page) == pytest.approx((POINT["latitude"], POINT["longitude"]), abs=1e-6)
    expect(open_the_map(page, text).locator(".leaflet-marker-icon")).to_be_visible()
    page.get_by_label(text["photos"]).set_input_files(str(photo))
    expect(page.locator("#photo-previews img")).to_have_count(1)
    page.get_by_role("button", name=text["send"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(text["thanks"])
    feedback = Feedback.objects.get()
    expect(page.locator("main")).to_contain_text(feedback.reference)
    assert (feedback.kind, feedback.language, feedback.channel) == ("proposal", language, "web")
    assert abs(feedback.latitude - Decimal("62.8924")) < Decimal("0.0001")
    with feedback.photos.get().image.open("rb") as stored, Image.open(stored) as image:
        assert not image.getexif()
        assert image.size == (640, 480)
    admin = Client()
    verified_login(admin, UserFactory(is_superuser=True))
    assert feedback.reference in admin.get("/admin/feedback/").content.decode()


def test_help_for_the_chosen_topic_appears_and_opened_items_are_stored(live_server, feedback_pages, category, phone):
    def help_for(request, chosen, latitude, longitude):
        return format_html(
            '<details data-help-id="faq-7"><summary>{}</summary><p>Lamps are fixed within a week.</p></details>',
            f"How fast are {chosen.name.lower()} faults fixed?",
        )

    with hooks.register_temporarily(HELP_HOOK, help_for):
        page = phone()
        page.goto(live_server.url + FORM["en"])
        page.get_by_label(TEXT["en"]["category"], exact=True).check()
        page.get_by_text("How fast are street lighting faults fixed?").click()
        expect(page.get_by_text("Lamps are fixed within a week.")).to_be_visible()
        page.get_by_label(TEXT["en"]["description"]).fill("The lamp by the school is out.")
        page.get_by_role("button", name=TEXT["en"]["send"]).click()
        expect(page.get_by_role("heading", level=1)).to_have_text(TEXT["en"]["thanks"])
    assert Feedback.objects.get().opened_help == ["faq-7"]


def is_focused(locator):
    return locator.evaluate("element => element === document.activeElement")


def tab_to(page, locator, key="Tab", limit=150):
    """Moves the keyboard focus forward with ``key`` until ``locator`` has it, as a keyboard user does."""
    for _ in range(limit):
        if is_focused(locator):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{locator} never got the keyboard focus")


def test_keyboard_only_with_location_denied_submits_with_the_address(live_server, feedback_pages, category, phone):
    text = TEXT["en"]
    page = phone(permissions=())
    page.goto(live_server.url + FORM["en"])
    # Tab into the category radio group, arrow keys move within it, Space chooses.
    tab_to(page, page.locator('input[name="category"]').first)
    tab_to(page, page.get_by_label(text["category"], exact=True), key="ArrowDown")
    page.keyboard.press("Space")
    expect(page.get_by_label(text["category"], exact=True)).to_be_checked()
    tab_to(page, page.get_by_role("button", name=text["locate"]))
    page.keyboard.press("Enter")
    expect(page.locator("#location-status")).to_contain_text(text["failed"])
    tab_to(page, page.get_by_label(text["address"]))
    page.keyboard.type("Jogging path by Väinölänniemi beach")
    tab_to(page, page.get_by_label(text["description"]))
    page.keyboard.type("A fallen tree blocks the jogging path.")
    tab_to(page, page.get_by_role("button", name=text["send"]))
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text(text["thanks"])
    feedback = Feedback.objects.get()
    assert feedback.address == "Jogging path by Väinölänniemi beach"
    assert feedback.latitude is None


def test_a_duplicate_hint_lets_the_resident_support_the_existing_item(live_server, feedback_pages, category, phone):
    text = TEXT["fi"]
    existing = make_feedback(
        category, title="Katuvalo pimeänä", latitude=Decimal("62.893000"), longitude=Decimal("27.677500")
    )
    page = phone()
    page.goto(live_server.url + FORM["fi"])
    page.get_by_label(text["category"], exact=True).check()
    page.get_by_role("button", name=text["locate"]).click()
    hint = page.locator("#duplicate-hints")
    expect(hint).to_contain_text("Katuvalo pimeänä")
    expect(hint).to_contain_text(existing.reference)
    hint.get_by_role("button", name=text["support"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(text["supported"])
    existing.refresh_from_db()
    assert existing.supporter_count == 1
    assert Feedback.objects.count() == 1


def test_the_form_page_stays_within_the_transfer_budget_on_a_phone(live_server, feedback_pages, category, phone):
    page = phone()
    page.goto(live_server.url + FORM["fi"])
    page.wait_for_load_state("load")
    sizes = page.evaluate(TRANSFERRED_HTML_CSS_JS)
    total = sum(size for _name, size in sizes)
    print(f"\nform page transfer (HTML+CSS+JS): {total / 1024:.1f} KB of {BUDGET_BYTES // 1024} KB: {sizes}")
    assert len(sizes) >= 4
    assert total <= BUDGET_BYTES


def test_the_map_picker_marks_a_spot_in_the_city_even_when_tiles_do_not_load(
    language, live_server, feedback_pages, category, device_page
):
    text = TEXT[language]
    page = device_page
    page.goto(live_server.url + FORM[language])
    map_box = open_the_map(page, text)
    expect(map_box.locator(".leaflet-marker-icon")).to_have_count(0)
    map_box.click(position={"x": 150, "y": 100})
    expect(page.locator("#location-status")).to_have_text(text["picked"])
    chosen_point(page)
    expect(map_box.locator(".leaflet-marker-icon")).to_be_visible()
    with_map = sum(size for _name, size in page.evaluate(TRANSFERRED_HTML_CSS_JS))
    print(f"\nform page with the map opened (Leaflet loaded on demand, uncompressed): {with_map / 1024:.1f} KB")


def test_without_javascript_the_form_submits_with_the_address(live_server, feedback_pages, category, new_context):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + FORM["fi"])
    expect(page.get_by_role("button", name=TEXT["fi"]["locate"])).to_be_hidden()
    page.get_by_label(TEXT["fi"]["category"], exact=True).check()
    page.get_by_label(TEXT["fi"]["address"]).fill("Väinölänniemen lenkkipolku")
    page.get_by_label(TEXT["fi"]["description"]).fill("Kaatunut puu tukkii polun.")
    page.get_by_role("button", name=TEXT["fi"]["send"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TEXT["fi"]["thanks"])
    assert Feedback.objects.get().address == "Väinölänniemen lenkkipolku"
    context.close()
