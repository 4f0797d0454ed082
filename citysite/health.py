"""Liveness and readiness probes for load balancers and process supervisors, built on django-health-check.

Answers are JSON, one entry per check with "OK" or the failure's kind; they name no host, user or item.
Liveness asks nothing of the services (a restart would not fix the database); readiness checks the database,
the cache, the photo storage and, with the database task backend, that no task waits too long for a worker.
"""

import dataclasses
from datetime import timedelta

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max
from health_check.base import HealthCheck
from health_check.checks import Cache, Database, Storage
from health_check.exceptions import ServiceWarning
from health_check.views import HealthCheckView

from feedback_plugin.conf import feedback_setting

DATABASE_TASK_BACKEND = "django_tasks_db.DatabaseBackend"


@dataclasses.dataclass
class TaskBacklog(HealthCheck):
    """Fails when a task has waited longer than ``max_wait_seconds`` for a worker: none is running, or it can't
    keep up. A task waits from when it was queued, or from its ``run_after`` if it was deferred."""

    max_wait_seconds: int = 300

    async def run(self):
        # In the request's thread, on the request's database connection.
        overdue = await sync_to_async(self.overdue)()
        if overdue:
            raise ServiceWarning(f"{overdue} task(s) waiting longer than {self.max_wait_seconds} s")

    def overdue(self):
        cutoff = timezone.now() - timedelta(seconds=self.max_wait_seconds)
        waiting = Q(run_after=get_date_max(), enqueued_at__lt=cutoff) | Q(run_after__lt=cutoff)
        return DBTaskResult.objects.filter(waiting, status=TaskResultStatus.READY).count()


class JSONHealthView(HealthCheckView):
    """JSON whatever the Accept header, and 503 rather than 500 for a failed check: the service is not broken,
    it is not ready."""

    def render_to_response(self, context, **response_kwargs):
        return self.render_to_response_json(response_kwargs.get("status", 200))

    def render_to_response_json(self, status):
        return super().render_to_response_json(503 if status >= 500 else status)


class LivenessView(JSONHealthView):
    checks = ()


class ReadinessView(JSONHealthView):
    def get_checks(self):
        self.checks = [Database, Cache, (Storage, {"alias": feedback_setting("PHOTO_STORAGE")})]
        if settings.TASKS["default"]["BACKEND"] == DATABASE_TASK_BACKEND:
            self.checks.append((TaskBacklog, {"max_wait_seconds": settings.HEALTH_TASK_MAX_WAIT_SECONDS}))
        return super().get_checks()
