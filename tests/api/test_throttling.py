"""API v1 and Open311 throttle per client: by address (the trusted-proxy rule, so a forged X-Forwarded-For
escapes nothing), by key for a registered API client with its own, higher quota, reads and writes each on their
own quota, and always with a 429 in each API's error shape that says in Retry-After how long is left."""

import datetime

import pytest
import time_machine
from django.test import override_settings

from feedback_plugin import rate_limits
from feedback_plugin.api import throttling

from .open311 import errors

pytestmark = pytest.mark.django_db

RATES = {"anonymous": (2, 60), "user": (2, 60), "api_client": (4, 60)}
# 20 seconds into a minute: a 60-second window has 40 left.
MID_MINUTE = datetime.datetime(2026, 11, 24, 10, 15, 20, tzinfo=datetime.UTC)
CATEGORIES = "/api/v1/categories/"
SERVICES = "/open311/v2/services.json"


@pytest.fixture
def small_quotas(settings):
    settings.FEEDBACK_PLUGIN = {"API_READ_RATES": RATES, "API_WRITE_RATES": RATES}
    with time_machine.travel(MID_MINUTE, tick=False):
        yield


@pytest.fixture
def behind_one_proxy(small_quotas, settings):
    settings.FEEDBACK_PLUGIN = {**settings.FEEDBACK_PLUGIN, "TRUSTED_PROXY_COUNT": 1}


def via_proxy(client_address, forged=""):
    """What nginx at 10.0.0.1 passes on: whatever the client sent, then the address it saw."""
    return {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": f"{forged}{client_address}"}


def statuses(client, url, times, **extra):
    return [client.get(url, **extra).status_code for _ in range(times)]


def test_api_v1_throttles_anonymous_clients_with_the_time_left_in_the_window(client, small_quotas):
    assert statuses(client, CATEGORIES, 2) == [200, 200]
    response = client.get(f"{CATEGORIES}?lang=en")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Request was throttled.")
    assert response["Retry-After"] == "40"


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_throttles_anonymous_clients_with_the_time_left_in_the_window(client, small_quotas, fmt):
    assert statuses(client, f"/open311/v2/services.{fmt}", 2) == [200, 200]
    response = client.get(f"/open311/v2/services.{fmt}")
    assert response.status_code == 429
    [(code, _description)] = errors(response, fmt)
    assert code == "429"
    assert response["Retry-After"] == "40"


def test_a_new_window_gives_a_new_quota(client, small_quotas):
    assert statuses(client, CATEGORIES, 3) == [200, 200, 429]
    with time_machine.travel(MID_MINUTE + datetime.timedelta(seconds=40), tick=False):
        assert client.get(CATEGORIES).status_code == 200


def test_a_forged_x_forwarded_for_escapes_nothing_without_a_trusted_proxy(client, small_quotas):
    codes = [client.get(CATEGORIES, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)]
    assert codes == [200, 200, 429]


def test_behind_the_proxy_each_resident_has_a_quota_of_their_own(client, behind_one_proxy):
    assert statuses(client, CATEGORIES, 3, **via_proxy("203.0.113.7")) == [200, 200, 429]
    assert statuses(client, CATEGORIES, 2, **via_proxy("203.0.113.8")) == [200, 200]


def test_behind_the_proxy_a_forged_left_part_escapes_nothing(client, behind_one_proxy):
    codes = [
        client.get(CATEGORIES, **via_proxy("203.0.113.7", forged=f"198.51.100.{n}, ")).status_code for n in range(3)
    ]
    assert codes == [200, 200, 429]


@pytest.mark.parametrize("url", [CATEGORIES, SERVICES])
def test_a_keyed_api_client_reads_on_its_own_higher_quota(client, small_quotas, api_key, url):
    assert statuses(client, url, 3) == [200, 200, 429]
    assert statuses(client, url, 5, HTTP_X_API_KEY=api_key) == [200, 200, 200, 200, 429]


def test_open311_takes_the_key_as_its_api_key_parameter_too(client, small_quotas, api_key):
    assert statuses(client, f"{SERVICES}?api_key={api_key}", 5) == [200, 200, 200, 200, 429]


def test_an_api_clients_quota_is_counted_per_key_whatever_the_address(client, small_quotas, api_key):
    codes = [client.get(CATEGORIES, HTTP_X_API_KEY=api_key, REMOTE_ADDR=f"192.0.2.{n}").status_code for n in range(5)]
    assert codes == [200, 200, 200, 200, 429]


def test_an_unknown_key_counts_as_anonymous(client, small_quotas):
    assert statuses(client, CATEGORIES, 3, HTTP_X_API_KEY="not-a-key") == [200, 200, 429]


def test_a_signed_in_user_has_a_quota_apart_from_the_address(client, small_quotas, django_user_model):
    assert statuses(client, CATEGORIES, 3) == [200, 200, 429]
    client.force_authenticate(django_user_model.objects.create_user("editor"))
    assert statuses(client, CATEGORIES, 3) == [200, 200, 429]


@override_settings(FEEDBACK_PLUGIN={})
def test_a_front_end_reading_from_one_address_gets_past_the_121st_read_in_a_minute(client):
    with time_machine.travel(MID_MINUTE, tick=False):
        assert set(statuses(client, SERVICES, 121)) == {200}


def test_reads_and_writes_have_quotas_of_their_own(client, small_quotas, bus_category):
    assert statuses(client, CATEGORIES, 3) == [200, 200, 429]
    body = {"category": "bus-services", "description": "Bussi ei tullut.", "extra_answers": {"bus-line": "5"}}
    assert client.post("/api/v1/feedback/", body, format="json").status_code == 201


def test_writes_spent_leave_the_reads(client, small_quotas):
    codes = [client.post("/api/v1/feedback/", {}, format="json").status_code for _ in range(3)]
    assert codes == [400, 400, 429]
    assert client.get(CATEGORIES).status_code == 200


def test_a_read_quota_is_shared_by_every_worker(client, small_quotas, monkeypatch):
    """Each worker process has its own batch of reads; the quota is still one, counted in the shared store."""
    assert statuses(client, CATEGORIES, 1) == [200]
    monkeypatch.setattr(throttling, "READS", rate_limits.BatchedCounter())  # the next request in another worker
    assert statuses(client, CATEGORIES, 2) == [200, 429]
