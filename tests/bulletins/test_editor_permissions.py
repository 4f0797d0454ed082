"""The demo lets Wagtail's Editors and Moderators groups write, publish and translate bulletins: a member who is not
a superuser does it from the admin."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from bulletin_plugin.models import Bulletin
from home.demo.bulletins import load_bulletin_demo_data
from home.demo.site import EDITOR_GROUPS
from tests.bulletins.factories import BulletinFactory
from tests.factories import UserFactory, locale
from tests.home.editors import editor, translate_links
from tests.snippets import draftail

pytestmark = pytest.mark.django_db


@pytest.fixture
def bulletin_demo(site_pages):
    load_bulletin_demo_data(site_pages)


def test_editors_and_moderators_may_write_publish_and_translate_bulletins(bulletin_demo):
    for group in EDITOR_GROUPS:
        user = UserFactory(username=f"member-of-{group}")
        user.groups.add(Group.objects.get(name=group))
        assert user.has_perms(
            [
                *(f"bulletin_plugin.{action}_bulletin" for action in ("add", "change", "delete", "publish")),
                "wagtail_localize.submit_translation",
            ]
        )


def test_loading_the_demo_again_leaves_the_editors_permissions_as_they_were(bulletin_demo, site_pages):
    editors = Group.objects.get(name="Editors")
    before = set(editors.permissions.all())
    load_bulletin_demo_data(site_pages)
    assert set(editors.permissions.all()) == before


def test_an_editor_publishes_a_bulletin_and_finds_translate_in_its_edit_view_and_the_listing(client, bulletin_demo):
    client.force_login(editor())
    response = client.post(
        reverse("wagtailsnippets_bulletin_plugin_bulletin:add") + "?locale=fi",
        {
            "title": "Vesikatko tiistaina",
            "body": draftail("Vesi on poikki klo 9–12."),
            "priority": "urgent",
            "valid_from": "2026-12-01 08:00",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302
    bulletin = Bulletin.objects.get(title="Vesikatko tiistaina")
    assert bulletin.live
    edit = client.get(reverse("wagtailsnippets_bulletin_plugin_bulletin:edit", args=[bulletin.pk])).content.decode()
    listing = client.get(reverse("wagtailsnippets_bulletin_plugin_bulletin:list")).content.decode()
    assert translate_links(edit, Bulletin, bulletin.pk) == 1
    assert translate_links(listing, Bulletin, bulletin.pk) == 1


def test_a_bulletin_submitted_for_translation_stays_off_the_english_site_until_published_in_english(
    client, bulletin_demo
):
    client.force_login(editor())
    bulletin = BulletinFactory(title="Vesikatko tiistaina")
    response = client.post(
        reverse("wagtail_localize:submit_snippet_translation", args=["bulletin_plugin", "bulletin", bulletin.pk]),
        {"locales": [locale("en").pk]},
    )
    assert response.status_code == 302
    english = bulletin.get_translation(locale("en"))
    assert not english.live
    titles = [item["title"] for item in client.get("/api/v1/bulletins/", {"lang": "en"}).json()]
    assert "Vesikatko tiistaina" not in titles
