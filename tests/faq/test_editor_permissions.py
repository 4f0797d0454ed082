"""The demo lets Wagtail's Editors and Moderators groups write, publish and translate FAQs: a member who is not a
superuser does it from the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from faq_plugin.models import FAQ, FAQTopic
from home.demo.faq import load_faq_demo_data
from home.demo.site import EDITOR_GROUPS
from tests.factories import UserFactory, locale
from tests.home.editors import editor, translate_links
from tests.snippets import draftail

pytestmark = pytest.mark.django_db


@pytest.fixture
def faq_demo(site_pages):
    load_faq_demo_data(site_pages)


def test_editors_and_moderators_may_write_publish_and_translate_faqs_and_topics(faq_demo):
    for group in EDITOR_GROUPS:
        user = UserFactory(username=f"member-of-{group}")
        user.groups.add(Group.objects.get(name=group))
        assert user.has_perms(
            [
                *(f"faq_plugin.{action}_faq" for action in ("add", "change", "delete", "publish")),
                *(f"faq_plugin.{action}_faqtopic" for action in ("add", "change", "delete")),
                "wagtail_localize.submit_translation",
            ]
        )


def test_loading_the_demo_again_leaves_the_editors_permissions_as_they_were(faq_demo, site_pages):
    editors = Group.objects.get(name="Editors")
    before = set(editors.permissions.all())
    load_faq_demo_data(site_pages)
    assert set(editors.permissions.all()) == before


def test_an_editor_publishes_a_faq_and_finds_translate_in_its_edit_view_and_the_listing(client, faq_demo):
    client.force_login(editor())
    topic = FAQTopic.objects.get(locale__language_code="fi", title="Jätehuolto")
    response = client.post(
        reverse("wagtailsnippets_faq_plugin_faq:add") + "?locale=fi",
        {
            "topic": topic.pk,
            "question": "Saako biojätteen kompostoida itse?",
            "answer": draftail("Saa, kun kompostori on suljettu."),
            "sort_order": "40",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    faq = FAQ.objects.get(question="Saako biojätteen kompostoida itse?")
    assert faq.live
    edit = client.get(reverse("wagtailsnippets_faq_plugin_faq:edit", args=[faq.pk])).content.decode()
    listing = client.get(reverse("wagtailsnippets_faq_plugin_faq:list"), {"topic": topic.pk}).content.decode()
    assert translate_links(edit, FAQ, faq.pk) == 1
    assert translate_links(listing, FAQ, faq.pk) == 1


def test_an_editor_finds_translate_in_a_new_topics_edit_view(client, faq_demo):
    client.force_login(editor())
    topic = FAQTopic.objects.create(locale=locale("fi"), title="Uimarannat")
    edit = client.get(reverse("wagtailsnippets_faq_plugin_faqtopic:edit", args=[topic.pk])).content.decode()
    assert translate_links(edit, FAQTopic, topic.pk) == 1
