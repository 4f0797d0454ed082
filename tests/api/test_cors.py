"""CORS: headless front ends on the configured origins may call the APIs; nothing else gets the header."""

import pytest
from django.test import override_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("site_pages")]

ORIGIN = "https://app.example.fi"


@override_settings(CORS_ALLOWED_ORIGINS=[ORIGIN])
@pytest.mark.parametrize("url", ["/api/v1/categories/", "/open311/v2/services.json", "/api/v2/pages/"])
def test_configured_origin_may_call_the_apis(client, url):
    response = client.get(url, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == ORIGIN


@override_settings(CORS_ALLOWED_ORIGINS=[ORIGIN])
def test_preflight_for_a_submission_is_allowed(client):
    response = client.options("/api/v1/feedback/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert response["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in response["Access-Control-Allow-Methods"]


@override_settings(CORS_ALLOWED_ORIGINS=[ORIGIN])
def test_other_origins_and_html_pages_get_no_cors_header(client):
    assert "Access-Control-Allow-Origin" not in client.get("/api/v1/categories/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in client.get("/fi/", HTTP_ORIGIN=ORIGIN)
