"""Reporting on a phone as the resident's app: from the home page to the confirmation in a few taps, and a phone
camera's photo made smaller on the device before it is uploaded."""

from decimal import Decimal

import pytest
from PIL import Image
from playwright.sync_api import expect

from feedback_plugin.conf import feedback_setting
from feedback_plugin.models import Feedback
from tests.factories import jpeg_with_gps

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# On the jogging trail by Väinölänniemi, inside the city.
TRAIL = {"latitude": 62.8866, "longitude": 27.6581}
MAX_INTERACTIONS = 12
FILE_INPUT_IMAGE_SIZE = """input => createImageBitmap(input.files[0]).then(bitmap => [bitmap.width, bitmap.height])"""


@pytest.fixture(autouse=True)
def _quick_form(settings):
    # A browser fills the form faster than a person; the minimum fill time has its own server-side test.
    settings.FEEDBACK_PLUGIN = {"FORM_MIN_FILL_SECONDS": 0}


@pytest.fixture
def city_site(site_with_taxonomy):
    """The demo site's pages and all fourteen topics, as a resident meets them."""
    from home.demo.feedback_pages import ensure_feedback_pages

    ensure_feedback_pages(site_with_taxonomy)


@pytest.fixture
def phone_on_the_trail(new_context, playwright):
    context = new_context(**playwright.devices["Pixel 7"], geolocation=TRAIL, permissions=["geolocation"])
    context.route("**/tile.openstreetmap.org/**", lambda route: route.abort())
    return context.new_page()


class Interactions:
    """Counts what the resident does: each tap, each text typed in one go (a fill) and each choice of files."""

    def __init__(self):
        self.count = 0

    def tap(self, locator):
        locator.click()
        self.count += 1

    def type(self, locator, text):
        locator.fill(text)
        self.count += 1

    def choose_files(self, locator, *paths):
        locator.set_input_files([str(path) for path in paths])
        self.count += 1


def test_a_resident_reports_from_the_home_page_in_at_most_twelve_interactions(
    live_server, city_site, phone_on_the_trail, tmp_path
):
    photo = tmp_path / "polku.jpg"
    photo.write_bytes(jpeg_with_gps(size=(1600, 1200)))
    page = phone_on_the_trail
    done = Interactions()
    page.goto(live_server.url + "/fi/")

    done.tap(page.get_by_role("main").get_by_role("link", name="Anna palautetta"))
    done.type(page.get_by_label("Etsi aihetta"), "puu")
    done.tap(page.get_by_label("Puistot ja puut", exact=True))
    done.tap(page.get_by_role("button", name="Käytä sijaintiani"))
    expect(page.locator("#location-status")).to_contain_text("Sijainti haettiin")
    done.choose_files(page.get_by_label("Lisää kuva"), photo)
    expect(page.get_by_role("img", name="Kuvan 1 esikatselu")).to_be_visible()
    done.type(page.get_by_label("Palautteesi"), "Kaatunut puu tukkii lenkkipolun.")
    done.tap(page.get_by_role("button", name="Lähetä palaute"))

    expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos palautteestasi")
    print(f"\ninteractions: {done.count}")
    assert done.count <= MAX_INTERACTIONS
    feedback = Feedback.objects.get()
    expect(page.get_by_role("main")).to_contain_text(feedback.reference)
    assert feedback.category.code == "parks-and-trees"
    assert abs(feedback.latitude - Decimal(str(TRAIL["latitude"]))) < Decimal("0.0001")
    assert abs(feedback.longitude - Decimal(str(TRAIL["longitude"]))) < Decimal("0.0001")
    assert feedback.photos.count() == 1


def noisy_camera_photo(path, size=(4000, 3000)):
    """A 12 MP JPEG of noise: it compresses as badly as a detailed phone photo, so the file is large."""
    channels = [Image.effect_noise(size, 90) for _ in range(3)]
    Image.merge("RGB", channels).save(path, "JPEG", quality=92)
    return path.stat().st_size


def test_a_large_photo_is_made_smaller_on_the_phone_before_it_is_uploaded(
    live_server, city_site, phone_on_the_trail, tmp_path
):
    original = tmp_path / "camera.jpg"
    original_bytes = noisy_camera_photo(original)
    page = phone_on_the_trail
    page.goto(live_server.url + "/en/give-feedback/")
    page.get_by_label("Street lighting", exact=True).check()
    page.get_by_label("Add photo").set_input_files(str(original))
    expect(page.get_by_role("img", name="Preview of photo 1")).to_be_visible()
    send = page.get_by_role("button", name="Send feedback")
    expect(send).to_be_enabled()
    width, height = page.locator("#id_photos").evaluate(FILE_INPUT_IMAGE_SIZE)
    assert max(width, height) <= feedback_setting("MAX_PHOTO_EDGE")
    assert (width, height) == (2048, 1536)
    page.get_by_label("Your feedback").fill("The lamp by the trail is dark.")

    with page.expect_request(lambda request: request.method == "POST") as posted:
        send.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you for your feedback")
    uploaded_bytes = len(posted.value.post_data_buffer)
    print(f"\nphoto of {original_bytes / 1048576:.1f} MB sent in a request of {uploaded_bytes / 1048576:.2f} MB")
    assert uploaded_bytes < original_bytes / 3
    with Feedback.objects.get().photos.get().image.open("rb") as stored, Image.open(stored) as image:
        assert image.size == (2048, 1536)


def test_each_chosen_photo_has_a_preview_and_a_remove_button_and_the_add_button_shows_keyboard_focus(
    live_server, city_site, phone_on_the_trail, tmp_path
):
    photos = []
    for number in (1, 2):
        photos.append(tmp_path / f"photo-{number}.jpg")
        photos[-1].write_bytes(jpeg_with_gps(size=(320 * number, 240 * number)))
    page = phone_on_the_trail
    page.goto(live_server.url + "/en/give-feedback/")
    file_input = page.locator("#id_photos")
    # The field before the photos, then Tab, as a keyboard user reaches the control.
    page.get_by_label("Address or place").focus()
    page.keyboard.press("Tab")
    expect(file_input).to_be_focused()
    add_photo = page.locator("label.photo-add")
    assert add_photo.evaluate("label => getComputedStyle(label).outlineStyle") == "solid"
    assert add_photo.bounding_box()["height"] >= 44

    file_input.set_input_files([str(path) for path in photos])
    expect(page.locator("#photo-previews img")).to_have_count(2)
    page.get_by_role("button", name="Remove photo 1").click()

    expect(page.locator("#photo-previews img")).to_have_count(1)
    expect(page.get_by_role("button", name="Remove photo 2")).to_have_count(0)
    assert file_input.evaluate("input => [...input.files].map(file => file.name)") == ["photo-2.jpg"]
    expect(file_input).to_be_focused()
