import pytest
from django.apps import apps

# The FAQ plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("faq_plugin"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def faq_demo(site_with_taxonomy):
    from home.demo.faq import load_faq_demo_data

    load_faq_demo_data(site_with_taxonomy)
