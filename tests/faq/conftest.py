import pytest
from django.apps import apps

# The FAQ plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("faq_plugin"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def faq_pages(site_pages):
    """The FAQ section in both languages: {"fi": FAQIndexPage, "en": FAQIndexPage}."""
    from faq_plugin.models import FAQIndexPage
    from home.demo.faq import ensure_faq_index_pages

    ensure_faq_index_pages(site_pages)
    return {page.locale.language_code: page for page in FAQIndexPage.objects.all()}
