"""The feedback form's help slot: active bulletins for the chosen category and location."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone, translation
from wagtail import hooks

from bulletin_plugin.help import bulletin_category_help
from bulletin_plugin.models import Priority
from tests.bulletins.factories import BulletinFactory, translate_bulletin
from tests.factories import CategoryFactory, locale

pytestmark = pytest.mark.django_db

CENTRE = (Decimal("62.892400"), Decimal("27.677000"))
NEARBY = (Decimal("62.895000"), Decimal("27.680000"))  # about 330 m from the centre
FAR_AWAY = (Decimal("62.990000"), Decimal("27.900000"))  # about 15 km away


def ploughing(category, **fields):
    fields.setdefault("title", "Ploughing in your area is scheduled for tomorrow")
    return BulletinFactory(
        categories=[category],
        latitude=CENTRE[0],
        longitude=CENTRE[1],
        radius_m=1000,
        **fields,
    )


def test_bulletin_plugin_registers_its_help_function(winter_category):
    assert bulletin_category_help in hooks.get_hooks("feedback_category_help")


def test_the_category_shows_its_active_bulletin(rf, bulletin_pages, winter_category):
    bulletin = BulletinFactory(title="Aurausta tänään", categories=[winter_category])
    html = bulletin_category_help(rf.get("/"), winter_category, None, None)
    assert "Aurausta tänään" in html
    assert f'data-help-id="bulletin:{bulletin.pk}"' in html
    assert f'href="/fi/tiedotteet/{bulletin.pk}/"' in html


def test_another_category_shows_no_bulletin(rf, winter_category):
    BulletinFactory(categories=[winter_category])
    assert bulletin_category_help(rf.get("/"), CategoryFactory(code="littering"), None, None) == ""


def test_an_expired_or_unpublished_bulletin_is_not_shown(rf, winter_category):
    BulletinFactory(categories=[winter_category], valid_until=timezone.now() - datetime.timedelta(minutes=1))
    BulletinFactory(categories=[winter_category], publish=False)
    assert bulletin_category_help(rf.get("/"), winter_category, None, None) == ""


def test_a_spot_inside_the_area_is_told_the_bulletin_concerns_it(rf, winter_category):
    ploughing(winter_category)
    html = bulletin_category_help(rf.get("/"), winter_category, *NEARBY)
    assert "Ploughing in your area is scheduled for tomorrow" in html
    assert "Tiedote koskee valitsemaasi sijaintia." in html


def test_a_spot_outside_the_area_hides_the_area_bulletin(rf, winter_category):
    ploughing(winter_category)
    assert bulletin_category_help(rf.get("/"), winter_category, *FAR_AWAY) == ""


def test_without_a_spot_the_category_bulletin_shows_without_the_location_note(rf, winter_category):
    ploughing(winter_category)
    html = bulletin_category_help(rf.get("/"), winter_category, None, None)
    assert "Ploughing in your area" in html
    assert "Tiedote koskee valitsemaasi sijaintia." not in html


def test_an_area_bulletin_of_no_category_shows_for_any_category_at_its_spot(rf, winter_category):
    BulletinFactory(title="Water cut", priority=Priority.NOTICE, latitude=CENTRE[0], longitude=CENTRE[1], radius_m=500)
    other = CategoryFactory(code="parks-and-trees")
    assert "Water cut" in bulletin_category_help(rf.get("/"), other, *NEARBY)
    assert bulletin_category_help(rf.get("/"), other, *FAR_AWAY) == ""


def test_the_help_speaks_the_active_language(rf, bulletin_pages, winter_category):
    bulletin = ploughing(winter_category, title="Aurausta alueellasi huomenna")
    english = translate_bulletin(bulletin, "en", title="Ploughing in your area tomorrow")
    english_category = winter_category.get_translation(locale("en"))
    with translation.override("en"):
        html = bulletin_category_help(rf.get("/"), english_category, *NEARBY)
    assert "Ploughing in your area tomorrow" in html
    assert "Aurausta" not in html
    assert "Current bulletins on this topic" in html
    assert "This bulletin concerns the location you chose." in html
    assert f'href="/en/bulletins/{english.pk}/"' in html
