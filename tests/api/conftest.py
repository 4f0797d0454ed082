import pytest
from rest_framework.test import APIClient

from feedback_plugin.models import ApiClient, CategoryQuestion
from tests.factories import CategoryFactory, translate_category


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def bus_category(db):
    """A category with a required text question and a choice question, translated into English."""
    category = CategoryFactory(code="bus-services", name="Bussiliikenne")
    category.questions.add(
        CategoryQuestion(locale=category.locale, code="bus-line", label="Bussilinja", required=True, sort_order=0)
    )
    category.questions.add(
        CategoryQuestion(
            locale=category.locale,
            code="issue-type",
            label="Mitä tapahtui?",
            type=CategoryQuestion.Type.SINGLE_CHOICE,
            choices="Myöhästyi\nEi tullut",
            sort_order=1,
        )
    )
    category.save()
    english = translate_category(category, "en", name="Bus services")
    for question, label in zip(english.questions.all(), ["Bus line", "What happened?"], strict=True):
        question.label = label
        if question.code == "issue-type":
            question.choices = "Late\nDid not come"
        question.save()
    return category


@pytest.fixture
def api_key(db):
    api_client = ApiClient(name="City app")
    key = api_client.issue_key()
    api_client.save()
    return key
