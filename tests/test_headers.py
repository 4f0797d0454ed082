"""Every surface answers with the security headers: a Content-Security-Policy for its part of the site, a
Permissions-Policy that allows geolocation only on the feedback form, and Django's nosniff, referrer and framing
headers. The policies themselves are in docs/security.md, "Headers"."""

import pytest
from django.apps import apps
from django.test import override_settings
from django.urls import reverse

from home.demo.feedback_pages import ensure_feedback_pages
from tests.factories import UserFactory, make_feedback
from tests.resident.conftest import street_lighting
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db

OSM_TILES = "https://tile.openstreetmap.org"


def policy(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    directives = (part.split() for part in response[header].split(";"))
    return {name: sources for name, *sources in directives}


def permissions(response):
    """The Permissions-Policy as {feature: allowlist}."""
    return dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in ("same-origin", "no-referrer")
    features = permissions(response)
    assert {"camera", "microphone", "payment", "usb"} <= features.keys()
    assert {features[name] for name in ("camera", "microphone", "payment", "usb")} == {"()"}


def assert_public_policy(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:", OSM_TILES]
    assert csp["connect-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
    assert_common_headers(response)


@pytest.fixture
def public_paths(site_pages):
    """The public pages a resident reads, by name."""
    ensure_feedback_pages(site_pages)
    feedback = make_feedback(street_lighting(), title="Dark corner")
    paths = {
        "home": "/fi/",
        "list": "/en/feedback-list/",
        "item": f"/en/feedback-list/{feedback.reference}/",
        "form": "/en/give-feedback/",
        "tracking": f"/feedback/track/{feedback.tracking_token}/",
    }
    if apps.is_installed("faq_plugin"):
        from home.demo.faq import ensure_faq_index_pages

        ensure_faq_index_pages(site_pages)
        paths["FAQ"] = "/en/faq/"
    if apps.is_installed("bulletin_plugin"):
        from home.demo.bulletins import ensure_bulletin_index_pages

        ensure_bulletin_index_pages(site_pages)
        paths["bulletins"] = "/en/bulletins/"
    return paths


def test_public_pages_run_only_the_sites_own_scripts_styles_and_map_tiles(client, public_paths):
    for name, path in public_paths.items():
        response = client.get(path, follow=True)
        assert response.status_code == 200, name
        assert_public_policy(response)
        assert "'unsafe-inline'" not in policy(response)["script-src"], name


def test_only_the_feedback_form_may_ask_for_the_residents_location(client, public_paths):
    for name, path in public_paths.items():
        allowed = permissions(client.get(path, follow=True))["geolocation"]
        assert allowed == ("(self)" if name == "form" else "()"), name


def test_the_form_still_allows_geolocation_when_it_shows_errors(client, public_paths):
    response = client.post(public_paths["form"], {"description": ""})
    assert response.status_code == 400
    assert permissions(response)["geolocation"] == "(self)"
    assert_common_headers(response)


def test_a_city_with_its_own_tile_server_allows_images_from_that_host_only(client, public_paths):
    tiles = "https://{s}.kartta.example.fi/tiles/{z}/{x}/{y}.png"
    with override_settings(FEEDBACK_PLUGIN={"MAP_TILE_URL": tiles}):
        response = client.get(public_paths["list"])
    assert policy(response)["img-src"] == ["'self'", "data:", "blob:", "https://*.kartta.example.fi"]


@pytest.mark.parametrize(
    "path",
    ["/api/v1/", "/api/v1/categories/", "/api/v1/feedback/", "/open311/v2/services.json", "/api/v2/pages/"],
)
def test_the_apis_answer_with_the_public_policy(client, site_pages, path):
    response = client.get(path)
    assert response.status_code == 200
    assert_public_policy(response)


def test_the_schema_answers_with_the_public_policy(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert_public_policy(response)


@pytest.mark.parametrize("path", ["/api/docs/", "/api/docs/redoc/"])
def test_the_api_docs_load_scripts_only_from_the_site_and_allow_their_inline_styles(client, path):
    response = client.get(path)
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["connect-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert_common_headers(response)
    assert permissions(response)["geolocation"] == "()"


def test_swagger_ui_starts_from_a_script_file_not_an_inline_script(client):
    html = client.get("/api/docs/").content.decode()
    assert "<script>" not in html
    script = client.get("/api/docs/?script=")
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle" in script.content.decode()


def assert_admin_policy(response):
    csp = policy(response)
    assert csp["default-src"] == ["'self'"]
    # Wagtail's admin needs inline scripts: see docs/security.md for why this part of the site is weaker.
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:", "blob:", "https://*.tile.openstreetmap.org"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert_common_headers(response)
    assert permissions(response)["geolocation"] == "()"


def test_the_admin_login_answers_with_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_admin_policy(response)
    assert response["X-Frame-Options"] == "DENY"


def test_an_admin_page_answers_with_the_admin_policy(client, site_pages):
    verified_login(client, UserFactory(is_superuser=True))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert_admin_policy(response)
    assert "gravatar.com" not in response.content.decode()


def test_the_admin_map_loads_leaflet_from_the_site_not_a_cdn(client, site_pages):
    verified_login(client, UserFactory(is_superuser=True))
    html = client.get(reverse("feedback_inbox:add")).content.decode()
    assert 'data-controller="leaflet-field"' in html
    assert "/static/feedback_plugin/vendor/leaflet/leaflet.js" in html
    assert "unpkg.com" not in html
