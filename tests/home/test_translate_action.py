"""The "Translate" action is where an editor works: a translatable snippet's edit view, as well as the listing and
a page's header where wagtail-localize already puts it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from feedback_plugin.models import FeedbackCategory
from home.demo.site import EDITOR_GROUPS, load_site_demo_data
from tests.factories import CategoryFactory, UserFactory, translate_category
from tests.home.editors import editor, translate_links
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def category_editor(site_pages):
    """Someone who may edit categories and submit translations (the demo gives Editors no taxonomy rights)."""
    user = UserFactory()
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "change_feedbackcategory", "submit_translation"])
    )
    return user


def edit_view(client, user, category):
    verified_login(client, user)
    return client.get(reverse("wagtailsnippets_feedback_plugin_feedbackcategory:edit", args=[category.pk]))


def test_a_snippet_edit_view_offers_translate_into_the_missing_language(client, category_editor):
    category = CategoryFactory()
    html = edit_view(client, category_editor, category).content.decode()
    assert translate_links(html, FeedbackCategory, category.pk) == 1


def test_translate_is_gone_once_the_snippet_is_in_every_language(client, category_editor):
    category = CategoryFactory()
    translate_category(category, "en", name="Street lights")
    html = edit_view(client, category_editor, category).content.decode()
    assert translate_links(html, FeedbackCategory, category.pk) == 0


def test_translate_needs_the_right_to_submit_translations(client, category_editor):
    category_editor.user_permissions.remove(Permission.objects.get(codename="submit_translation"))
    category = CategoryFactory()
    html = edit_view(client, category_editor, category).content.decode()
    assert translate_links(html, FeedbackCategory, category.pk) == 0


def test_the_create_view_has_no_translate_action(client, site_pages, admin_user):
    verified_login(client, admin_user)
    html = client.get(reverse("wagtailsnippets_home_contactdetails:add") + "?locale=fi").content.decode()
    assert "/admin/localize/submit/snippet/" not in html


def test_the_demo_lets_editors_and_moderators_submit_translations():
    load_site_demo_data()
    for group in EDITOR_GROUPS:
        user = UserFactory(username=f"member-of-{group}")
        user.groups.add(Group.objects.get(name=group))
        assert user.has_perm("wagtail_localize.submit_translation")


def test_an_editor_finds_translate_this_page_in_the_page_header_and_the_page_listing(client):
    homes = load_site_demo_data()
    statement = homes["fi"].get_children().first()
    statement.get_translations().delete()
    client.force_login(editor())
    submit = reverse("wagtail_localize:submit_page_translation", args=[statement.pk])
    header = client.get(reverse("wagtailadmin_pages:edit", args=[statement.pk])).content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[homes["fi"].pk])).content.decode()
    assert f'href="{submit}"' in header
    assert f'href="{submit}"' in listing
