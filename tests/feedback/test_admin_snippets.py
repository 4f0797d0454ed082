"""Editors manage the feedback taxonomy and reply templates as translatable snippets, and `make run` shows the
demo taxonomy and feedback in the admin in Finnish and in English."""

import pytest
from django.urls import reverse

from feedback_plugin.models import CategoryQuestion
from tests.factories import CategoryFactory, UserFactory
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db

SNIPPETS = {
    "feedbackcategory": "Feedback categories",
    "servicearea": "Service areas",
    "responsibleunit": "Responsible units",
    "replytemplate": "Reply templates",
}


def snippet_url(model_name, view="list", *args):
    return reverse(f"wagtailsnippets_feedback_plugin_{model_name}:{view}", args=args)


@pytest.fixture
def editor(client):
    user = UserFactory(is_superuser=True)
    verified_login(client, user)
    return user


@pytest.mark.parametrize("model_name", SNIPPETS)
def test_each_snippet_has_a_listing(client, editor, model_name):
    assert client.get(snippet_url(model_name)).status_code == 200


def test_snippets_are_grouped_under_feedback_settings_in_the_menu(client, editor):
    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Palautteen asetukset" in html


def test_category_edit_form_has_the_extra_questions_inline_panel(client, editor):
    category = CategoryFactory()
    CategoryQuestion.objects.create(category=category, locale=category.locale, code="line", label="Bussilinja")

    html = client.get(snippet_url("feedbackcategory", "edit", category.pk)).content.decode()

    assert "questions-TOTAL_FORMS" in html
    assert "Bussilinja" in html


def test_category_list_filters_by_confidentiality(client, editor):
    CategoryFactory(name="Terveyspalvelut", is_confidential=True)
    CategoryFactory(name="Katuvalot")

    response = client.get(snippet_url("feedbackcategory"), {"is_confidential": "true"})

    assert [category.name for category in response.context["object_list"]] == ["Terveyspalvelut"]


def test_demo_taxonomy_is_listed_in_finnish_and_in_english(client, editor, demo_content):
    finnish = client.get(snippet_url("feedbackcategory"), {"locale": "fi"}).content.decode()
    english = client.get(snippet_url("feedbackcategory"), {"locale": "en"}).content.decode()
    units = client.get(snippet_url("responsibleunit"), {"locale": "en"}).content.decode()

    assert "Bussiliikenne" in finnish and "Bus services" not in finnish
    assert "Bus services" in english and "Bussiliikenne" not in english
    assert "Public transport unit" in units


def test_demo_feedback_is_listed_in_the_inbox(client, editor, demo_content):
    response = client.get(reverse("feedback_inbox:index"))

    assert response.status_code == 200
    assert response.context["paginator"].count == 200
    assert len(response.context["object_list"]) == 30
