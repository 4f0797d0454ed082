"""API v1 submissions: the web form's rules, from submission.py and photos.py, as JSON errors per field."""

import datetime
import json

import pytest
import time_machine
from django.test import override_settings

from feedback_plugin.models import Channel, Feedback
from tests.factories import image_bytes, jpeg_with_gps, upload

pytestmark = pytest.mark.django_db


def submission(**fields):
    data = {
        "category": "bus-services",
        "description": "Bussi 9 ei tullut lainkaan aamulla.",
        "latitude": "62.8924",
        "longitude": "27.6770",
        "extra_answers": json.dumps({"bus-line": "9"}),
    }
    data.update(fields)
    return data


def test_multipart_submission_with_a_photo_is_saved_through_the_api_channel(client, bus_category):
    response = client.post(
        "/api/v1/feedback/", submission(photos=[upload(jpeg_with_gps())], contact_email="resident@example.fi")
    )
    assert response.status_code == 201, response.json()
    feedback = Feedback.objects.get(reference=response.json()["reference"])
    assert feedback.channel == Channel.API
    assert feedback.extra_answers == {"bus-line": "9"}
    assert feedback.contact_email == "resident@example.fi"
    assert feedback.photos.count() == 1
    assert response.json()["tracking_url"].endswith(feedback.get_tracking_url())


def test_json_submission_with_answers_as_an_object(client, bus_category):
    data = submission(
        extra_answers={"bus-line": "9", "issue-type": "2"}, kind="proposal", latitude=62.8924, longitude=27.677
    )
    response = client.post("/api/v1/feedback/?lang=en", data, format="json")
    assert response.status_code == 201, response.json()
    feedback = Feedback.objects.get(reference=response.json()["reference"])
    assert feedback.language == "en" and feedback.kind == "proposal"
    assert feedback.extra_answers == {"bus-line": "9", "issue-type": "2"}


@pytest.mark.parametrize(
    ("field", "value"),
    [("description", 12345678901), ("allow_publication", 0), ("latitude", "62.9"), ("extra_answers", ["9"])],
)
def test_json_values_must_have_the_schemas_types(client, bus_category, field, value):
    data = submission(latitude=62.8924, longitude=27.677, extra_answers={"bus-line": "9"}) | {field: value}
    response = client.post("/api/v1/feedback/", data, format="json")
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_a_file_that_is_not_an_image_is_refused(client, bus_category):
    response = client.post("/api/v1/feedback/", submission(photos=[upload(b"<svg></svg>", "x.jpg")]))
    assert response.status_code == 400
    assert "photos" in response.json()
    assert not Feedback.objects.exists()


def test_too_many_photos_are_refused(client, bus_category):
    photos = [upload(image_bytes(), f"p{n}.jpg") for n in range(4)]
    response = client.post("/api/v1/feedback/?lang=en", submission(photos=photos))
    assert response.json()["photos"] == ["You can attach at most 3 photos."]


def test_unknown_category_is_refused_with_the_forms_message(client, bus_category):
    response = client.post("/api/v1/feedback/", submission(category="no-such-thing"))
    assert response.status_code == 400
    assert response.json() == {"category": ["Valitse aihe luettelosta."]}


def test_location_outside_the_city_is_refused(client, bus_category):
    response = client.post("/api/v1/feedback/?lang=en", submission(latitude="60.17", longitude="24.94"))
    assert response.status_code == 400
    assert response.json()["latitude"] == [
        "The location is outside the city's area. Please choose a place within the city."
    ]


def test_missing_required_answer_is_reported_under_its_question(client, bus_category):
    response = client.post("/api/v1/feedback/?lang=en", submission(extra_answers="{}"))
    assert response.status_code == 400
    assert response.json() == {"extra_answers": {"bus-line": ["Answer the question “Bus line”."]}}


def test_short_description_gets_a_translated_field_error(client, bus_category):
    response = client.post("/api/v1/feedback/", submission(description="lyhyt"))
    assert response.status_code == 400
    assert "description" in response.json()
    assert "vähintään" in response.json()["description"][0]


@override_settings(FEEDBACK_PLUGIN={"SUBMISSION_RATE": (2, 3600)})
def test_submissions_over_the_shared_rate_limit_get_429_until_the_hour_is_over(client, bus_category):
    with time_machine.travel(datetime.datetime(2026, 11, 24, 10, 15, tzinfo=datetime.UTC), tick=False):
        for _ in range(2):
            assert client.post("/api/v1/feedback/", submission()).status_code == 201
        response = client.post("/api/v1/feedback/?lang=en", submission())
    assert response.status_code == 429
    assert response.json()["detail"].startswith("You have sent a lot of feedback in a short time.")
    assert response["Retry-After"] == "2700"
    assert Feedback.objects.count() == 2
