import io

import pytest
from django.core.management import call_command

from faq_plugin.models import FAQ, FAQIndexPage

pytestmark = pytest.mark.django_db


def test_demo_data_has_fifteen_faqs_per_language_some_linked_to_categories_and_is_idempotent(demo_content):
    call_command("load_demo_data", stdout=io.StringIO())
    for language in ("fi", "en"):
        faqs = FAQ.objects.published(language)
        assert faqs.count() == 15
        assert faqs.values("topic").distinct().count() == 4
        linked = set(faqs.filter(categories__isnull=False).values_list("categories__code", flat=True))
        assert linked == {"winter-maintenance", "public-transport-tickets", "waste-collection"}
        assert FAQIndexPage.objects.live().filter(locale__language_code=language).count() == 1
    assert faqs.filter(question="Is my feedback published?").exists()


def test_faq_section_is_in_the_navigation_and_on_the_home_page(client, faq_pages):
    html = client.get("/en/").content.decode()
    assert '<li><a href="/en/faq/">Frequently asked questions</a></li>' in html
    assert "Answers to the questions residents ask most often." in html
    assert '<a href="/fi/usein-kysyttya/">Usein kysyttyä</a>' in client.get("/fi/").content.decode()


def test_no_faq_section_without_a_faq_page(client, site_pages):
    assert "/en/faq/" not in client.get("/en/").content.decode()
