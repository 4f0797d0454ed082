"""A body field sent twice is refused on API v1 and Open311, as a repeated query parameter is: never stored with
the last value, which could name a confidential category. Lists (photos, multiple-choice answers) may repeat."""

import json
from urllib.parse import urlencode

import pytest

from feedback_plugin.models import Feedback
from tests.factories import CategoryFactory, image_bytes, upload

from .open311 import FORMATS, errors, request_fields

pytestmark = pytest.mark.django_db

FORM_URLENCODED = "application/x-www-form-urlencoded"


@pytest.fixture
def confidential(db):
    return CategoryFactory(code="health", name="Terveys", is_confidential=True)


def v1_submission(**fields):
    data = {
        "category": ["bus-services", "health"],
        "description": "Bussi 9 ei tullut lainkaan aamulla.",
        "extra_answers": json.dumps({"bus-line": "9"}),
    }
    data.update(fields)
    return data


def open311_request(**fields):
    return request_fields(**{"service_code": ["bus-services", "health"], **fields})


@pytest.mark.parametrize(
    ("language", "message"), [("fi", "Anna tämä kenttä vain kerran."), ("en", "Give this field only once.")]
)
def test_v1_multipart_with_a_repeated_category_is_refused_naming_it(
    client, bus_category, confidential, language, message
):
    response = client.post(f"/api/v1/feedback/?lang={language}", v1_submission())
    assert response.status_code == 400
    assert response.json() == {"category": [message]}
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "message"), [("fi", "Anna tämä kenttä vain kerran."), ("en", "Give this field only once.")]
)
def test_v1_json_with_a_key_given_twice_is_refused_naming_it(client, bus_category, confidential, language, message):
    body = (
        '{"category": "bus-services", "description": "Bussi 9 ei tullut lainkaan aamulla.", '
        '"extra_answers": {"bus-line": "9"}, "category": "health"}'
    )
    response = client.post(f"/api/v1/feedback/?lang={language}", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"category": [message]}
    assert Feedback.objects.count() == 0


def test_v1_json_with_a_key_given_twice_inside_the_answers_is_refused(client, bus_category):
    body = (
        '{"category": "bus-services", "description": "Bussi 9 ei tullut lainkaan aamulla.", '
        '"extra_answers": {"bus-line": "9", "bus-line": "10"}}'
    )
    response = client.post("/api/v1/feedback/?lang=en", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {"bus-line": ["Give this field only once."]}
    assert Feedback.objects.count() == 0


def test_v1_names_every_repeated_field(client, bus_category, confidential):
    response = client.post("/api/v1/feedback/?lang=en", v1_submission(description=["Bussi 9 ei tullut.", "Toinen."]))
    assert response.status_code == 400
    assert set(response.json()) == {"category", "description"}
    assert Feedback.objects.count() == 0


def test_v1_multipart_still_takes_several_photos(client, bus_category):
    photos = [upload(image_bytes()), upload(image_bytes("PNG"), "b.png")]
    response = client.post("/api/v1/feedback/", v1_submission(category="bus-services", photos=photos))
    assert response.status_code == 201, response.json()
    assert Feedback.objects.get().photos.count() == 2


def test_v1_form_urlencoded_bodies_are_not_accepted_at_all(client, bus_category, confidential):
    body = urlencode(v1_submission(), doseq=True)
    response = client.post("/api/v1/feedback/", body, content_type=FORM_URLENCODED)
    assert response.status_code == 415
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("encoding", ["multipart", "urlencoded"])
def test_open311_post_with_a_repeated_service_code_is_refused_naming_it(
    client, bus_category, confidential, api_key, fmt, encoding
):
    data = open311_request(api_key=api_key, locale="en")
    url = f"/open311/v2/requests.{fmt}"
    if encoding == "multipart":
        response = client.post(url, data)
    else:
        response = client.post(url, urlencode(data, doseq=True), content_type=FORM_URLENCODED)
    assert response.status_code == 400
    assert errors(response, fmt) == [("400", "service_code: Give this parameter only once.")]
    assert Feedback.objects.count() == 0


def test_open311_errors_follow_the_locale_parameter(client, bus_category, confidential, api_key):
    response = client.post("/open311/v2/requests.json", open311_request(api_key=api_key, locale="fi"))
    assert errors(response, "json") == [("400", "service_code: Anna tämä parametri vain kerran.")]


def test_open311_refuses_a_single_attribute_sent_twice(client, bus_category, api_key):
    data = open311_request(api_key=api_key, service_code="bus-services", **{"attribute[bus-line]": ["9", "10"]})
    response = client.post("/open311/v2/requests.json?locale=en", data)
    assert errors(response, "json") == [("400", "attribute[bus-line]: Give this parameter only once.")]
    assert Feedback.objects.count() == 0


def test_open311_takes_a_list_attribute_and_several_media(client, bus_category, api_key):
    data = open311_request(
        api_key=api_key,
        service_code="bus-services",
        media=[upload(image_bytes()), upload(image_bytes("PNG"), "b.png")],
        **{"attribute[issue-type][]": ["2"]},
    )
    response = client.post("/open311/v2/requests.json", data)
    assert response.status_code == 201, response.json()
    assert Feedback.objects.get().photos.count() == 2


def test_open311_query_parameters_given_twice_are_refused_too(client, bus_category):
    response = client.get("/open311/v2/requests.json?status=open&status=closed&locale=en")
    assert response.status_code == 400
    assert errors(response, "json") == [("400", "status: Give this parameter only once.")]
