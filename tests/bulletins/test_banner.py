"""The site-wide banner: active urgent and notice bulletins, dismissible per bulletin version."""

import datetime

import pytest
from django.utils import timezone

from bulletin_plugin.models import Priority
from tests.bulletins.factories import BulletinFactory, translate_bulletin

pytestmark = pytest.mark.django_db


def banner_of(client, path="/fi/"):
    html = client.get(path).content.decode()
    return html.split("</header>")[1].split('id="main"')[0]


def test_urgent_and_notice_bulletins_show_in_the_banner_but_info_does_not(client, bulletin_pages):
    BulletinFactory(title="Urgent one", priority=Priority.URGENT)
    BulletinFactory(title="Notice one", priority=Priority.NOTICE)
    BulletinFactory(title="Info one", priority=Priority.INFO)
    banner = banner_of(client)
    assert "Urgent one" in banner
    assert "Notice one" in banner
    assert "Info one" not in banner
    assert banner.index("Urgent one") < banner.index("Notice one")


def test_banner_links_each_bulletin_and_names_its_region(client, bulletin_pages):
    bulletin = BulletinFactory(title="Aurausta")
    banner = banner_of(client)
    assert '<section class="bulletin-banner" aria-label="Tiedotteet"' in banner
    assert f'<a href="/fi/tiedotteet/{bulletin.pk}/">Aurausta</a>' in banner


def test_banner_works_without_the_bulletin_section_page(client, site_pages):
    BulletinFactory(title="Aurausta")
    assert "Aurausta" in banner_of(client)


def test_banner_shows_the_bulletin_of_the_pages_language(client, bulletin_pages):
    bulletin = BulletinFactory(title="Aurausta")
    translate_bulletin(bulletin, "en", title="Ploughing")
    assert "Ploughing" in banner_of(client, "/en/")
    assert "Aurausta" not in banner_of(client, "/en/")


def test_no_banner_without_active_bulletins(client, site_pages):
    BulletinFactory(
        valid_from=timezone.now() - datetime.timedelta(days=1),
        valid_until=timezone.now() - datetime.timedelta(seconds=1),
    )
    assert "bulletin-banner" not in banner_of(client)


def test_the_dismiss_button_is_added_by_the_script_so_the_banner_reads_well_without_it(client, site_pages):
    BulletinFactory()
    banner = banner_of(client)
    assert "data-bulletin-dismiss hidden" in banner
    assert '<script src="/static/bulletin_plugin/banner.js"></script>' in banner


def test_republishing_a_bulletin_gives_it_a_new_dismissal_key(client, site_pages):
    bulletin = BulletinFactory()
    first_key = f'data-bulletin-key="{bulletin.pk}:{bulletin.live_revision_id}"'
    assert first_key in banner_of(client)
    bulletin.title = "Updated"
    bulletin.save_revision().publish()
    bulletin.refresh_from_db()
    assert first_key not in banner_of(client)
    assert f'data-bulletin-key="{bulletin.pk}:{bulletin.live_revision_id}"' in banner_of(client)
