"""The FAQ page: topics with <details> questions, Wagtail search, deep links and FAQPage JSON-LD."""

import json
import re

import pytest

from tests.faq.factories import FAQFactory, FAQTopicFactory, translate_faq

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(faq_pages):
    winter = FAQTopicFactory(title="Talvikunnossapito", sort_order=1)
    waste = FAQTopicFactory(title="Jätehuolto", sort_order=2)
    order = FAQFactory(
        topic=winter,
        question="Missä järjestyksessä kadut aurataan?",
        answer="<p>Ensin pääkadut, sitten <b>asuntokadut</b>.</p>",
        sort_order=2,
    )
    grit = FAQFactory(topic=winter, question="Kuka hiekoittaa?", answer="<p>Tontin omistaja.</p>", sort_order=1)
    bins = FAQFactory(topic=waste, question="Milloin astia tyhjennetään?", answer="<p>Joka toinen viikko.</p>")
    FAQFactory(topic=waste, question="Luonnoskysymys?", publish=False)
    translate_faq(
        order, "en", question="In what order are streets ploughed?", answer="<p>Main streets, then residential.</p>"
    )
    return {"order": order, "grit": grit, "bins": bins}


def test_topics_list_their_questions_in_order_as_disclosure_widgets(client, entries):
    html = client.get("/fi/usein-kysyttya/").content.decode()
    questions = re.findall(r'<details class="faq" id="faq-(\d+)">\s*<summary>(.*?)</summary>', html)
    assert [text for _pk, text in questions] == [
        "Kuka hiekoittaa?",
        "Missä järjestyksessä kadut aurataan?",
        "Milloin astia tyhjennetään?",
    ]
    assert html.index(">Talvikunnossapito</h2>") < html.index(">Jätehuolto</h2>")
    assert "Luonnoskysymys" not in html


def test_each_question_has_a_deep_link(client, entries):
    html = client.get("/fi/usein-kysyttya/").content.decode()
    grit = entries["grit"]
    assert f'<details class="faq" id="faq-{grit.pk}">' in html
    assert f'<a href="/fi/usein-kysyttya/#faq-{grit.pk}">Linkki tähän kysymykseen' in html


def test_page_shows_only_its_languages_entries(client, entries):
    html = client.get("/en/faq/").content.decode()
    assert "In what order are streets ploughed?" in html
    assert "Kuka hiekoittaa?" not in html


@pytest.mark.parametrize(
    ("path", "word", "found", "not_found"),
    [
        ("/fi/usein-kysyttya/", "omistaja", "Kuka hiekoittaa?", "Milloin astia"),
        ("/fi/usein-kysyttya/", "asuntokadut", "Missä järjestyksessä", "Kuka hiekoittaa?"),
        ("/en/faq/", "residential", "In what order are streets ploughed?", "Kuka hiekoittaa?"),
    ],
)
def test_search_finds_an_entry_by_a_word_in_its_answer(client, entries, path, word, found, not_found):
    html = client.get(path, {"q": word}).content.decode()
    results = html.split('id="faq-results-heading"')[1]
    assert found in results
    assert not_found not in results


def test_search_without_matches_says_so(client, entries):
    html = client.get("/en/faq/", {"q": "zeppelin"}).content.decode()
    assert "No questions matched your search." in html


def test_search_does_not_find_drafts(client, entries):
    html = client.get("/fi/usein-kysyttya/", {"q": "Luonnoskysymys"}).content.decode()
    assert "Haullasi ei löytynyt kysymyksiä." in html


def test_json_ld_is_a_valid_faq_page_structure(client, entries):
    html = client.get("/fi/usein-kysyttya/").content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "FAQPage"
    assert len(data["mainEntity"]) == 3
    for question in data["mainEntity"]:
        assert question["@type"] == "Question"
        assert isinstance(question["name"], str) and question["name"]
        assert question["acceptedAnswer"]["@type"] == "Answer"
        assert question["acceptedAnswer"]["text"]
    first = data["mainEntity"][0]
    assert first == {
        "@type": "Question",
        "name": "Kuka hiekoittaa?",
        "acceptedAnswer": {"@type": "Answer", "text": "Tontin omistaja."},
    }


def test_json_ld_cannot_be_broken_out_of_by_content(client, faq_pages):
    FAQFactory(question="</script><script>alert(1)</script>", answer="<p>x</p>")
    html = client.get("/fi/usein-kysyttya/").content.decode()
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(script)["mainEntity"][0]["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("query", ['"', "'", "NEAR(", "a AND", "\x00", "*", "ä" * 500, 'omistaja"'])
def test_odd_search_input_never_breaks_the_page(client, entries, query):
    response = client.get("/fi/usein-kysyttya/", {"q": query})
    assert response.status_code == 200
    assert "<h1>Usein kysyttyä</h1>" in response.content.decode()


def test_punctuation_around_a_word_still_finds_it(client, entries):
    html = client.get("/fi/usein-kysyttya/", {"q": '"omistaja?'}).content.decode()
    assert "Kuka hiekoittaa?" in html.split('id="faq-results-heading"')[1]
