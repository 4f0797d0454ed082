import pytest
from django.apps import apps

# The bulletin plugin is optional: without it these tests describe nothing that exists, so they are not collected.
if not apps.is_installed("bulletin_plugin"):
    collect_ignore_glob = ["test_*.py"]


@pytest.fixture
def bulletin_demo(site_with_taxonomy):
    from home.demo.bulletins import load_bulletin_demo_data

    load_bulletin_demo_data(site_with_taxonomy)
