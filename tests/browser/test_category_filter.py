"""The topic filter on the feedback form: typing narrows the topics by name and description, ignoring case and
accents, hides the service areas left empty and says how many topics remain. The topics stay radio buttons."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FORM = {"fi": "/fi/anna-palautetta/", "en": "/en/give-feedback/"}
ALL_TOPICS = 14
CASES = {
    "fi": {
        "label": "Etsi aihetta",
        # "pimeät" is in the street lighting description only; typed in capitals and without the dots.
        "one": ("PIMEAT", ["Katuvalaistus"], "Katujen ja puistojen kunnossapito", "1 aihe vastaa hakua."),
        "several": ("palaute", 3, ["Sosiaali- ja terveyspalvelut", "Muu"], "3 aihetta vastaa hakua."),
        "hidden_area": "Joukkoliikenne",
        "none": "Yksikään aihe ei vastaa hakua.",
    },
    "en": {
        "label": "Find a topic",
        "one": ("Dark", ["Street lighting"], "Street and park maintenance", "1 topic matches."),
        "several": ("confidential", 2, ["Health and welfare"], "2 topics match."),
        "hidden_area": "Public transport",
        "none": "No topic matches.",
    },
}


@pytest.fixture
def city_site(site_with_taxonomy):
    from home.demo.feedback_pages import ensure_feedback_pages

    ensure_feedback_pages(site_with_taxonomy)


def test_typing_narrows_the_topics_and_announces_how_many_remain(language, live_server, city_site, device_page):
    case = CASES[language]
    page = device_page
    page.goto(live_server.url + FORM[language])
    topics = page.locator("#category-field").get_by_role("radio")
    status = page.locator("#category-filter-status")
    expect(status).to_have_attribute("role", "status")
    expect(topics.filter(visible=True)).to_have_count(ALL_TOPICS)
    search = page.get_by_label(case["label"])

    typed, names, area, announced = case["one"]
    search.fill(typed)
    expect(topics.filter(visible=True)).to_have_count(1)
    expect(page.get_by_role("radio", name=names[0], exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=area, exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=case["hidden_area"], exact=True)).to_be_hidden()
    expect(status).to_have_text(announced)

    typed, count, areas, announced = case["several"]
    search.fill(typed)
    expect(topics.filter(visible=True)).to_have_count(count)
    for area in areas:
        expect(page.get_by_role("heading", name=area, exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name=case["hidden_area"], exact=True)).to_be_hidden()
    expect(status).to_have_text(announced)

    search.fill("zzzz")
    expect(topics.filter(visible=True)).to_have_count(0)
    expect(status).to_contain_text(case["none"])

    search.fill("")
    expect(topics.filter(visible=True)).to_have_count(ALL_TOPICS)
    expect(status).to_have_text("")


def test_a_service_area_s_name_finds_all_its_topics(live_server, city_site, device_page):
    page = device_page
    page.goto(live_server.url + FORM["fi"])
    page.get_by_label("Etsi aihetta").fill("kulttuuri ja liikunta")
    topics = page.locator("#category-field").get_by_role("radio").filter(visible=True)
    # "Kirjastot ja kulttuuri" names neither word pair; its service area does.
    expect(topics).to_have_count(2)
    expect(page.get_by_role("radio", name="Kirjastot ja kulttuuri", exact=True)).to_be_visible()
    expect(page.get_by_role("radio", name="Liikuntapaikat", exact=True)).to_be_visible()


def test_enter_in_the_filter_does_not_send_the_form_and_a_found_topic_can_be_chosen(
    live_server, city_site, device_page
):
    page = device_page
    page.goto(live_server.url + FORM["fi"])
    search = page.get_by_label("Etsi aihetta")
    search.fill("kirjasto")
    search.press("Enter")
    topic = page.get_by_role("radio", name="Kirjastot ja kulttuuri", exact=True)
    topic.check()
    expect(topic).to_be_checked()
    expect(page).to_have_url(live_server.url + FORM["fi"])
    expect(page.locator("#form-errors")).to_have_count(0)


def test_without_javascript_every_topic_is_listed_and_no_filter_is_shown(live_server, city_site, new_context):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(live_server.url + FORM["fi"])
    expect(page.get_by_label("Etsi aihetta")).to_be_hidden()
    expect(page.locator("#category-field").get_by_role("radio")).to_have_count(ALL_TOPICS)
