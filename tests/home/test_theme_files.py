"""The theme reaches the pages: its stylesheet, the header's brand, the manifest and the icons (acceptance 3:
Lighthouse-style installability, without the service worker)."""

import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from home.templatetags import home_tags
from home.theme import DEFAULT_THEME
from tests.home.theme import GREEN_NAMES, green_theme

pytestmark = pytest.mark.django_db


def served(url):
    """The bytes behind a static or media URL, as the static-file and media servers give them."""
    if url.startswith(settings.STATIC_URL):
        return Path(finders.find(url.removeprefix(settings.STATIC_URL))).read_bytes()
    with default_storage.open(url.removeprefix(settings.MEDIA_URL)) as file:
        return file.read()


def link_href(html, rel, **attributes):
    """The href of the page's <link rel=…> with these attributes."""
    for tag in re.findall(r"<link [^>]*>", html):
        if f'rel="{rel}"' in tag and all(f'{name}="{value}"' in tag for name, value in attributes.items()):
            return re.search(r'href="([^"]*)"', tag).group(1)
    raise AssertionError(f"no <link rel={rel}> in the page")


def theme_stylesheet_url(html):
    return next(href for href in re.findall(r'href="([^"]*)"', html) if href.startswith("/theme.css"))


def test_every_page_links_the_theme_stylesheet_with_the_saved_colours(client, site_pages):
    green_theme()
    response = client.get(theme_stylesheet_url(client.get("/fi/").content.decode()))
    assert response["Content-Type"] == "text/css; charset=utf-8"
    assert response.content.decode() == (
        ":root{--color-brand:#0b5d1e;--color-brand-dark:#063b12;--color-on-brand:#ffffff;}\n"
    )


def test_without_a_saved_theme_the_stylesheet_repeats_the_default_colours(client, site_pages):
    response = client.get(theme_stylesheet_url(client.get("/en/").content.decode()))
    assert "--color-brand:#00406b;" in response.content.decode()


def test_the_linked_stylesheet_may_be_kept_a_year_an_outdated_version_not(client, site_pages):
    url = theme_stylesheet_url(client.get("/fi/").content.decode())
    assert client.get(url)["Cache-Control"] == "public, max-age=31536000, immutable"
    assert client.get("/theme.css?v=0ld")["Cache-Control"] == "no-cache"


def test_saving_new_colours_links_a_new_stylesheet_with_them(client, site_pages, django_capture_on_commit_callbacks):
    before = theme_stylesheet_url(client.get("/fi/").content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        green_theme(with_logo=False)
    after = theme_stylesheet_url(client.get("/fi/").content.decode())
    assert after != before
    assert "--color-brand:#0b5d1e;" in client.get(after).content.decode()


def count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        html = client.get(path).content.decode()
    return queries, html


def test_a_public_page_reads_its_theme_without_a_query_of_its_own(client, site_pages, monkeypatch):
    green_theme()
    client.get("/fi/")  # builds the theme's cached value, and Wagtail's root paths
    queries, html = count_queries(client, "/fi/")
    sql = " ".join(query["sql"] for query in queries)
    assert GREEN_NAMES["fi"][0] in html
    assert "home_themesettings" not in sql
    assert "home_servicename" not in sql
    assert "wagtailimages" not in sql
    monkeypatch.setattr(home_tags, "theme_for_request", lambda request: DEFAULT_THEME)
    unthemed, _html = count_queries(client, "/fi/")
    print(f"home page queries: {len(queries)} themed, {len(unthemed)} without the theme")
    # The theme is a site-wide value: the request's one read of the shared stamps covers it with the others.
    assert len(queries) == len(unthemed)


@pytest.mark.parametrize("code", ["fi", "en"])
def test_the_header_shows_the_logo_and_the_service_name_in_the_page_language(client, site_pages, code):
    green_theme()
    html = client.get(f"/{code}/").content.decode()
    brand = re.search(r'<a class="site-header__brand"[^>]*>(.*?)</a>', html, re.S).group(1)
    logo = re.search(r'<img class="site-header__logo" src="([^"]+)" width="(\d+)" height="40" alt="">', brand)
    assert Image.open(io.BytesIO(served(logo.group(1)))).height == 80
    assert f'<span class="site-header__name">{GREEN_NAMES[code][0]}</span>' in brand
    assert f"– {GREEN_NAMES[code][0]}</title>" in html


@pytest.mark.parametrize(("code", "name"), [("fi", "Kaupungin palautepalvelu"), ("en", "City feedback service")])
def test_without_a_theme_the_header_names_the_service_in_the_page_language(client, site_pages, code, name):
    html = client.get(f"/{code}/").content.decode()
    assert f'<a class="site-header__brand" href="/{code}/"><span class="site-header__name">{name}</span></a>' in html


def manifest(client):
    response = client.get(link_href(client.get("/en/").content.decode(), "manifest"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    return json.loads(response.content)


def png_size(url):
    image = Image.open(io.BytesIO(served(url)))
    assert image.format == "PNG"
    return f"{image.width}x{image.height}"


@pytest.mark.parametrize("with_logo", [True, False], ids=["logo", "default icons"])
def test_the_manifest_makes_the_site_installable(client, site_pages, with_logo):
    if with_logo:
        green_theme()
    data = manifest(client)
    assert data["name"] == (GREEN_NAMES["fi"][0] if with_logo else "Kaupungin palautepalvelu")
    assert data["short_name"] == (GREEN_NAMES["fi"][1] if with_logo else "Palaute")
    assert data["lang"] == "fi"
    assert client.get(data["start_url"]).status_code == 200
    assert data["start_url"] == "/fi/"
    assert (data["scope"], data["display"]) == ("/", "standalone")
    assert data["theme_color"] == ("#0b5d1e" if with_logo else "#00406b")
    assert re.fullmatch(r"#[0-9a-f]{6}", data["background_color"])
    assert [png_size(icon["src"]) for icon in data["icons"]] == [icon["sizes"] for icon in data["icons"]]
    assert {(icon["sizes"], icon["purpose"]) for icon in data["icons"]} == {
        ("192x192", "any"),
        ("512x512", "any"),
        ("512x512", "maskable"),
    }
    assert all(
        icon["src"].startswith(settings.MEDIA_URL if with_logo else settings.STATIC_URL) for icon in data["icons"]
    )


def test_the_theme_colour_and_the_apple_touch_icon_are_in_the_head(client, site_pages):
    green_theme()
    html = client.get("/fi/").content.decode()
    assert '<meta name="theme-color" content="#0b5d1e">' in html
    assert png_size(link_href(html, "apple-touch-icon")) == "180x180"
    assert png_size(link_href(html, "icon", type="image/png", sizes="192x192")) == "192x192"


def test_favicon_ico_holds_16_32_and_48_pixel_icons(client, site_pages):
    html = client.get("/fi/").content.decode()
    assert link_href(html, "icon", sizes="16x16 32x32 48x48") == "/favicon.ico"
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    icon = Image.open(io.BytesIO(served(response["Location"])))
    assert icon.format == "ICO"
    assert icon.info["sizes"] == {(16, 16), (32, 32), (48, 48)}
