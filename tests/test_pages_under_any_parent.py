"""The plugins' page types are placed wherever a site wants them, not only under our demo's home page."""

import pytest
from django.apps import apps
from wagtail.models import Page

PLUGIN_PAGE_TYPES = [
    "feedback_plugin.FeedbackFormPage",
    "feedback_plugin.FeedbackIndexPage",
    "faq_plugin.FAQIndexPage",
    "bulletin_plugin.BulletinIndexPage",
]


@pytest.mark.django_db
@pytest.mark.parametrize("page_type", [name for name in PLUGIN_PAGE_TYPES if apps.is_installed(name.split(".")[0])])
def test_a_plugin_page_type_can_be_created_under_a_plain_page_of_another_site(page_type):
    services = Page.get_first_root_node().add_child(instance=Page(title="Services", slug="services"))

    assert apps.get_model(page_type).can_create_at(services)
