"""While the database is unreachable every surface answers 503 with Retry-After, in its own format and the
reader's language, never a 500 page; the failure is logged."""

import logging
from unittest import mock

import psycopg
import pytest
from django.db import InterfaceError, OperationalError
from django.test import Client, override_settings

from feedback_plugin.api.views import CategoryViewSet
from tests.api.open311 import errors

from .outage import database_down

pytestmark = pytest.mark.django_db

FEEDBACK = {"category": "roads", "description": "A pothole by the school gate."}


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


DATABASE_ERRORS = pytest.mark.parametrize(
    "error", [OperationalError, InterfaceError, psycopg.OperationalError], ids=["operational", "interface", "psycopg"]
)
BOTH_DEBUG_SETTINGS = pytest.mark.parametrize("debug", [False, True], ids=["debug-off", "debug-on"])


@DATABASE_ERRORS
@BOTH_DEBUG_SETTINGS
def test_api_v1_answers_a_json_503_with_retry_after(client, error, debug):
    with override_settings(DEBUG=debug), database_down(error):
        listing = client.get("/api/v1/categories/", HTTP_ACCEPT_LANGUAGE="en")
        sending = client.post("/api/v1/feedback/", FEEDBACK, "application/json", HTTP_ACCEPT_LANGUAGE="en")
    for response in (listing, sending):
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        assert response.json() == {"detail": "The service is temporarily unavailable. Please try again in a moment."}


@BOTH_DEBUG_SETTINGS
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_answers_a_503_error_list_in_its_format(client, debug, fmt):
    with override_settings(DEBUG=debug), database_down():
        response = client.get(f"/open311/v2/services.{fmt}", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert errors(response, fmt) == [("503", "The service is temporarily unavailable. Please try again in a moment.")]


def test_a_database_error_raised_by_a_middleware_is_a_503_too(client):
    """An unknown Open311 path needs no query, but Wagtail's redirect middleware looks the 404 up in the database
    afterwards: Django answers that through handler500."""
    with database_down():
        response = client.get("/open311/v2/no-such-endpoint.json")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert [code for code, _description in errors(response, "json")] == ["503"]


@BOTH_DEBUG_SETTINGS
@pytest.mark.parametrize(
    ("path", "heading", "lang"), [("/fi/", "Palvelu ei ole käytettävissä", "fi"), ("/en/", "Service unavailable", "en")]
)
def test_site_pages_answer_a_small_503_page_in_the_readers_language(client, debug, path, heading, lang):
    with override_settings(DEBUG=debug), database_down():
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert f'<html lang="{lang}">' in page
    assert f"<h1>{heading}</h1>" in page


def test_the_outage_is_logged_with_its_cause(client, caplog):
    with caplog.at_level(logging.ERROR, logger="django.request"), database_down():
        client.get("/api/v1/categories/")
    [record] = [record for record in caplog.records if record.name == "django.request"]
    assert record.getMessage() == "Service Unavailable: /api/v1/categories/"
    assert record.exc_info[0] is OperationalError


def test_other_server_errors_stay_500s(client, monkeypatch):
    monkeypatch.setattr(CategoryViewSet, "list", mock.Mock(side_effect=RuntimeError("a bug")))
    response = client.get("/api/v1/categories/")
    assert response.status_code == 500
    assert "Retry-After" not in response
