"""API v1 faqs/: published entries, filtered by topic and category, language-aware, in the OpenAPI schema."""

import pytest
from drf_spectacular.generators import SchemaGenerator

from tests.faq.factories import FAQFactory, FAQTopicFactory, translate_faq

pytestmark = pytest.mark.django_db

URL = "/api/v1/faqs/"


def questions(response):
    assert response.status_code == 200, response.content
    return [item["question"] for item in response.json()]


@pytest.fixture
def entries(winter_category):
    winter = FAQTopicFactory(title="Talvi", sort_order=1)
    plough = FAQFactory(
        topic=winter,
        question="Aurataanko?",
        answer='<p>Kyllä, <a href="https://example.fi/">katso</a>.</p>',
        categories=[winter_category],
    )
    FAQFactory(topic=FAQTopicFactory(title="Muu", sort_order=2), question="Muuta?")
    FAQFactory(topic=winter, question="Luonnos?", publish=False)
    translate_faq(plough, "en", question="Is it ploughed?")
    return {"winter": winter, "plough": plough}


def test_lists_published_entries_in_topic_order(client, entries):
    assert questions(client.get(URL)) == ["Aurataanko?", "Muuta?"]


def test_filters_by_topic_and_by_category_code(client, entries):
    assert questions(client.get(URL, {"topic": entries["winter"].pk})) == ["Aurataanko?"]
    assert questions(client.get(URL, {"category": "winter-maintenance"})) == ["Aurataanko?"]
    assert questions(client.get(URL, {"category": "no-such-category"})) == []


def test_language_from_parameter_or_accept_language(client, entries):
    assert questions(client.get(URL, {"lang": "en"})) == ["Is it ploughed?"]
    assert questions(client.get(URL, headers={"accept-language": "en"})) == ["Is it ploughed?"]
    assert questions(client.get(URL, {"lang": "en", "category": "winter-maintenance"})) == ["Is it ploughed?"]


def test_an_entry_carries_topic_categories_and_html_answer(client, entries):
    item = client.get(URL, {"category": "winter-maintenance"}).json()[0]
    assert item["id"] == entries["plough"].pk
    assert item["topic"] == "Talvi"
    assert item["language"] == "fi"
    assert item["categories"] == ["winter-maintenance"]
    assert '<a href="https://example.fi/">katso</a>' in item["answer"]


@pytest.mark.parametrize("query", [{"lang": "sv"}, {"topic": "winter"}])
def test_bad_parameters_get_a_400(client, entries, query):
    response = client.get(URL, query)
    assert response.status_code == 400
    assert set(response.json()) == set(query)


def test_faqs_endpoint_is_in_the_openapi_schema_with_its_filters():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v1/faqs/"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} >= {"lang", "topic", "category"}


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("topic=", "topic"),
        ("topic=1e300", "topic"),
        ("topic=0", "topic"),
        ("topic=1&topic=2", "topic"),
        ("lang=", "lang"),
    ],
)
def test_bad_filter_values_get_a_400_instead_of_everything_or_an_error(client, db, query, field):
    response = client.get(f"/api/v1/faqs/?{query}")
    assert response.status_code == 400
    assert field in response.json()
