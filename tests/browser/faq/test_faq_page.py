import pytest
from playwright.sync_api import expect

from faq_plugin.models import FAQ

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize(
    ("path", "heading", "question"),
    [
        ("/fi/usein-kysyttya/", "Usein kysyttyä", "Missä järjestyksessä kadut aurataan?"),
        ("/en/faq/", "Frequently asked questions", "In what order are streets ploughed?"),
    ],
)
def test_faq_page_opens_a_question_and_has_no_wcag_violations(
    live_server, faq_demo, device_page, assert_accessible, path, heading, question
):
    page = device_page
    page.goto(live_server.url + path)
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    details = page.locator("details", has=page.get_by_text(question, exact=True))
    expect(details).not_to_have_attribute("open", "")
    details.locator("summary").click()
    expect(details).to_have_attribute("open", "")
    assert_accessible(page)


def test_a_deep_link_opens_its_question(live_server, faq_demo, device_page):
    faq = FAQ.objects.get(question="Is my feedback published?")
    device_page.goto(f"{live_server.url}/en/faq/#faq-{faq.pk}")
    expect(device_page.locator(f"#faq-{faq.pk}")).to_have_attribute("open", "")


@pytest.mark.parametrize(
    ("path", "label", "word", "question"),
    [
        ("/fi/usein-kysyttya/", "Hae kysymyksistä ja vastauksista", "paristot", "Mihin vien vaaralliset jätteet?"),
        ("/en/faq/", "Search the questions and answers", "batteries", "Where do I take hazardous waste?"),
    ],
)
def test_search_finds_a_question_by_its_answer(
    live_server, faq_demo, device_page, assert_accessible, path, label, word, question
):
    page = device_page
    page.goto(live_server.url + path)
    page.get_by_label(label).fill(word)
    page.get_by_label(label).press("Enter")
    results = page.locator(".faq-results")
    expect(results.locator("summary")).to_have_text([question])
    assert_accessible(page)
