"""A mail server that is down or hangs never stalls the task worker for long: the send gives up after
EMAIL_TIMEOUT, and the worker tries again later, waiting longer each time, until the mail goes out."""

import datetime
import logging
import socket
import socketserver
import threading
import time

import pytest
import time_machine
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from feedback_plugin.models import Notification
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db(transaction=True)

EMAIL_TIMEOUT = 1


def free_port():
    """A port nothing listens on: connecting to it is refused, as to a mail server that is down."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SilentHandler(socketserver.BaseRequestHandler):
    def handle(self):
        self.server.released.wait()


@pytest.fixture
def hanging_smtp_port():
    """A server that accepts connections and never says a word, not even the SMTP greeting."""
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SilentHandler)
    server.daemon_threads = True
    server.released = threading.Event()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.released.set()
    server.shutdown()
    server.server_close()


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


def mail_settings(port):
    return override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=EMAIL_TIMEOUT,
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
    )


def run_worker():
    """``manage.py db_worker`` until no task is due; returns the seconds it took. The worker sets its loggers'
    levels for the whole process: they are put back after it."""
    loggers = [logging.getLogger(name) for name in ("django_tasks", "django_tasks_db")]
    levels = [logger.level for logger in loggers]
    started = time.monotonic()
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
    return time.monotonic() - started


def waiting_retries():
    return DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now()).order_by("run_after")


def retry_delay_seconds():
    """Seconds from now to the one retry waiting."""
    [retry] = waiting_retries()
    return round((retry.run_after - timezone.now()).total_seconds())


def queue_unit_notification():
    make_feedback(CategoryFactory())
    return Notification.objects.get()


def test_a_mail_server_that_is_down_gets_retries_with_growing_waits():
    with mail_settings(free_port()):
        notification = queue_unit_notification()
        run_worker()
        first_wait = retry_delay_seconds()
        with time_machine.travel(timezone.now() + datetime.timedelta(seconds=first_wait + 1)):
            run_worker()
            second_wait = retry_delay_seconds()
    notification.refresh_from_db()
    assert (notification.state, notification.attempts) == (Notification.State.FAILED, 2)
    assert notification.last_error.startswith("ConnectionRefusedError")
    assert (first_wait, second_wait) == (60, 120)


def test_a_mail_server_that_never_answers_is_given_up_after_the_timeout(hanging_smtp_port):
    with mail_settings(hanging_smtp_port):
        notification = queue_unit_notification()
        took = run_worker()
        wait = retry_delay_seconds()
    notification.refresh_from_db()
    assert notification.state == Notification.State.FAILED
    assert "timed out" in notification.last_error
    assert EMAIL_TIMEOUT <= took < EMAIL_TIMEOUT + 5
    assert wait == 60


def test_the_retried_mail_reaches_the_server_once_it_is_back():
    port = free_port()
    with mail_settings(port):
        notification = queue_unit_notification()
        run_worker()
        wait = retry_delay_seconds()
        inbox = Inbox()
        server = Controller(inbox, hostname="127.0.0.1", port=port)
        server.start()
        try:
            with time_machine.travel(timezone.now() + datetime.timedelta(seconds=wait + 1)):
                run_worker()
        finally:
            server.stop()
    notification.refresh_from_db()
    assert (notification.state, notification.attempts) == (Notification.State.SENT, 2)
    [message] = inbox.messages
    assert message.rcpt_tos == notification.recipients.split(",")
    assert not waiting_retries().exists()


def test_the_worker_stops_retrying_after_the_maximum_attempts(settings):
    settings.FEEDBACK_PLUGIN = {"NOTIFICATION_MAX_ATTEMPTS": 1}
    with mail_settings(free_port()):
        notification = queue_unit_notification()
        run_worker()
        assert not waiting_retries().exists()
    notification.refresh_from_db()
    assert (notification.state, notification.attempts) == (Notification.State.FAILED, 1)
