"""Open311 POST requests and tokens/{token}: API keys, the shared submission rules, the standard's errors."""

import pytest
from django.test import override_settings

from feedback_plugin.models import ApiClient, Channel, Feedback, Publication
from tests.factories import image_bytes, jpeg_with_gps, upload

from .open311 import FORMATS, errors, records, request_fields

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", FORMATS)
def test_post_with_key_in_the_body_creates_feedback_and_returns_id_and_token(client, bus_category, api_key, fmt):
    response = client.post(
        f"/open311/v2/requests.{fmt}",
        request_fields(
            api_key=api_key,
            email="resident@example.fi",
            first_name="Etu",
            last_name="Suku",
            phone="040 1234567",
            **{"attribute[issue-type][]": ["2"]},
        ),
    )
    assert response.status_code == 201
    [record] = records(response, fmt)
    assert set(record) == {"service_request_id", "token", "service_notice", "account_id"}
    feedback = Feedback.objects.get(reference=record["service_request_id"])
    assert feedback.channel == Channel.API
    assert feedback.contact_name == "Etu Suku"
    assert feedback.contact_email == "resident@example.fi"
    assert feedback.contact_phone == "040 1234567"
    assert feedback.extra_answers == {"bus-line": "9", "issue-type": "2"}
    assert record["token"] != feedback.tracking_token


def test_post_with_key_in_the_query_string_and_media_uploads(client, bus_category, api_key):
    response = client.post(
        f"/open311/v2/requests.json?api_key={api_key}",
        request_fields(media=[upload(jpeg_with_gps())], **{"media[]": [upload(image_bytes(), "b.png")]}),
    )
    assert response.status_code == 201
    feedback = Feedback.objects.get(reference=response.json()[0]["service_request_id"])
    assert feedback.photos.count() == 2


def test_address_string_instead_of_coordinates_and_media_url(client, bus_category, api_key):
    fields = request_fields(api_key=api_key, address_string="Kauppakatu 1", media_url="https://example.fi/a.jpg")
    del fields["lat"], fields["long"]
    response = client.post("/open311/v2/requests.json", fields)
    assert response.status_code == 201
    feedback = Feedback.objects.get(reference=response.json()[0]["service_request_id"])
    assert feedback.address == "Kauppakatu 1" and feedback.latitude is None
    assert feedback.extra_answers["media_url"] == "https://example.fi/a.jpg"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("key", [None, "", "wrong-key", "revoked"])
def test_missing_bad_or_revoked_key_is_a_403_error(client, bus_category, api_key, fmt, key):
    if key == "revoked":
        ApiClient.objects.update(is_active=False)
        key = api_key
    fields = request_fields() if key is None else request_fields(api_key=key)
    response = client.post(f"/open311/v2/requests.{fmt}?locale=en", fields)
    assert response.status_code == 403
    assert errors(response, fmt) == [("403", "The api_key is missing or not valid.")]
    assert not Feedback.objects.exists()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"service_code": "no-such"}, "service_code: Choose a category from the list."),
        ({"description": "short"}, "description: Ensure this field has at least 10 characters."),
        ({"description": "x" * 5001}, "description: Ensure this field has no more than 5000 characters."),
        ({"lat": "60.17", "long": "24.94"}, "lat: The location is outside the city's area."),
        ({"lat": "", "long": ""}, "lat: Give the location as lat and long, or as address_string."),
        ({"attribute[bus-line]": ""}, "attribute[bus-line]: Answer the question “Bus line”."),
        ({"attribute[issue-type]": "7"}, "attribute[issue-type]: Choose one of the options."),
        ({"email": "not-an-address"}, "email: Enter a valid email address."),
        ({"media": [upload(b"GIF89a not really", "x.gif")]}, "media: The file is not a readable image."),
        ({"media_url": "javascript:alert(1)"}, "media_url: Enter a valid URL."),
    ],
)
@pytest.mark.parametrize("fmt", FORMATS)
def test_invalid_submissions_are_400_errors_naming_the_field(client, bus_category, api_key, fmt, fields, expected):
    response = client.post(f"/open311/v2/requests.{fmt}?locale=en", request_fields(api_key=api_key, **fields))
    assert response.status_code == 400
    [(code, description)] = errors(response, fmt)
    assert code == "400" and description.startswith(expected)
    assert not Feedback.objects.exists()


def test_errors_are_in_finnish_by_default(client, bus_category, api_key):
    response = client.post("/open311/v2/requests.json", request_fields(api_key=api_key, service_code="no-such"))
    assert errors(response, "json") == [("400", "service_code: Valitse aihe luettelosta.")]


@override_settings(FEEDBACK_PLUGIN={"API_CLIENT_SUBMISSION_RATE": (1, 3600)})
def test_submissions_over_the_rate_limit_are_a_429_error(client, bus_category, api_key):
    assert client.post("/open311/v2/requests.json", request_fields(api_key=api_key)).status_code == 201
    response = client.post("/open311/v2/requests.xml?locale=en", request_fields(api_key=api_key))
    assert response.status_code == 429
    [(code, description)] = errors(response, "xml")
    assert code == "429" and description.startswith("You have sent a lot of feedback")
    assert 0 < int(response["Retry-After"]) <= 3600


@override_settings(FEEDBACK_PLUGIN={"SUBMISSION_RATE": (1, 3600)})
def test_a_client_submitting_for_many_residents_is_not_held_to_one_residents_limit(client, bus_category, api_key):
    statuses = [client.post("/open311/v2/requests.json", request_fields(api_key=api_key)).status_code for _ in range(3)]
    assert statuses == [201, 201, 201]


@pytest.mark.parametrize("fmt", FORMATS)
@override_settings(FEEDBACK_PLUGIN={"PUBLICATION_POLICY": "moderated"})
def test_token_answers_before_moderation_while_the_request_is_not_yet_public(client, bus_category, api_key, fmt):
    created = client.post("/open311/v2/requests.json", request_fields(api_key=api_key)).json()[0]
    assert Feedback.objects.get().publication == Publication.PENDING
    response = client.get(f"/open311/v2/tokens/{created['token']}.{fmt}")
    assert records(response, fmt) == [{"service_request_id": created["service_request_id"], "token": created["token"]}]
    assert client.get(f"/open311/v2/requests/{created['service_request_id']}.{fmt}").status_code == 404


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_token_and_tracking_token_are_404_errors(client, bus_category, api_key, fmt):
    client.post("/open311/v2/requests.json", request_fields(api_key=api_key))
    for token in ("no-such-token", Feedback.objects.get().tracking_token):
        response = client.get(f"/open311/v2/tokens/{token}.{fmt}?locale=en")
        assert response.status_code == 404
        assert errors(response, fmt) == [("404", "There is no service request with this token.")]
