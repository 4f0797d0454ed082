"""DRF throttles anonymous clients on API v1 and Open311; the answer is a 429 in each API's error shape."""

import pytest
from rest_framework.throttling import AnonRateThrottle

from .open311 import errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_per_minute(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/min", raising=False)


def test_api_v1_throttles_anonymous_clients(client, two_per_minute):
    for _ in range(2):
        assert client.get("/api/v1/categories/").status_code == 200
    response = client.get("/api/v1/categories/?lang=en")
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Request was throttled.")
    assert "Retry-After" in response


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_throttles_anonymous_clients(client, two_per_minute, fmt):
    for _ in range(2):
        assert client.get(f"/open311/v2/services.{fmt}").status_code == 200
    response = client.get(f"/open311/v2/services.{fmt}")
    assert response.status_code == 429
    [(code, _description)] = errors(response, fmt)
    assert code == "429"
