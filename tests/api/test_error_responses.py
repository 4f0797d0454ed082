"""Every answer under /api/ and /open311/ is JSON (XML for an Open311 ``.xml`` path), DEBUG on or off."""

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from feedback_plugin.api.views import CategoryViewSet
from feedback_plugin.open311.views import ServiceListView

from .open311 import errors

pytestmark = pytest.mark.django_db

BOTH_DEBUG_SETTINGS = pytest.mark.parametrize("debug", [False, True], ids=["debug-off", "debug-on"])


@BOTH_DEBUG_SETTINGS
@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("/api/v1/faqs/-1.5e-84/", "detail"),
        ("/api/v1/feedback/2026-1/", "detail"),
        ("/api/v1/no-such-resource/", "detail"),
        ("/api/v1/categories", "detail"),
        ("/api/no-such-api/", "detail"),
        ("/api/v2/pages/not-a-number/", "message"),
        ("/api/v2/no-such-endpoint/", "message"),
    ],
)
def test_unknown_paths_and_malformed_ids_are_json_404s(client, debug, url, key):
    with override_settings(DEBUG=debug):
        response = client.get(url, HTTP_ACCEPT="text/html", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {key: "Not found."}


@BOTH_DEBUG_SETTINGS
@pytest.mark.parametrize(
    ("url", "fmt"),
    [
        ("/open311/v2/requests/-1.5e-84.json", "json"),
        ("/open311/v2/no-such-thing.xml", "xml"),
        ("/open311/v2/services", "json"),
        ("/open311/v3/discovery.xml", "xml"),
    ],
)
def test_unknown_open311_paths_are_error_lists_in_their_format(client, debug, url, fmt):
    with override_settings(DEBUG=debug):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert errors(response, fmt) == [("404", "Not found.")]


@BOTH_DEBUG_SETTINGS
def test_a_wrong_method_is_a_json_405(client, debug):
    with override_settings(DEBUG=debug):
        v1 = client.delete("/api/v1/categories/", HTTP_ACCEPT_LANGUAGE="en")
        pages = client.post("/api/v2/pages/")
        open311 = client.delete("/open311/v2/services.xml", HTTP_ACCEPT_LANGUAGE="en")
    assert (v1.status_code, v1.json()) == (405, {"detail": 'Method "DELETE" not allowed.'})
    assert pages.status_code == 405 and pages["Content-Type"] == "application/json"
    assert open311.status_code == 405
    assert errors(open311, "xml") == [("405", 'Method "DELETE" not allowed.')]


@pytest.fixture
def failing_views(monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(CategoryViewSet, "list", fail)
    monkeypatch.setattr(ServiceListView, "get", fail)
    return APIClient(raise_request_exception=False)


@BOTH_DEBUG_SETTINGS
@pytest.mark.parametrize(("url", "fmt"), [("/open311/v2/services.json", "json"), ("/open311/v2/services.xml", "xml")])
def test_a_server_error_in_open311_is_an_error_list(failing_views, debug, url, fmt):
    with override_settings(DEBUG=debug):
        response = failing_views.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 500
    assert errors(response, fmt) == [("500", "A server error occurred.")]


@BOTH_DEBUG_SETTINGS
def test_a_server_error_in_api_v1_is_json(failing_views, debug):
    with override_settings(DEBUG=debug):
        response = failing_views.get("/api/v1/categories/", HTTP_ACCEPT_LANGUAGE="en")
    assert (response.status_code, response.json()) == (500, {"detail": "A server error occurred."})
