"""Idempotency-Key on API v1 and Open311 submissions: a retry gets the first answer and stores nothing new."""

import datetime
import io
import uuid
from unittest import mock

import pytest
import time_machine
from django.core.management import call_command

from feedback_plugin.idempotency import IdempotentSubmission
from feedback_plugin.models import ApiClient, Feedback, IdempotencyKey
from tests.factories import jpeg_with_gps, upload

from .open311 import FORMATS, errors

pytestmark = pytest.mark.django_db

V1 = "/api/v1/feedback/?lang=en"
BODY = {"category": "bus-services", "description": "Bus 9 did not come at all.", "extra_answers": {"bus-line": "9"}}


def key():
    return str(uuid.uuid4())


def post_v1(client, body, idempotency_key, **kwargs):
    return client.post(V1, body, format=kwargs.pop("format", "json"), HTTP_IDEMPOTENCY_KEY=idempotency_key, **kwargs)


def test_a_v1_retry_with_the_same_key_gets_the_first_answer_and_stores_nothing(client, bus_category):
    the_key = key()
    first = post_v1(client, BODY, the_key)
    retry = post_v1(client, BODY, the_key)
    assert first.status_code == retry.status_code == 201
    assert retry.content == first.content
    assert retry["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert Feedback.objects.count() == 1


def test_a_multipart_retry_with_the_same_photo_is_a_replay(client, bus_category):
    the_key = key()

    def send():
        body = {**BODY, "extra_answers": '{"bus-line": "9"}', "photos": [upload(jpeg_with_gps())]}
        return post_v1(client, body, the_key, format="multipart")

    first, retry = send(), send()
    assert (first.status_code, retry.status_code) == (201, 201)
    assert retry.json() == first.json() and retry["Idempotent-Replayed"] == "true"
    assert Feedback.objects.get().photos.count() == 1


def test_without_a_key_each_post_is_new_feedback(client, bus_category):
    client.post(V1, BODY, format="json")
    client.post(V1, BODY, format="json")
    assert Feedback.objects.count() == 2


def test_the_same_key_with_another_body_is_a_422(client, bus_category):
    the_key = key()
    post_v1(client, BODY, the_key)
    response = post_v1(client, {**BODY, "description": "Bus 9 was an hour late."}, the_key)
    assert response.status_code == 422
    assert response.json() == {"detail": "This Idempotency-Key was already used for a different request."}
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("bad_key", ["short", "x" * 256, "spaces are not visible ascii"])
def test_a_malformed_key_is_a_400_naming_the_header(client, bus_category, bad_key):
    response = post_v1(client, BODY, bad_key)
    assert response.status_code == 400
    assert response.json() == {
        "Idempotency-Key": ["An Idempotency-Key is 16–255 visible ASCII characters, for example a UUID."]
    }
    assert Feedback.objects.count() == 0


def test_a_refused_submission_spends_no_key(client, bus_category):
    the_key = key()
    refused = post_v1(client, {**BODY, "extra_answers": {}}, the_key)
    corrected = post_v1(client, BODY, the_key)
    assert (refused.status_code, corrected.status_code) == (400, 201)
    assert "Idempotent-Replayed" not in corrected


def test_a_concurrent_request_that_stored_the_key_first_is_replayed(client, bus_category):
    """Both requests found no key; the second one's insert fails on the unique key, its item is rolled back,
    and it answers with the first one's answer."""
    the_key = key()
    first = post_v1(client, BODY, the_key)
    real_previous = IdempotentSubmission.previous
    not_yet_committed = [None]

    def racing_previous(submission):
        return not_yet_committed.pop() if not_yet_committed else real_previous(submission)

    with mock.patch.object(IdempotentSubmission, "previous", racing_previous):
        racing = post_v1(client, BODY, the_key)
    assert racing.status_code == 201 and racing.content == first.content
    assert racing["Idempotent-Replayed"] == "true"
    assert Feedback.objects.count() == 1


def test_a_key_is_kept_with_the_item_in_one_transaction(client, bus_category):
    the_key = key()
    with mock.patch("feedback_plugin.idempotency.IdempotencyKey.objects.create", side_effect=RuntimeError("disk")):
        client.raise_request_exception = False
        failed = post_v1(client, BODY, the_key)
    assert failed.status_code == 500
    assert Feedback.objects.count() == 0


def fields(api_key, **more):
    return {
        "api_key": api_key,
        "service_code": "bus-services",
        "description": "Bussi 9 ei tullut lainkaan.",
        "address_string": "Kauppatori",
        "attribute[bus-line]": "9",
        **more,
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_open311_retry_with_the_same_key_gets_the_first_answer(client, bus_category, api_key, fmt):
    the_key = key()
    first = client.post(f"/open311/v2/requests.{fmt}", fields(api_key), HTTP_IDEMPOTENCY_KEY=the_key)
    retry = client.post(f"/open311/v2/requests.{fmt}", fields(api_key), HTTP_IDEMPOTENCY_KEY=the_key)
    assert first.status_code == retry.status_code == 201
    assert retry.content == first.content
    assert retry["Idempotent-Replayed"] == "true"
    assert Feedback.objects.count() == 1


@pytest.mark.parametrize("fmt", FORMATS)
def test_open311_refuses_a_reused_key_in_its_error_list(client, bus_category, api_key, fmt):
    the_key = key()
    client.post(f"/open311/v2/requests.{fmt}", fields(api_key), HTTP_IDEMPOTENCY_KEY=the_key)
    reused = client.post(
        f"/open311/v2/requests.{fmt}?locale=en", fields(api_key, title="Another"), HTTP_IDEMPOTENCY_KEY=the_key
    )
    assert reused.status_code == 422
    assert errors(reused, fmt) == [("422", "This Idempotency-Key was already used for a different request.")]


def test_keys_belong_to_one_client(client, bus_category, api_key):
    """The same key from another API client, or through API v1, is another submission."""
    other = ApiClient(name="Other app")
    other_key = other.issue_key()
    other.save()
    the_key = key()
    answers = [
        client.post("/open311/v2/requests.json", fields(api_key), HTTP_IDEMPOTENCY_KEY=the_key),
        client.post("/open311/v2/requests.json", fields(other_key), HTTP_IDEMPOTENCY_KEY=the_key),
        post_v1(client, BODY, the_key),
    ]
    assert [answer.status_code for answer in answers] == [201, 201, 201]
    assert Feedback.objects.count() == 3


def test_keys_older_than_the_kept_time_are_cleared(client, bus_category):
    with time_machine.travel(datetime.datetime(2026, 11, 1, 8, tzinfo=datetime.UTC)):
        post_v1(client, BODY, old_key := key())
    with time_machine.travel(datetime.datetime(2026, 11, 2, 7, tzinfo=datetime.UTC)):
        post_v1(client, BODY, recent_key := key())
    with time_machine.travel(datetime.datetime(2026, 11, 2, 9, tzinfo=datetime.UTC)):
        output = io.StringIO()
        call_command("clear_idempotency_keys", stdout=output)
    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == [recent_key]
    assert old_key not in output.getvalue() and "Cleared 1 idempotency key(s)" in output.getvalue()


def test_the_schema_documents_the_header_and_the_replay(client):
    operation = client.get("/api/schema/?format=json").json()["paths"]["/api/v1/feedback/"]["post"]
    header = next(parameter for parameter in operation["parameters"] if parameter["name"] == "Idempotency-Key")
    assert header["in"] == "header" and not header.get("required")
    assert "Idempotent-Replayed" in operation["responses"]["201"]["headers"]
    assert "422" in operation["responses"]
