import io

import pytest
from django.core.management import call_command

from bulletin_plugin.models import Bulletin, Priority
from bulletin_plugin.pages import BulletinIndexPage

pytestmark = pytest.mark.django_db


def test_demo_data_has_an_active_ploughing_bulletin_a_future_and_an_ended_one_and_is_idempotent(demo_content):
    call_command("load_demo_data", stdout=io.StringIO())
    for language in ("fi", "en"):
        bulletins = Bulletin.objects.live_in(language)
        assert bulletins.count() == 3
        active = bulletins.active()
        assert [bulletin.priority for bulletin in active] == [Priority.URGENT]
        assert [category.code for category in active[0].categories.all()] == ["winter-maintenance"]
        assert active[0].has_area
        assert bulletins.expired().count() == 1
        assert BulletinIndexPage.objects.live().filter(locale__language_code=language).count() == 1


def test_demo_ploughing_bulletin_shows_in_the_banner_in_both_languages(client, demo_content):
    assert "Ploughing in the centre: main streets by 7:00" in client.get("/en/").content.decode()
    assert "Aurausta keskustassa: pääkadut klo 7 mennessä" in client.get("/fi/").content.decode()


def test_bulletin_section_is_in_the_navigation(client, bulletin_pages):
    assert '<li><a href="/en/bulletins/">Bulletins</a></li>' in client.get("/en/").content.decode()
    assert '<li><a href="/fi/tiedotteet/">Tiedotteet</a></li>' in client.get("/fi/").content.decode()
