"""Editors manage bulletins in the Wagtail admin: drafts, publishing, and the area on wagtailgeowidget's map."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from bulletin_plugin.models import Bulletin
from tests.bulletins.factories import BulletinFactory
from tests.factories import locale
from tests.second_factor import verified_login
from tests.snippets import draftail

pytestmark = pytest.mark.django_db


def form_data(winter_category, **overrides):
    return {
        "title": "Aurausta Saaristokadulla",
        "body": draftail("Auraus alkaa klo 7."),
        "priority": "urgent",
        "valid_from": "2027-01-10 06:00",
        "valid_until": "2027-01-11 18:00",
        "categories": [winter_category.pk],
        "area_centre": "SRID=4326;POINT(27.677 62.8924)",
        "radius_m": "800",
        **overrides,
    }


@pytest.fixture
def editor_client(client, django_user_model):
    verified_login(client, django_user_model.objects.create_superuser("editor", "editor@example.fi", "password"))
    return client


def test_create_form_renders_the_area_map(editor_client, site_pages):
    response = editor_client.get(reverse("wagtailsnippets_bulletin_plugin_bulletin:add") + "?locale=fi")
    html = response.content.decode()
    assert response.status_code == 200
    assert "wagtailgeowidget" in html
    assert 'name="area_centre"' in html
    assert 'name="radius_m"' in html


def test_publishing_stores_the_point_as_numeric_latitude_and_longitude(editor_client, site_pages, winter_category):
    url = reverse("wagtailsnippets_bulletin_plugin_bulletin:add") + "?locale=fi"
    response = editor_client.post(url, form_data(winter_category, **{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:3000]
    bulletin = Bulletin.objects.get()
    assert bulletin.live
    assert (bulletin.latitude, bulletin.longitude, bulletin.radius_m) == (
        Decimal("62.892400"),
        Decimal("27.677000"),
        800,
    )
    assert [category.code for category in bulletin.categories.all()] == ["winter-maintenance"]
    assert bulletin.live_revision is not None


def test_saving_a_draft_keeps_the_bulletin_off_the_site(editor_client, site_pages, winter_category):
    url = reverse("wagtailsnippets_bulletin_plugin_bulletin:add") + "?locale=fi"
    editor_client.post(url, form_data(winter_category))
    assert Bulletin.objects.get().live is False
    assert Bulletin.objects.live_in("fi").active().count() == 0


def test_edit_form_shows_the_point_in_the_map_widgets_format(editor_client, site_pages):
    bulletin = BulletinFactory(latitude=Decimal("62.892400"), longitude=Decimal("27.677000"), radius_m=500)
    response = editor_client.get(reverse("wagtailsnippets_bulletin_plugin_bulletin:edit", args=[bulletin.pk]))
    assert 'value="SRID=4326;POINT(27.677000 62.892400)"' in response.content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"radius_m": ""}, "radius_m", "Anna sekä piste kartalla että säde, tai ei kumpaakaan."),
        ({"area_centre": "POINT(nonsense)"}, "area_centre", "Sijainti ei ole kelvollinen piste."),
        ({"valid_until": "2027-01-09 06:00"}, "valid_until", "Päättymisajan on oltava alkamisajan jälkeen."),
    ],
)
def test_invalid_input_is_explained_on_the_form(editor_client, site_pages, winter_category, overrides, field, message):
    url = reverse("wagtailsnippets_bulletin_plugin_bulletin:add") + "?locale=fi"
    response = editor_client.post(url, form_data(winter_category, **overrides))
    assert response.status_code == 200
    assert response.context["form"].errors[field] == [message]
    assert not Bulletin.objects.exists()


def test_wagtail_localize_translates_title_and_body_but_never_coordinates_or_times(winter_category):
    bulletin = BulletinFactory(
        title="Aurausta",
        body="<p>Pääkadut ensin.</p>",
        categories=[winter_category],
        latitude=Decimal("62.892400"),
        longitude=Decimal("27.677000"),
        radius_m=500,
    )
    source, _created = TranslationSource.get_or_create_from_instance(bulletin)
    segments = set(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    assert segments == {"Aurausta", "Pääkadut ensin."}


def test_a_wagtail_localize_translation_keeps_categories_validity_and_area(winter_category):
    bulletin = BulletinFactory(
        categories=[winter_category],
        valid_from=datetime.datetime(2027, 1, 10, 6, 0, tzinfo=datetime.UTC),
        valid_until=datetime.datetime(2027, 1, 11, 18, 0, tzinfo=datetime.UTC),
        latitude=Decimal("62.1"),
        longitude=Decimal("27.1"),
        radius_m=100,
    )
    source, _created = TranslationSource.get_or_create_from_instance(bulletin)
    english, _created = source.create_or_update_translation(locale("en"), fallback=True)
    assert english.locale.language_code == "en"
    assert english.translation_key == bulletin.translation_key
    assert list(english.categories.all()) == [winter_category]
    assert (english.latitude, english.longitude, english.radius_m) == (bulletin.latitude, bulletin.longitude, 100)
    assert (english.valid_from, english.valid_until) == (bulletin.valid_from, bulletin.valid_until)


def test_editors_can_add_the_bulletin_page_under_the_home_page_and_list_bulletins(editor_client, site_pages):
    home = site_pages["fi"]
    add_page = reverse("wagtailadmin_pages:add", args=["bulletin_plugin", "bulletinindexpage", home.pk])
    assert editor_client.get(add_page).status_code == 200
    BulletinFactory(title="Aurausta")
    listing = editor_client.get(reverse("wagtailsnippets_bulletin_plugin_bulletin:list")).content.decode()
    assert "Aurausta" in listing
