"""An editor with the right to change the theme edits it in Wagtail's settings; a colour pair that would fail WCAG
2.1 AA is refused on its field, in the editor's language, and nothing is saved."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Site

from home.demo.site import grant_editor_permissions
from home.models import ThemeSettings
from tests.home.editors import editor
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


def theme_form(primary, names):
    data = {
        "primary_colour": primary,
        "accent_colour": "#002b49",
        "text_on_primary_colour": "#ffffff",
        "service_names-TOTAL_FORMS": str(len(names)),
        "service_names-INITIAL_FORMS": "0",
        "service_names-MIN_NUM_FORMS": "0",
        "service_names-MAX_NUM_FORMS": "1000",
    }
    for index, (code, name) in enumerate(names.items()):
        data |= {
            f"service_names-{index}-locale": str(Locale.objects.get(language_code=code).pk),
            f"service_names-{index}-name": name,
            f"service_names-{index}-short_name": name[:12],
            f"service_names-{index}-ORDER": str(index),
            f"service_names-{index}-DELETE": "",
        }
    return data


@pytest.fixture
def edit_url(site_pages):
    grant_editor_permissions(ThemeSettings, ["change"])  # as the demo does
    return reverse("wagtailsettings:edit", args=["home", "themesettings", Site.objects.get().pk])


def test_an_editor_saves_the_theme_with_a_name_in_each_language(client, edit_url):
    verified_login(client, editor())
    response = client.post(edit_url, theme_form("#0b5d1e", {"fi": "Vihreä palaute", "en": "Green feedback"}))
    assert response.status_code == 302
    theme = ThemeSettings.objects.get()
    assert theme.primary_colour == "#0b5d1e"
    assert {name.locale.language_code: name.name for name in theme.service_names.all()} == {
        "fi": "Vihreä palaute",
        "en": "Green feedback",
    }
    assert "Vihreä palaute" in client.get("/fi/").content.decode()


def test_a_primary_colour_too_light_for_white_text_is_refused_in_finnish(client, edit_url):
    verified_login(client, editor())
    response = client.post(edit_url, theme_form("#777777", {"fi": "Palaute"}), headers={"accept-language": "fi"})
    assert response.status_code == 200
    assert "Teksti värillä #ffffff taustalla #777777: kontrasti 4,47:1" in response.content.decode()
    assert not ThemeSettings.objects.filter(primary_colour="#777777").exists()
