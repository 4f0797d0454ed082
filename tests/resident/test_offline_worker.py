"""The service worker for offline reading, served from the site root, and the offline page it falls back to."""

import json
import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def worker_config(response):
    return json.loads(re.match(r"var CONFIG = (.*);", response.content.decode()).group(1))


def test_the_worker_is_javascript_for_the_whole_site_and_always_checked_for_a_new_version(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"


def test_the_worker_never_keeps_the_tracking_pages_the_admin_or_the_api(client):
    never = worker_config(client.get("/sw.js"))["neverCache"]
    assert {"/admin/", "/api/", "/fi/feedback/track/", "/en/feedback/track/", "/feedback/track/"} <= set(never)


def test_the_worker_precaches_the_offline_page_in_every_language(client):
    config = worker_config(client.get("/sw.js"))
    assert config["offlinePages"] == {"fi": "/fi/feedback/offline/", "en": "/en/feedback/offline/"}
    assert set(config["offlinePages"].values()) <= set(config["precache"])


def test_a_deploy_with_changed_static_files_gives_a_new_worker_version(client):
    before = worker_config(client.get("/sw.js"))
    with override_settings(STATIC_URL="/static/v2/"):
        after = worker_config(client.get("/sw.js"))
    assert after["version"] != before["version"]
    assert "/static/v2/feedback_plugin/offline_draft.js" in after["precache"]


@pytest.mark.parametrize(
    ("path", "heading"),
    [("/fi/feedback/offline/", "Olet offline-tilassa"), ("/en/feedback/offline/", "You are offline")],
)
def test_the_offline_page_is_translated_and_may_be_kept(client, site_pages, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert heading in response.content.decode()
    assert "no-store" not in response.get("Cache-Control", "")
