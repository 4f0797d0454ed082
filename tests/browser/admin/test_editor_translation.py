"""An editor (Wagtail's Editors group with the demo's permissions, not a superuser) writes a bulletin and a FAQ in
Finnish, translates both into English in wagtail-localize's editor and publishes them: the English site and the API
show the English text. The admin runs in Finnish, the editor's default."""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.home.editors import editor as editor_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
BULLETIN = {
    "fi": ("Vesikatko keskustassa tiistaina", "Vesi on poikki Kauppakadulla tiistaina klo 9–12."),
    "en": ("Water cut in the centre on Tuesday", "There is no water on Kauppakatu on Tuesday from 9 to 12."),
}
FAQ = {
    "fi": ("Milloin uimarannat avataan?", "Uimarannat avataan kesäkuun alussa."),
    "en": ("When do the beaches open?", "The beaches open at the beginning of June."),
}


@pytest.fixture
def editor(site_with_taxonomy):
    """A member of Wagtail's Editors group, with what the FAQ and bulletin demos grant that group."""
    from home.demo.bulletins import load_bulletin_demo_data
    from home.demo.faq import load_faq_demo_data

    load_faq_demo_data(site_with_taxonomy)
    load_bulletin_demo_data(site_with_taxonomy)
    return editor_user()


@pytest.fixture
def admin_page(new_context):
    context = new_context(viewport={"width": 1280, "height": 900}, locale="fi-FI")
    yield context.new_page()
    context.close()


def fill_rich_text(page, field, text):
    """Types into the rich text field as an editor does, key by key: Draftail keeps what its editor state saw, and a
    text put into the editable element in one go was sometimes shown there but never reached that state."""
    editable = page.locator(f"[data-contentpath={field}] [contenteditable=true]")
    editable.click()
    editable.press_sequentially(text)
    # Draftail copies its content into the form's hidden input a moment after typing stops.
    expect(page.locator(f"input[name={field}]")).to_have_value(re.compile(re.escape(text)))


def publish(page, title):
    page.get_by_role("button", name="Lisää toimintoja").click()
    page.get_by_role("button", name="Julkaise").click()
    expect(page.locator(".messages").get_by_text(title)).to_be_visible()


def submit_translation_to_english(page):
    page.get_by_label("English").check()
    page.get_by_role("button", name="Lähetä").click()
    expect(page.get_by_role("heading", name="Suomi to English translation")).to_be_visible()


def translate_every_segment(page, texts):
    """Types each text into the next untranslated segment and saves it, as the editor does one by one."""
    untranslated = page.get_by_role("button", name="Käännä", exact=True)
    expect(untranslated).to_have_count(len(texts))
    for done, text in enumerate(texts, start=1):
        untranslated.first.click()
        page.locator("textarea").fill(text)
        with page.expect_response(re.compile(r"/admin/localize/translate/\d+/strings/\d+/edit/$")) as saved:
            page.get_by_role("button", name="Tallenna", exact=True).click()
        assert saved.value.status == 201
        expect(untranslated).to_have_count(len(texts) - done)


def publish_in_english(page, title):
    page.get_by_role("button", name="Publish in English").click()
    expect(page.get_by_text(f"Published '{title}' in English.")).to_be_visible()


def test_an_editor_translates_a_new_bulletin_and_faq_and_the_english_site_shows_them(
    live_server, editor, admin_page, assert_accessible, tmp_path
):
    page = admin_page
    page.goto(f"{live_server.url}/admin/")
    page.locator("input[name=username]").fill(editor.username)
    page.locator("input[name=password]").fill("password")
    page.get_by_role("button", name="Kirjaudu sisään").click()

    # The bulletin, written and published in Finnish, then translated from its edit view's action menu.
    page.get_by_role("link", name="Tiedotteet").click()
    page.get_by_role("link", name="Lisää tiedote").click()
    page.get_by_role("textbox", name="Otsikko").fill(BULLETIN["fi"][0])
    fill_rich_text(page, "body", BULLETIN["fi"][1])
    page.get_by_role("combobox", name="Tärkeys").select_option(label="Kiireellinen")
    publish(page, BULLETIN["fi"][0])
    page.get_by_role("link", name=BULLETIN["fi"][0]).click()
    page.get_by_role("button", name="Lisää toimintoja").click()
    expect(page.get_by_role("link", name="Käännä")).to_be_visible()
    # The action menu is what this site adds to the page; the rest of it is Wagtail's and its widgets'.
    assert_accessible(page, within="footer")
    page.get_by_role("link", name="Käännä").click()
    submit_translation_to_english(page)
    translate_every_segment(page, BULLETIN["en"])
    # The docs' screenshot is refreshed with UPDATE_SCREENSHOTS=1; otherwise it is written to tmp.
    editor_screenshot = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else tmp_path
    page.screenshot(path=str(editor_screenshot / "translation-editor.png"), full_page=True)
    publish_in_english(page, BULLETIN["en"][0])

    # The FAQ, in a topic that is already in both languages, translated from the listing's "More" menu.
    page.get_by_role("button", name="UKK").click()
    page.get_by_role("link", name="UKK-kysymykset").click()
    page.get_by_role("link", name="Lisää UKK-kysymys").click()
    # Wagtail words the chooser button once, in the language active when it first builds the form, so it is
    # found by its field rather than by its label.
    page.locator("[data-contentpath=topic]").get_by_role("button").click()
    page.get_by_role("dialog").get_by_role("link", name="Talvikunnossapito").click()
    # The chooser gives the focus back to its button as it closes: the editor types once it has.
    expect(page.get_by_role("dialog")).to_be_hidden()
    page.get_by_role("textbox", name="Kysymys").fill(FAQ["fi"][0])
    fill_rich_text(page, "answer", FAQ["fi"][1])
    publish(page, FAQ["fi"][0])
    page.get_by_role("button", name=f"More options for '{FAQ['fi'][0]}'").click()
    page.get_by_role("link", name="Käännä").click()
    submit_translation_to_english(page)
    translate_every_segment(page, FAQ["en"])
    publish_in_english(page, FAQ["en"][0])

    page.goto(f"{live_server.url}/en/")
    banner = page.get_by_role("region", name="Bulletins")
    expect(banner.get_by_role("link", name=BULLETIN["en"][0])).to_be_visible()
    expect(page.get_by_text(BULLETIN["fi"][0])).to_have_count(0)
    page.screenshot(path=str(tmp_path / "english-bulletin.png"), full_page=True)
    page.goto(f"{live_server.url}/en/bulletins/")
    page.get_by_role("main").get_by_role("link", name=BULLETIN["en"][0]).click()
    expect(page.get_by_text(BULLETIN["en"][1])).to_be_visible()
    expect(page.get_by_text(BULLETIN["fi"][1])).to_have_count(0)
    page.goto(f"{live_server.url}/en/faq/")
    page.get_by_text(FAQ["en"][0], exact=True).click()
    expect(page.get_by_text(FAQ["en"][1])).to_be_visible()
    expect(page.get_by_text(FAQ["fi"][0])).to_have_count(0)

    bulletins = page.request.get(f"{live_server.url}/api/v1/bulletins/?lang=en").json()
    ours = [bulletin for bulletin in bulletins if bulletin["title"] == BULLETIN["en"][0]]
    assert len(ours) == 1 and BULLETIN["en"][1] in ours[0]["body"]
    assert not any(BULLETIN["fi"][0] in bulletin["title"] for bulletin in bulletins)
