"""Followers: asking, confirming and unsubscribing, and the signed links that carry each step."""

import datetime
import importlib

import pytest
import time_machine
from django.apps import apps
from django.core import mail

from feedback_plugin import follower_links, services
from feedback_plugin.models import Follower, Notification, Status
from tests.factories import make_feedback
from tests.followers import confirmed_follower

pytestmark = pytest.mark.django_db

migration = importlib.import_module("feedback_plugin.migrations.0009_follower_confirmation")


def test_asking_to_follow_queues_a_confirmation_in_the_residents_language_and_no_updates():
    feedback = make_feedback()
    follower = services.add_follower(feedback, "neighbour@example.fi", "en")
    services.change_status(feedback, Status.IN_PROGRESS)
    kinds = list(Notification.objects.filter(follower=follower).values_list("kind", "language"))
    assert kinds == [(Notification.Kind.FOLLOW_CONFIRMATION, "en")]


def test_asking_again_keeps_one_follower_and_a_confirmed_one_gets_no_new_link():
    feedback = make_feedback()
    services.add_follower(feedback, "neighbour@example.fi", "fi")
    services.add_follower(feedback, "neighbour@example.fi", "en")
    follower = Follower.objects.get()
    assert (follower.language, follower.notifications.count()) == ("fi", 2)
    services.confirm_follower(feedback.pk, "neighbour@example.fi")
    services.add_follower(feedback, "neighbour@example.fi", "fi")
    assert follower.notifications.count() == 2


def test_confirming_twice_keeps_the_first_confirmation_time():
    feedback = make_feedback()
    first = confirmed_follower(feedback, "neighbour@example.fi", "fi").confirmed_at
    again = services.confirm_follower(feedback.pk, "neighbour@example.fi")
    assert first is not None and again.confirmed_at == first


def test_only_confirmed_followers_get_updates():
    feedback = make_feedback()
    services.add_follower(feedback, "pending@example.fi", "fi")
    confirmed_follower(feedback, "confirmed@example.fi", "fi")
    services.add_reply(feedback, "Korjattu.")
    updates = Notification.objects.filter(kind=Notification.Kind.FOLLOWER_UPDATE)
    assert list(updates.values_list("recipients", flat=True)) == ["confirmed@example.fi"]


def test_unsubscribing_removes_the_address_and_its_unsent_mails():
    feedback = make_feedback()
    confirmed_follower(feedback, "neighbour@example.fi", "fi")
    services.add_reply(feedback, "Korjattu.")
    services.remove_follower(feedback.pk, "neighbour@example.fi")
    assert not Follower.objects.exists()
    assert not Notification.objects.filter(recipients="neighbour@example.fi").exists()


def test_a_link_is_bound_to_its_follower_and_its_purpose():
    feedback = make_feedback()
    follower = services.add_follower(feedback, "neighbour@example.fi", "fi")
    token = follower_links.unsubscribe_token(follower)
    assert follower_links.read_unsubscribe(token) == (feedback.pk, "neighbour@example.fi")
    with pytest.raises(follower_links.InvalidLink):
        follower_links.read_confirmation(token)
    with pytest.raises(follower_links.InvalidLink):
        follower_links.read_unsubscribe(token.replace("neighbour", "x") + "x")


def test_a_confirmation_link_expires_after_the_configured_days(settings):
    settings.FEEDBACK_PLUGIN = {"FOLLOW_CONFIRMATION_DAYS": 2}
    follower = services.add_follower(make_feedback(), "neighbour@example.fi", "fi")
    with time_machine.travel(datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC)):
        token = follower_links.confirmation_token(follower)
    with time_machine.travel(datetime.datetime(2026, 11, 3, 11, tzinfo=datetime.UTC)):
        assert follower_links.read_confirmation(token) == (follower.feedback_id, follower.email)
    with (
        time_machine.travel(datetime.datetime(2026, 11, 3, 13, tzinfo=datetime.UTC)),
        pytest.raises(follower_links.InvalidLink),
    ):
        follower_links.read_confirmation(token)


def test_follower_mails_carry_the_one_click_unsubscribe_headers(site_pages, django_capture_on_commit_callbacks):
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="palaute.example.fi", port=443)
    feedback = make_feedback()
    with django_capture_on_commit_callbacks(execute=True):
        confirmed_follower(feedback, "neighbour@example.fi", "fi")
        services.add_reply(feedback, "Korjattu.")
    confirmation, update = (message for message in mail.outbox if message.to == ["neighbour@example.fi"])
    for message in (confirmation, update):
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        url = message.extra_headers["List-Unsubscribe"]
        assert url.startswith("<https://palaute.example.fi/fi/feedback/follow/unsubscribe/") and url.endswith("/>")
        assert url[1:-1] in message.body
        assert message.message()["List-Unsubscribe"] == url
    assert "/fi/feedback/follow/confirm/" in confirmation.body


def test_followers_from_before_confirmation_keep_their_updates_after_the_migration():
    early = Follower.objects.create(feedback=make_feedback(), email="early@example.fi", language="fi")
    migration.confirm_existing_followers(apps, schema_editor=None)
    early.refresh_from_db()
    assert early.confirmed_at == early.created_at
