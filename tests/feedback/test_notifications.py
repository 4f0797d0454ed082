import smtplib

import pytest
from django.core import mail
from django.core.management import call_command

from feedback_plugin import services
from feedback_plugin.models import Feedback, Notification, Status
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db(transaction=True)


def test_new_feedback_e_mails_its_unit_and_the_categorys_routing_addresses():
    category = CategoryFactory(routing_emails="extra@example.fi")
    feedback = make_feedback(category)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == sorted([category.unit.notification_email, "extra@example.fi"])
    assert feedback.reference in message.subject
    assert f"/admin/feedback/inspect/{feedback.pk}/" in message.body


def test_confidential_feedback_text_is_not_put_in_the_unit_e_mail():
    make_feedback(CategoryFactory(is_confidential=True), description="Sensitive health matter here.")
    assert "Sensitive health matter" not in mail.outbox[0].body


def test_resident_gets_a_receipt_with_the_tracking_link_in_their_language(site_pages):
    feedback = make_feedback(contact_email="resident@example.fi", language="en")
    receipt = next(message for message in mail.outbox if message.to == ["resident@example.fi"])
    assert receipt.subject == f"We received your feedback {feedback.reference}"
    assert f"/en/feedback/track/{feedback.tracking_token}/" in receipt.body


def test_reply_is_e_mailed_to_the_resident_in_finnish():
    feedback = make_feedback(contact_email="asukas@example.fi", language="fi")
    mail.outbox.clear()
    services.add_reply(feedback, "Korjaamme valon huomenna.")
    (message,) = mail.outbox
    assert message.subject == f"Vastaus palautteeseesi {feedback.reference}"
    assert "Korjaamme valon huomenna." in message.body
    assert f"/fi/feedback/track/{feedback.tracking_token}/" in message.body


def test_status_change_is_e_mailed_to_the_resident():
    feedback = make_feedback(contact_email="resident@example.fi", language="en")
    mail.outbox.clear()
    services.change_status(feedback, Status.DONE)
    (message,) = mail.outbox
    assert "Done" in message.body


def test_no_e_mail_to_a_resident_without_an_address():
    make_feedback(contact_email="")
    assert [message.to for message in mail.outbox] != [] and all("@example.fi" in m.to[0] for m in mail.outbox)
    assert Notification.objects.filter(kind=Notification.Kind.RECEIPT).count() == 0


def test_failed_e_mail_keeps_the_feedback_and_is_visible_and_retryable(monkeypatch):
    def broken_send(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr("feedback_plugin.tasks.send_mail", broken_send)
    feedback = make_feedback(contact_email="resident@example.fi")

    assert Feedback.objects.filter(pk=feedback.pk).exists()
    failed = Notification.objects.filter(feedback=feedback, state=Notification.State.FAILED)
    assert failed.count() == 2
    assert all("mail server down" in notification.last_error for notification in failed)
    assert all(notification.attempts == 1 for notification in failed)

    monkeypatch.undo()
    call_command("retry_notifications", stdout=__import__("io").StringIO())

    assert Notification.objects.filter(feedback=feedback, state=Notification.State.SENT).count() == 2
    assert {tuple(message.to) for message in mail.outbox} >= {("resident@example.fi",)}


def test_notifications_stop_retrying_after_the_maximum_attempts(monkeypatch, settings):
    settings.FEEDBACK_PLUGIN = {"NOTIFICATION_MAX_ATTEMPTS": 1}
    monkeypatch.setattr("feedback_plugin.tasks.send_mail", lambda *a, **k: 1 / 0)
    make_feedback()
    from feedback_plugin.notifications import retry_failed

    assert retry_failed() == 0
