"""OpenAPI 3 schema and its documentation pages, served without a CDN."""

import io

import pytest
from django.core.management import call_command
from django.urls import resolve
from openapi_spec_validator import OpenAPIV30SpecValidator

from citysite.api import build_v1_router

pytestmark = pytest.mark.django_db


def test_schema_validates_without_warnings():
    output = io.StringIO()
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json", stdout=output)
    assert '"/api/v1/feedback/"' in output.getvalue()


def test_schema_documents_the_v1_api_and_its_errors(client):
    schema = client.get("/api/schema/?format=json").json()
    assert schema["openapi"].startswith("3.")
    assert all(path.startswith("/api/v1/") for path in schema["paths"])
    listing = schema["paths"]["/api/v1/feedback/"]["get"]
    assert {"200", "400", "404", "429"} <= set(listing["responses"])
    assert "multipart/form-data" in schema["paths"]["/api/v1/feedback/"]["post"]["requestBody"]["content"]
    assert {"lang", "category", "service_area", "kind", "status", "bbox", "search", "page", "page_size"} <= {
        parameter["name"] for parameter in listing["parameters"]
    }


@pytest.mark.parametrize("url", ["/api/docs/", "/api/docs/redoc/"])
def test_documentation_pages_use_the_sites_own_static_files(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/" in html
    assert "cdn.jsdelivr.net" not in html and "unpkg.com" not in html and "fonts.googleapis.com" not in html


def test_v1_router_is_composed_from_the_plugins_routers():
    prefixes = [prefix for prefix, _viewset, _basename in build_v1_router().registry]
    assert {"feedback", "categories"} <= set(prefixes)


def test_feedback_detail_route_leaves_room_for_other_feedback_paths():
    """The map's GeoJSON lives at /api/v1/feedback/geojson/: the detail route takes references only."""
    assert resolve("/api/v1/feedback/2026-000001/").url_name == "feedback-detail"
    assert resolve("/api/v1/feedback/geojson/").url_name == "geojson"


@pytest.mark.parametrize(
    "asset",
    [
        "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js",
        "drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css",
        "drf_spectacular_sidecar/redoc/bundles/redoc.standalone.js",
    ],
)
def test_documentation_assets_are_installed_static_files(asset):
    from django.contrib.staticfiles import finders

    assert finders.find(asset), asset


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    return response.json()


def test_schema_passes_openapi_spec_validator_with_no_error(schema):
    assert schema["openapi"].startswith("3.0.")
    errors = [
        f"{list(error.absolute_path)}: {error.message}" for error in OpenAPIV30SpecValidator(schema).iter_errors()
    ]
    assert errors == []


def test_every_operation_documents_429_with_its_retry_after_header(schema):
    operations = [
        (path, method, operation) for path, item in schema["paths"].items() for method, operation in item.items()
    ]
    # Feedback alone has six operations (list, create, detail, categories, category, GeoJSON); FAQs and
    # bulletins add theirs where those plugins are installed.
    assert len(operations) >= 6
    for path, method, operation in operations:
        throttled = operation["responses"].get("429")
        assert throttled, (path, method)
        assert throttled["headers"]["Retry-After"]["schema"] == {"type": "integer"}, (path, method)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_schema_is_in_english_whatever_the_request_language(client, language):
    response = client.get("/api/schema/?format=json", HTTP_ACCEPT_LANGUAGE=language)
    assert response["Content-Language"] == "en"
    schema = response.json()
    assert schema["info"]["description"] == "Public feedback, categories, FAQs and bulletins of the city."
    parameters = {
        parameter["name"]: parameter for parameter in schema["paths"]["/api/v1/feedback/"]["get"]["parameters"]
    }
    assert parameters["received_after"]["description"] == "Received on or after"
    assert "* `feedback` - Feedback" in parameters["kind"]["description"]
