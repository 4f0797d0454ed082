"""Map data: GeoJSON by bounding box, clustered on the server, at most 500 features, constant query count."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.data import generate_feedback
from feedback_plugin.api.geojson import MAX_FEATURES
from tests.factories import make_feedback

pytestmark = pytest.mark.django_db

URL = "/api/v1/feedback/geojson/"
CITY = "27.4,62.7,28.0,63.1"


def get(client, query, **headers):
    return client.get(f"{URL}?{query}", **headers)


def test_a_city_wide_request_over_3000_items_returns_at_most_500_clusters_whose_counts_add_up(
    client, category, one_rate_limit_window
):
    generate_feedback(category, 3000)
    get(client, f"bbox={CITY}&zoom=11")
    with CaptureQueriesContext(connection) as captured:
        response = get(client, f"bbox={CITY}&zoom=11")
    data = response.json()
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    assert data["type"] == "FeatureCollection"
    assert 1 < len(data["features"]) <= MAX_FEATURES
    assert sum(feature["properties"]["count"] for feature in data["features"]) == 3000
    assert len(captured) <= 3  # at most 2 for the map, and 1 for the rate-limit counter


def test_street_level_returns_single_items_with_public_fields_and_a_constant_query_count(
    client, feedback_pages, category, one_rate_limit_window
):
    make_feedback(category, title="Lamp out")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            features = get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17", HTTP_ACCEPT_LANGUAGE="en").json()["features"]
        return len(captured), features

    queries()  # the site's root paths are cached on the first request, and past rate-limit windows cleared
    few, features = queries()
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [27.677, 62.8924]}
    properties = features[0]["properties"]
    assert properties["title"] == "Lamp out"
    assert properties["status"] == "open"
    assert properties["status_label"] == "Received"
    assert properties["category"] == "Street lighting"
    assert properties["url"].endswith(f"/feedback-list/{properties['reference']}/")
    generate_feedback(category, 600, spread=(0.001, 0.002))
    many, features = queries()
    assert many == few
    assert len(features) == MAX_FEATURES


def test_category_and_status_filters(client, category):
    make_feedback(category)
    assert len(get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17&status=closed").json()["features"]) == 0
    assert len(get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17&category=other").json()["features"]) == 0
    assert (
        len(get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17&category=street-lighting&status=open").json()["features"])
        == 1
    )


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("zoom=10", "bbox"),
        ("bbox=1,2,3&zoom=10", "bbox"),
        ("bbox=27,63,28,62&zoom=10", "bbox"),
        ("bbox=a,b,c,d&zoom=10", "bbox"),
        (f"bbox={CITY}", "zoom"),
        (f"bbox={CITY}&zoom=99", "zoom"),
        (f"bbox={CITY}&zoom=x", "zoom"),
        (f"bbox={CITY}&zoom=10&status=maybe", "status"),
    ],
)
def test_bad_parameters_get_a_400_naming_the_parameter_like_the_rest_of_api_v1(client, db, query, parameter):
    response = get(client, query, HTTP_ACCEPT_LANGUAGE="fi")
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_bad_parameters_are_explained_in_the_clients_language(client, db):
    [finnish] = get(client, f"bbox={CITY}&zoom=99", HTTP_ACCEPT_LANGUAGE="fi").json()["zoom"]
    [english] = get(client, f"bbox={CITY}&zoom=99", HTTP_ACCEPT_LANGUAGE="en").json()["zoom"]
    assert english == "Give the zoom level as a whole number from 0 to 22."
    assert finnish == "Anna zoomaustaso kokonaislukuna väliltä 0–22."


def test_the_geojson_endpoint_is_in_the_openapi_schema(db):
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    operation = schema["paths"]["/api/v1/feedback/geojson/"]["get"]
    parameters = {parameter["name"] for parameter in operation["parameters"]}
    assert parameters == {"bbox", "zoom", "category", "status", "X-Api-Key"}
    assert "400" in operation["responses"]


def test_street_level_without_a_list_page_has_no_urls_and_a_constant_query_count(
    client, category, one_rate_limit_window
):
    generate_feedback(category, 5, spread=(0.001, 0.002))
    get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17")  # clears past rate-limit windows
    with CaptureQueriesContext(connection) as few:
        get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17")
    generate_feedback(category, 100, spread=(0.001, 0.002), year=1998)
    with CaptureQueriesContext(connection) as many:
        features = get(client, "bbox=27.67,62.89,27.69,62.90&zoom=17").json()["features"]
    assert len(features) == 105
    assert {feature["properties"]["url"] for feature in features} == {None}
    assert len(many) == len(few)


@pytest.mark.parametrize("query", ["status=", "status=open&status=closed"])
def test_an_empty_or_repeated_status_is_a_400_not_everything(client, db, query):
    response = client.get(f"/api/v1/feedback/geojson/?bbox=27.6,62.85,27.75,62.93&zoom=12&{query}")
    assert response.status_code == 400
