import pytest
from django.apps import apps

# The bulletin plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("bulletin_plugin"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def bulletin_pages(site_pages):
    """The bulletin section in both languages: {"fi": BulletinIndexPage, "en": BulletinIndexPage}."""
    from bulletin_plugin.pages import BulletinIndexPage
    from home.demo.bulletins import ensure_bulletin_index_pages

    ensure_bulletin_index_pages(site_pages)
    return {page.locale.language_code: page for page in BulletinIndexPage.objects.all()}
