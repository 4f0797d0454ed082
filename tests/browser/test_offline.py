"""The site offline, in a real browser: the service worker keeps public pages for reading and never a private one,
and feedback sent without a connection is kept on the device until the resident sends it."""

import pytest
from playwright.sync_api import expect

from feedback_plugin.models import Feedback
from tests.browser.conftest import MAP_TILES, PHONE
from tests.factories import jpeg_with_gps, make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FORM = {"fi": "/fi/anna-palautetta/", "en": "/en/give-feedback/"}
LIST = {"fi": "/fi/palautteet/", "en": "/en/feedback-list/"}
TEXT = {
    "fi": {
        "category": "Katuvalaistus",
        "description": "Palautteesi",
        "photos": "Kuvat",
        "send": "Lähetä palaute",
        "saved": "Olet offline-tilassa, joten palautettasi ei lähetetty. Se säilyy tällä laitteella",
        "heading": "Lähettämätön palaute",
        "send_now": "Lähetä nyt",
        "discard": "Hylkää",
        "still_offline": "Palautetta ei voitu lähettää, koska yhteyttä ei ole.",
        "discarded": "Lähettämätön palaute poistettiin tältä laitteelta.",
        "thanks": "Kiitos palautteestasi",
        "offline": "Olet offline-tilassa",
    },
    "en": {
        "category": "Street lighting",
        "description": "Your feedback",
        "photos": "Photos",
        "send": "Send feedback",
        "saved": "You are offline, so your feedback was not sent. It is kept on this device",
        "heading": "Unsent feedback",
        "send_now": "Send now",
        "discard": "Discard",
        "still_offline": "The feedback could not be sent: there is no connection.",
        "discarded": "The unsent feedback was removed from this device.",
        "thanks": "Thank you for your feedback",
        "offline": "You are offline",
    },
}
CONTROLLER = """() => new Promise(resolve => {
    const serviceWorker = navigator.serviceWorker;
    if (serviceWorker.controller) resolve(serviceWorker.controller.scriptURL);
    serviceWorker.addEventListener("controllerchange", () => resolve(serviceWorker.controller.scriptURL));
})"""
CACHED_URLS = """async () => {
    const urls = [];
    for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
}"""


@pytest.fixture(autouse=True)
def _quick_form(settings):
    # A browser fills the form faster than a person; the minimum fill time has its own server-side test.
    settings.FEEDBACK_PLUGIN = {"FORM_MIN_FILL_SECONDS": 0}


@pytest.fixture
def phone(new_context, playwright):
    """A phone page with the service worker allowed; ``service_workers="block"`` leaves a test to the draft alone, with
    no worker in between."""

    def open_page(**options):
        context = new_context(**playwright.devices[PHONE], **{"service_workers": "allow", **options})
        context.route(MAP_TILES, lambda route: route.abort())
        return context.new_page()

    return open_page


def controlled(page):
    """Waits until the service worker controls the page; gives the worker's script address."""
    return page.evaluate(CONTROLLER)


def wait_until_cached(page, path):
    page.wait_for_function("path => caches.match(path).then(Boolean)", arg=path, polling=100)


def fill_the_form_offline(page, text, tmp_path):
    """The form loads online, then the network is cut; the resident writes, attaches a photo and presses Send."""
    photo = tmp_path / "pothole.jpg"
    photo.write_bytes(jpeg_with_gps(size=(320, 240)))
    page.context.set_offline(True)
    page.get_by_label(text["category"], exact=True).check()
    page.get_by_label(text["description"]).fill("Katulamppu on ollut pimeänä viikon.")
    page.get_by_label(text["photos"]).set_input_files(str(photo))
    expect(page.locator("#photo-previews img")).to_have_count(1)
    page.get_by_role("button", name=text["send"]).click()
    expect(page.get_by_role("status").filter(has_text=text["saved"])).to_be_visible()


def the_banner(page, text):
    return page.get_by_role("region", name=text["heading"])


def test_feedback_sent_offline_is_kept_and_sent_once_with_its_photo_when_the_resident_presses_send_now(
    language, live_server, feedback_pages, category, phone, tmp_path
):
    text = TEXT[language]
    page = phone()
    page.goto(live_server.url + FORM[language])
    controlled(page)  # the worker has precached its pages: none of its requests outlives the test
    fill_the_form_offline(page, text, tmp_path)
    assert Feedback.objects.count() == 0

    page.context.set_offline(False)
    the_banner(page, text).get_by_role("button", name=text["send_now"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(text["thanks"])
    feedback = Feedback.objects.get()
    assert feedback.photos.count() == 1
    assert feedback.description == "Katulamppu on ollut pimeänä viikon."


def test_a_draft_whose_answer_was_lost_is_stored_once_when_sent_again(
    live_server, feedback_pages, category, phone, tmp_path
):
    text = TEXT["fi"]
    page = phone(service_workers="block")
    page.goto(live_server.url + FORM["fi"])
    fill_the_form_offline(page, text, tmp_path)
    page.context.set_offline(False)
    # The city stores the feedback, but the answer never reaches the phone.
    page.route(f"**{FORM['fi']}", lambda route: (route.fetch(max_redirects=0), route.abort()))
    the_banner(page, text).get_by_role("button", name=text["send_now"]).click()
    expect(page.get_by_role("status").filter(has_text=text["still_offline"])).to_be_visible()
    assert Feedback.objects.count() == 1

    page.unroute(f"**{FORM['fi']}")
    the_banner(page, text).get_by_role("button", name=text["send_now"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(text["thanks"])
    assert Feedback.objects.count() == 1
    assert Feedback.objects.get().photos.count() == 1


def test_a_draft_is_offered_when_the_form_is_opened_again_and_can_be_discarded(
    live_server, feedback_pages, category, phone, tmp_path
):
    text = TEXT["en"]
    page = phone(service_workers="block")
    page.goto(live_server.url + FORM["en"])
    fill_the_form_offline(page, text, tmp_path)
    page.context.set_offline(False)
    page.goto(live_server.url + FORM["en"])

    the_banner(page, text).get_by_role("button", name=text["discard"]).click()

    expect(page.get_by_role("status").filter(has_text=text["discarded"])).to_be_visible()
    expect(the_banner(page, text)).to_be_hidden()
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(the_banner(page, text)).to_be_hidden()
    assert Feedback.objects.count() == 0


def test_the_service_worker_is_registered_for_the_whole_site_and_controls_the_page(live_server, site_pages, phone):
    page = phone()
    page.goto(live_server.url + "/fi/")
    assert controlled(page) == live_server.url + "/sw.js"
    assert page.evaluate("navigator.serviceWorker.ready.then(registration => registration.scope)") == (
        live_server.url + "/"
    )


def test_a_public_page_read_online_opens_offline_and_an_unread_one_gives_the_offline_page(
    language, live_server, feedback_pages, category, phone
):
    text = TEXT[language]
    make_feedback(category, title="Pimeä katulamppu")
    page = phone()
    page.goto(live_server.url + LIST[language])
    controlled(page)
    page.reload()
    wait_until_cached(page, LIST[language])

    page.context.set_offline(True)
    page.reload()
    expect(page.locator("main")).to_contain_text("Pimeä katulamppu")
    page.goto(live_server.url + FORM[language] + "?never-read")
    expect(page.get_by_role("heading", level=1)).to_have_text(text["offline"])


def test_the_confirmation_and_the_tracking_page_are_never_kept_on_the_device(
    live_server, feedback_pages, category, phone
):
    feedback = make_feedback(category)
    thanks = f"{FORM['fi']}thanks/{feedback.tracking_token}/"
    tracking = feedback.get_tracking_url()
    page = phone()
    page.goto(live_server.url + LIST["fi"])
    controlled(page)
    for path in (thanks, tracking, LIST["fi"]):
        page.goto(live_server.url + path)
    wait_until_cached(page, LIST["fi"])

    cached = page.evaluate(CACHED_URLS)
    assert LIST["fi"] in cached
    assert [path for path in cached if "/thanks/" in path or "/track/" in path] == []
    page.context.set_offline(True)
    page.goto(live_server.url + tracking)
    expect(page.get_by_role("heading", level=1)).to_have_text(TEXT["fi"]["offline"])


def test_the_draft_banner_and_its_messages_are_accessible(
    language, live_server, feedback_pages, category, phone, tmp_path, assert_accessible
):
    text = TEXT[language]
    page = phone(service_workers="block")
    page.goto(live_server.url + FORM[language])
    fill_the_form_offline(page, text, tmp_path)
    assert_accessible(page, within=".offline-draft-status")
    page.context.set_offline(False)
    expect(the_banner(page, text)).to_be_visible()
    assert_accessible(page, within="main")
    the_banner(page, text).get_by_role("button", name=text["send_now"]).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(text["thanks"])
