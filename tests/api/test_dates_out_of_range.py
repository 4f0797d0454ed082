"""A date so near year 1 or 9999 that it can't be moved into UTC is a 400 in each API's error format, not a
500 (found by the Open311 property tests)."""

import pytest

from .open311 import errors

pytestmark = pytest.mark.django_db

EDGES = ["0001-01-01T00:00:00", "0001-01-01T00:30:00+02:00", "9999-12-31T23:59:59-05:00"]


@pytest.mark.parametrize("moment", EDGES)
@pytest.mark.parametrize("name", ["received_from", "received_until"])
def test_api_v1_answers_400_for_a_moment_out_of_range(client, name, moment):
    response = client.get("/api/v1/feedback/", {name: moment, "lang": "en"})
    assert response.status_code == 400
    assert response.json() == {name: ["The date is out of range."]}


@pytest.mark.parametrize("moment", EDGES)
@pytest.mark.parametrize("name", ["start_date", "end_date", "updated_after", "updated_before"])
def test_open311_answers_400_for_a_moment_out_of_range(client, name, moment):
    response = client.get("/open311/v2/requests.json", {name: moment, "locale": "en"})
    assert response.status_code == 400
    assert errors(response, "json") == [("400", f"{name}: The date is out of range.")]


def test_the_message_is_in_the_clients_language(client):
    response = client.get("/open311/v2/requests.json", {"start_date": EDGES[2], "locale": "fi"})
    assert errors(response, "json") == [("400", "start_date: Päivämäärä on sallitun alueen ulkopuolella.")]
