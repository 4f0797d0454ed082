"""Issue: choosing a category on the feedback form shows its FAQs and active bulletins before the resident
writes anything."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CASES = {
    "fi": (
        "/fi/anna-palautetta/",
        "Talvikunnossapito",
        "Missä järjestyksessä kadut aurataan?",
        "Aurausta keskustassa: pääkadut klo 7 mennessä",
    ),
    "en": (
        "/en/give-feedback/",
        "Winter maintenance",
        "In what order are streets ploughed?",
        "Ploughing in the centre: main streets by 7:00",
    ),
}


def test_choosing_winter_maintenance_shows_its_faqs_and_the_ploughing_bulletin(
    language, live_server, demo_content, device_page, assert_accessible
):
    path, category, question, bulletin = CASES[language]
    page = device_page
    page.goto(live_server.url + path)
    help_slot = page.locator("#category-help")
    expect(help_slot.get_by_text(question)).to_have_count(0)

    page.get_by_label(category, exact=True).check()

    expect(help_slot.get_by_text(question)).to_be_visible()
    expect(help_slot.get_by_text(bulletin)).to_be_visible()
    help_slot.get_by_text(question).click()
    expect(help_slot.locator("details[open]")).to_have_count(1)
    assert_accessible(page)
