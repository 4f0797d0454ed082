"""Editors manage FAQs as snippets: ordered within topics, linked to categories, drafts and revisions,
translated through wagtail-localize."""

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from faq_plugin.models import FAQ
from tests.factories import locale
from tests.faq.factories import FAQFactory, FAQTopicFactory
from tests.second_factor import verified_login
from tests.snippets import draftail

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    verified_login(client, django_user_model.objects.create_superuser("editor", "editor@example.fi", "password"))
    return client


def test_publishing_from_the_admin_links_categories_and_keeps_a_revision(editor_client, winter_category):
    topic = FAQTopicFactory()
    response = editor_client.post(
        reverse("wagtailsnippets_faq_plugin_faq:add") + "?locale=fi",
        {
            "topic": topic.pk,
            "question": "Milloin katuni aurataan?",
            "answer": draftail("Kahden päivän kuluessa."),
            "sort_order": "5",
            "categories": [winter_category.pk],
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    faq = FAQ.objects.get()
    assert faq.live
    assert faq.sort_order == 5
    assert list(faq.categories.all()) == [winter_category]
    assert faq.revisions.count() == 1


def test_a_draft_edit_leaves_the_published_answer_on_the_site(editor_client, site_pages):
    faq = FAQFactory(question="Julkaistu kysymys?")
    edit = reverse("wagtailsnippets_faq_plugin_faq:edit", args=[faq.pk])
    response = editor_client.post(
        edit,
        {"topic": faq.topic.pk, "question": "Luonnosversio?", "answer": draftail("Uusi."), "sort_order": "1"},
    )
    assert response.status_code == 302
    faq.refresh_from_db()
    assert faq.question == "Julkaistu kysymys?"
    assert faq.has_unpublished_changes
    assert faq.latest_revision.as_object().question == "Luonnosversio?"


def test_faq_listing_filters_by_topic(editor_client, site_pages):
    first, second = FAQTopicFactory(), FAQTopicFactory()
    FAQFactory(topic=first, question="Ensimmäinen?")
    FAQFactory(topic=second, question="Toinen?")
    html = editor_client.get(reverse("wagtailsnippets_faq_plugin_faq:list"), {"topic": first.pk}).content.decode()
    assert "Ensimmäinen?" in html
    assert "Toinen?" not in html


def test_wagtail_localize_translates_question_and_answer_but_not_order_or_categories(winter_category):
    faq = FAQFactory(question="Aurataanko?", answer="<p>Kyllä.</p>", categories=[winter_category])
    source, _created = TranslationSource.get_or_create_from_instance(faq)
    segments = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert segments == {"Aurataanko?", "Kyllä."}


def test_a_wagtail_localize_translation_keeps_order_and_categories(winter_category):
    faq = FAQFactory(question="Aurataanko?", sort_order=7, categories=[winter_category])
    source, _created = TranslationSource.get_or_create_from_instance(faq)
    english, _created = source.create_or_update_translation(locale("en"), fallback=True)
    assert english.locale.language_code == "en"
    assert english.sort_order == 7
    assert list(english.categories.all()) == [winter_category]
    assert FAQ.objects.published("en").for_category(winter_category).get() == english


def test_editors_can_add_the_faq_page_under_the_home_page_and_list_topics(editor_client, site_pages):
    home = site_pages["fi"]
    add_page = reverse("wagtailadmin_pages:add", args=["faq_plugin", "faqindexpage", home.pk])
    assert editor_client.get(add_page).status_code == 200
    FAQTopicFactory(title="Talvi")
    assert "Talvi" in editor_client.get(reverse("wagtailsnippets_faq_plugin_faqtopic:list")).content.decode()
