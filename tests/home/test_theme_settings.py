"""The theme setting refuses colours whose text would not meet WCAG 2.1 AA contrast, in the editor's language."""

import re

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Site

from home.contrast import contrast_ratio
from home.models import DEFAULT_COLOURS, LIGHT_BACKGROUNDS, ThemeSettings
from home.theme import CSS_PROPERTIES
from tests.home.theme import logo_image

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "background", "ratio"),
    [
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#777777", "#ffffff", 4.48),
        ("#767676", "#ffffff", 4.54),
        ("#595959", "#ffffff", 7.0),
        ("#0000ff", "#ffff00", 8.0),
    ],
)
def test_contrast_ratio_follows_the_wcag_formula(text, background, ratio):
    assert contrast_ratio(text, background) == pytest.approx(ratio, abs=0.01)
    assert contrast_ratio(background, text) == pytest.approx(ratio, abs=0.01)


def theme(**colours):
    return ThemeSettings(site=Site.objects.get(is_default_site=True), **{**DEFAULT_COLOURS, **colours})


def test_the_default_colours_pass(site_pages):
    theme().full_clean()


@pytest.mark.parametrize(
    ("colours", "field"),
    [
        ({"text_on_primary_colour": "#777777", "primary_colour": "#ffffff"}, "text_on_primary_colour"),
        ({"primary_colour": "#777777"}, "primary_colour"),
        ({"accent_colour": "#5a8dee"}, "accent_colour"),
        # White text on the primary colour is fine, but the accent colour is too light for it.
        ({"accent_colour": "#3b82f6"}, "accent_colour"),
    ],
)
def test_a_pair_below_4_5_to_1_is_refused_on_its_field(site_pages, colours, field):
    with pytest.raises(ValidationError) as error:
        theme(**colours).full_clean()
    assert field in error.value.message_dict
    assert "WCAG 2.1 AA" in error.value.message_dict[field][0]


def test_the_error_names_the_colours_and_the_ratio_cut_short_not_rounded_up_in_finnish(site_pages):
    with pytest.raises(ValidationError) as error:
        theme(primary_colour="#777777").full_clean()
    with translation.override("fi"):
        message = error.value.message_dict["primary_colour"][0]
    # 4.478: rounded up, it would read 4,48, and a ratio of 4.499 would read as the 4,5 it falls short of.
    assert message == (
        "Teksti värillä #777777 taustalla #ffffff: kontrasti 4,47:1; WCAG 2.1 AA vaatii vähintään 4,5:1."
    )


def test_a_colour_that_is_not_hex_is_refused(site_pages):
    with pytest.raises(ValidationError) as error:
        theme(primary_colour="green").full_clean()
    assert list(error.value.message_dict) == ["primary_colour"]


def test_a_logo_too_small_for_the_app_icons_is_refused(site_pages):
    small = theme()
    small.logo = logo_image(size=(300, 600))
    with pytest.raises(ValidationError) as error:
        small.full_clean()
    with translation.override("en"):
        assert error.value.message_dict["logo"] == ["The logo is 300 × 600 pixels; it must be at least 512 × 512."]


def stylesheet_root():
    css = (settings.BASE_DIR / "static" / "css" / "site.css").read_text()
    root = re.search(r":root \{(.*?)\}", css, re.S).group(1)
    return dict(re.findall(r"(--[\w-]+):\s*([^;]+);", root))


def test_the_stylesheet_defaults_are_the_settings_defaults():
    root = stylesheet_root()
    assert {CSS_PROPERTIES[field]: colour for field, colour in DEFAULT_COLOURS.items()} == {
        name: root[name] for name in CSS_PROPERTIES.values()
    }
    assert [root["--color-bg"], root["--color-bg-soft"]] == LIGHT_BACKGROUNDS


def test_the_demo_loads_the_neutral_city_look_once_however_often_it_runs(db):
    from home.demo.site import load_site_demo_data

    load_site_demo_data()
    load_site_demo_data()
    theme = ThemeSettings.objects.get()
    assert {field: getattr(theme, field) for field in DEFAULT_COLOURS} == DEFAULT_COLOURS
    assert theme.logo is None
    assert sorted((name.locale.language_code, name.name) for name in theme.service_names.all()) == [
        ("en", "City feedback service"),
        ("fi", "Kaupungin palautepalvelu"),
    ]
