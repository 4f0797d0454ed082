"""/health/live and /health/ready: JSON probes for load balancers, naming only checks and their states."""

import datetime

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback_plugin.tasks import send_notification

from .outage import database_down

pytestmark = pytest.mark.django_db

READY_CHECKS = {"Database(alias='default')", "Cache(alias='default')", "Storage(alias='feedback_photos')"}
DATABASE_TASKS = override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})


def test_liveness_answers_json_without_asking_the_services(client):
    with database_down():
        response = client.get("/health/live", HTTP_ACCEPT="text/html")
    assert (response.status_code, response.json()) == (200, {})
    assert "no-cache" in response["Cache-Control"]


def test_readiness_checks_the_database_cache_and_photo_storage(client):
    response = client.get("/health/ready", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == dict.fromkeys(READY_CHECKS, "OK")


def test_readiness_is_a_503_while_the_database_is_down(client):
    with database_down():
        response = client.get("/health/ready")
    assert response.status_code == 503
    assert (
        response.json()["Database(alias='default')"]
        == 'Unavailable: connection to server at "127.0.0.1", port 5432 failed'
    )


def queue_task(enqueued_minutes_ago):
    result = send_notification.enqueue(0)
    DBTaskResult.objects.filter(id=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=enqueued_minutes_ago)
    )


@DATABASE_TASKS
def test_readiness_fails_when_a_task_has_waited_too_long_for_the_worker(client):
    queue_task(enqueued_minutes_ago=6)
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["TaskBacklog(max_wait_seconds=300)"] == "Warning: 1 task(s) waiting longer than 300 s"


@DATABASE_TASKS
def test_a_fresh_or_deferred_task_is_no_backlog(client):
    queue_task(enqueued_minutes_ago=1)
    send_notification.using(run_after=timezone.now() + datetime.timedelta(hours=1)).enqueue(0)
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json() == dict.fromkeys({*READY_CHECKS, "TaskBacklog(max_wait_seconds=300)"}, "OK")


def test_probes_are_never_rate_limited(client):
    statuses = {client.get("/health/live").status_code for _ in range(150)}
    assert statuses == {200}
