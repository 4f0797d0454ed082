"""API clients in the Wagtail admin: the key is shown once, stored hashed, and revoking it stops submissions."""

import re

import pytest

from feedback_plugin.models import ApiClient
from feedback_plugin.models.api_clients import hash_key
from tests.factories import UserFactory
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, site_pages):
    verified_login(client, UserFactory(is_superuser=True))
    return client


def test_creating_a_client_shows_its_key_once_and_stores_only_a_hash(admin_client):
    response = admin_client.post("/admin/api-clients/new/", {"name": "City app", "is_active": "on"}, follow=True)
    assert response.status_code == 200
    message = next(str(m) for m in response.context["messages"])
    key = re.search(r"(?:key is|avain on) (\S+) ", message).group(1)
    api_client = ApiClient.objects.get()
    assert api_client.key_hash == hash_key(key) and key not in api_client.key_hash
    assert ApiClient.objects.with_key(key) == api_client
    listing = admin_client.get("/admin/api-clients/").content.decode()
    assert "City app" in listing and key not in listing


def test_revoked_client_key_no_longer_works(admin_client, api_key):
    api_client = ApiClient.objects.get()
    admin_client.post(f"/admin/api-clients/edit/{api_client.pk}/", {"name": api_client.name})
    api_client.refresh_from_db()
    assert api_client.is_active is False
    assert ApiClient.objects.with_key(api_key) is None
