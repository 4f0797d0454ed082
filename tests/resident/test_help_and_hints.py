"""The help slot other plugins fill, duplicate hints and "this is my issue too"."""

import datetime
import json
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone
from django.utils.html import format_html
from wagtail import hooks

from feedback_plugin import services
from feedback_plugin.models import Feedback, Follower, Publication, Status
from feedback_plugin.sections import HELP_HOOK
from tests.factories import CategoryFactory, make_feedback
from tests.followers import confirmed_follower, link_in_mail

from .conftest import form_data

pytestmark = pytest.mark.django_db


def faq_for(request, category, latitude, longitude):
    where = f"{latitude},{longitude}" if latitude is not None else "anywhere"
    return format_html(
        '<details data-help-id="faq-{}"><summary>Q about {}</summary>{}</details>', category.code, category.name, where
    )


def test_the_help_slot_shows_every_registered_fragment_for_the_chosen_category(client, feedback_pages, category):
    with hooks.register_temporarily(HELP_HOOK, faq_for):
        html = client.get("/en/give-feedback/?category=street-lighting").content.decode()
        fragment = client.get("/en/feedback/help/?category=street-lighting&lat=62.8924&lng=27.677").content.decode()
    assert '<details data-help-id="faq-street-lighting"><summary>Q about Street lighting</summary>anywhere' in html
    assert "62.892400,27.677000" in fragment


def test_the_help_endpoint_rejects_an_unknown_category_in_the_residents_language(client, feedback_pages, category):
    response = client.get("/fi/feedback/help/?category=nope")
    assert response.status_code == 400
    assert response.json() == {"error": "Valitse aihe luettelosta.", "code": "unknown_category"}


def test_help_items_the_resident_opened_are_stored_with_the_feedback(client, feedback_pages, category):
    response = client.post("/fi/anna-palautetta/", form_data(opened_help=json.dumps(["faq-12", "bulletin-3"])))
    assert response.status_code == 302
    assert Feedback.objects.get().opened_help == ["faq-12", "bulletin-3"]


def hints(client, category_code="street-lighting", lat="62.892400", lng="27.677000", language="en"):
    return client.get(f"/{language}/feedback/hints/?category={category_code}&lat={lat}&lng={lng}").json()["items"]


def test_hints_list_nearby_recent_open_public_items_of_the_same_category(client, feedback_pages, category):
    near = make_feedback(category, title="Dark corner", latitude=Decimal("62.893000"), longitude=Decimal("27.677500"))
    make_feedback(category, title="Too far", latitude=Decimal("62.900000"), longitude=Decimal("27.677000"))
    make_feedback(category, title="Too old", received_at=timezone.now() - datetime.timedelta(days=91))
    services.change_status(make_feedback(category, title="Closed"), Status.DONE)
    services.set_publication(make_feedback(category, title="Unpublished"), Publication.HIDDEN)
    make_feedback(CategoryFactory(), title="Other category")
    items = hints(client)
    assert [item["reference"] for item in items] == [near.reference]
    assert items[0]["status_label"] == "Received"
    assert items[0]["url"] == f"/en/feedback-list/{near.reference}/"
    assert items[0]["distance_m"] < 250


def test_hints_show_at_most_five_items_nearest_first(client, feedback_pages, category):
    made = [make_feedback(category, latitude=Decimal(f"62.8924{n}0"), longitude=Decimal("27.677000")) for n in range(7)]
    assert [item["reference"] for item in hints(client)] == [feedback.reference for feedback in made[:5]]


def test_this_is_my_issue_too_adds_a_supporter_and_a_pending_follower_instead_of_a_new_item(
    client, feedback_pages, category, django_capture_on_commit_callbacks
):
    original = make_feedback(category)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fi/feedback/support/{original.reference}/", {"support_email": "neighbour@example.fi"})
    assert response.status_code == 200
    assert "Kiitos tuestasi" in response.content.decode()
    assert "Tarkista sähköpostisi" in response.content.decode()
    original.refresh_from_db()
    assert original.supporter_count == 1
    assert Feedback.objects.count() == 1
    follower = Follower.objects.get()
    assert (follower.email, follower.confirmed_at) == ("neighbour@example.fi", None)
    assert "/fi/feedback/follow/confirm/" in mail.outbox[-1].body


def test_followers_get_replies_in_their_language_without_the_private_tracking_link(
    client, feedback_pages, category, django_capture_on_commit_callbacks
):
    original = make_feedback(category, contact_email="submitter@example.fi")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/en/feedback/support/{original.reference}/", {"support_email": "neighbour@example.fi"})
    client.get(link_in_mail("neighbour@example.fi", "confirm"))
    with django_capture_on_commit_callbacks(execute=True):
        services.add_reply(original, "The lamp was replaced.")
    follower_mail = [message for message in mail.outbox if message.to == ["neighbour@example.fi"]][-1]
    assert "that you follow was updated" in follower_mail.subject
    assert "The lamp was replaced." in follower_mail.body
    assert original.tracking_token not in follower_mail.body
    assert f"/en/feedback-list/{original.reference}/" in follower_mail.body
    assert "submitter@example.fi" not in follower_mail.body


def test_support_is_refused_for_an_item_that_is_not_public(client, feedback_pages, category):
    hidden = make_feedback(category, allow_publication=False)
    assert client.post(f"/fi/feedback/support/{hidden.reference}/").status_code == 404


def test_support_is_rate_limited_like_submissions(client, feedback_pages, category, settings):
    settings.FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (1, 3600)}
    original = make_feedback(category)
    client.post(f"/en/feedback/support/{original.reference}/")
    response = client.post(f"/en/feedback/support/{original.reference}/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "You have sent a lot of feedback in a short time" in response.content.decode()
    original.refresh_from_db()
    assert original.supporter_count == 1


def test_support_needs_a_csrf_token(feedback_pages, category):
    from django.test import Client

    original = make_feedback(category)
    response = Client(enforce_csrf_checks=True).post(f"/en/feedback/support/{original.reference}/")
    assert response.status_code == 403


def test_followers_hear_of_status_changes_but_not_after_the_item_is_hidden(
    client, feedback_pages, category, django_capture_on_commit_callbacks
):
    original = make_feedback(category)
    confirmed_follower(original, "neighbour@example.fi", "fi")
    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(original, Status.IN_PROGRESS)
    assert [message.to for message in mail.outbox] == [["neighbour@example.fi"]]
    assert "Sen tila on nyt: Käsittelyssä." in mail.outbox[0].body
    mail.outbox.clear()
    services.set_publication(original, Publication.HIDDEN)
    with django_capture_on_commit_callbacks(execute=True):
        services.change_status(original, Status.DONE)
    assert mail.outbox == []
