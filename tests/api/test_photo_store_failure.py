"""Item 7 of "Production-proof": when the photo storage fails, API v1 and Open311 answer 503 with Retry-After
in their own error format and the client's language, and nothing is stored: no item, no photo file."""

import pytest

from feedback_plugin.models import Feedback, FeedbackPhoto
from feedback_plugin.submission import PHOTO_STORE_RETRY_AFTER
from tests.factories import image_bytes, upload

from .open311 import FORMATS, errors
from .test_open311_create import request_fields
from .test_v1_create import submission

pytestmark = pytest.mark.django_db

MESSAGES = {
    "fi": "Palautettasi ei voitu tallentaa, koska valokuvien tallennus ei juuri nyt toimi",
    "en": "Your feedback could not be saved because the photo storage is not working just now",
}


def photos():
    return [upload(image_bytes()), upload(image_bytes())]


def assert_nothing_stored(broken_photo_store):
    assert (Feedback.objects.count(), FeedbackPhoto.objects.count()) == (0, 0)
    assert broken_photo_store() == []


@pytest.mark.parametrize("language", ["fi", "en"])
def test_api_v1_answers_503_as_json_with_retry_after_and_stores_nothing(
    client, bus_category, broken_photo_store, language
):
    response = client.post(f"/api/v1/feedback/?lang={language}", submission(photos=photos()))
    assert response.status_code == 503
    assert response["Retry-After"] == str(PHOTO_STORE_RETRY_AFTER)
    assert list(response.json()) == ["detail"]
    assert response.json()["detail"].startswith(MESSAGES[language])
    assert_nothing_stored(broken_photo_store)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("language", ["fi", "en"])
def test_open311_answers_503_in_the_standards_error_list_and_stores_nothing(
    client, bus_category, api_key, broken_photo_store, fmt, language
):
    response = client.post(
        f"/open311/v2/requests.{fmt}", request_fields(api_key=api_key, locale=language, media=photos())
    )
    assert response.status_code == 503
    assert response["Retry-After"] == str(PHOTO_STORE_RETRY_AFTER)
    [(code, description)] = errors(response, fmt)
    assert code == "503"
    assert description.startswith(MESSAGES[language])
    assert_nothing_stored(broken_photo_store)


def test_the_openapi_schema_documents_the_503_of_a_submission(client):
    create = client.get("/api/schema/?format=json").json()["paths"]["/api/v1/feedback/"]["post"]
    assert "Retry-After" in create["responses"]["503"]["headers"]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("broken_photo_store", ["full disk after one photo"], indirect=True)
def test_outside_a_test_transaction_the_refusal_takes_back_the_reference_number_and_the_first_photo(
    client, bus_category, broken_photo_store
):
    refused = client.post("/api/v1/feedback/", submission(photos=photos()))
    accepted = client.post("/api/v1/feedback/", submission())
    assert (refused.status_code, accepted.status_code) == (503, 201)
    assert accepted.json()["reference"].endswith("-000001")
    assert Feedback.objects.count() == 1
    assert broken_photo_store() == []
