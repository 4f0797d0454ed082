"""The feedback form's help slot: the chosen category's FAQs, as <details> the form can track (deflection)."""

import pytest
from django.utils import translation
from wagtail import hooks

from faq_plugin.help import faq_category_help
from tests.factories import CategoryFactory, locale
from tests.faq.factories import FAQFactory, translate_faq

pytestmark = pytest.mark.django_db


def test_faq_plugin_registers_its_help_function():
    assert faq_category_help in hooks.get_hooks("feedback_category_help")


def test_category_faqs_are_shown_as_trackable_details(rf, faq_pages, winter_category):
    faq = FAQFactory(question="Milloin katuni aurataan?", categories=[winter_category])
    FAQFactory(question="Muu kysymys?")
    html = faq_category_help(rf.get("/"), winter_category, None, None)
    assert "Ennen kuin kirjoitat: ehkä kysymykseesi on jo vastattu täällä" in html
    assert f'data-help-id="faq:{faq.pk}"' in html
    assert "<summary>Milloin katuni aurataan?</summary>" in html
    assert "Muu kysymys?" not in html
    assert 'href="/fi/usein-kysyttya/"' in html


def test_drafts_and_other_categories_give_no_help(rf, winter_category):
    FAQFactory(categories=[winter_category], publish=False)
    assert faq_category_help(rf.get("/"), winter_category, None, None) == ""
    FAQFactory(categories=[winter_category])
    assert faq_category_help(rf.get("/"), CategoryFactory(code="littering"), None, None) == ""


def test_english_form_shows_the_english_entries_of_the_english_category(rf, faq_pages, winter_category):
    faq = FAQFactory(question="Milloin katuni aurataan?", categories=[winter_category])
    english = translate_faq(faq, "en", question="When is my street ploughed?")
    with translation.override("en"):
        html = faq_category_help(rf.get("/"), winter_category.get_translation(locale("en")), None, None)
    assert "Before you write: maybe your question is answered here" in html
    assert f'data-help-id="faq:{english.pk}"' in html
    assert "When is my street ploughed?" in html
    assert "Milloin" not in html
