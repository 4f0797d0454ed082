import smtplib

import pytest
from django.core import mail
from django.urls import reverse

from feedback_plugin.models import (
    CategoryQuestion,
    FeedbackPhoto,
    InternalNote,
    Notification,
    Publication,
    ReplyTemplate,
    Status,
)
from tests.factories import CategoryFactory, ResponsibleUnitFactory, make_feedback, translate_category
from tests.second_factor import verified_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def feedback(category):
    return make_feedback(
        category,
        title="Valo rikki",
        description="Katuvalo on ollut rikki viikon. Soita 040 123 4567.",
        contact_name="Asukas Esimerkki",
        contact_email="asukas@example.fi",
        contact_phone="040 123 4567",
        wants_reply=True,
    )


def inspect(feedback):
    return reverse("feedback_inbox:inspect", args=[feedback.pk])


def act(feedback, action):
    return reverse("feedback_inbox:act", args=[feedback.pk, action])


def test_handling_view_shows_everything_including_contact_data_and_trail(client, staff, feedback):
    response = client.get(inspect(feedback))

    html = response.content.decode()
    assert response.status_code == 200
    for text in ["Asukas Esimerkki", "asukas@example.fi", "040 123 4567", "Katuvalot", "Valo rikki"]:
        assert text in html
    assert "Vastaanotettu" in html  # the trail's first event


def test_extra_answers_are_shown_with_their_question_labels(client, staff, category):
    CategoryQuestion.objects.create(
        category=category,
        locale=category.locale,
        code="line",
        label="Bussilinja",
        type="singlevaluelist",
        choices="1\n2\n3",
    )
    feedback = make_feedback(category, extra_answers={"line": "2"})

    html = client.get(inspect(feedback)).content.decode()

    assert "Bussilinja" in html


def test_changing_the_status_records_the_trail_and_e_mails_the_resident(
    client, staff, feedback, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(act(feedback, "status"), {"status": Status.DONE})

    assert response.status_code == 302
    assert response["Location"] == inspect(feedback)
    feedback.refresh_from_db()
    assert feedback.status == Status.DONE and feedback.closed_at is not None
    event = feedback.events.last()
    assert (event.action, event.user, event.new_value) == ("status", staff, Status.DONE)
    assert [message.to for message in mail.outbox] == [["asukas@example.fi"]]


def test_reply_is_saved_and_e_mailed_with_the_tracking_link(
    client, staff, feedback, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(act(feedback, "reply"), {"body": "Valo korjataan huomenna."})

    reply = feedback.replies.get()
    assert (reply.body, reply.language, reply.author) == ("Valo korjataan huomenna.", "fi", staff)
    assert "Valo korjataan huomenna." in mail.outbox[0].body
    assert feedback.get_tracking_url() in mail.outbox[0].body


def test_reply_templates_of_the_category_in_the_residents_language_are_offered(client, staff, category, feedback):
    fi_template = ReplyTemplate.objects.create(
        locale=category.locale, title="Korjataan", body="Kiitos, korjaamme valon.", category=category
    )
    english = translate_category(category, "en")
    ReplyTemplate.objects.create(locale=english.locale, title="Will fix", body="Thanks.", category=english)
    other = ReplyTemplate.objects.create(
        locale=category.locale, title="Muu luokka", body="Muu.", category=CategoryFactory()
    )

    html = client.get(inspect(feedback)).content.decode()
    chosen = client.get(inspect(feedback), {"reply_template": fi_template.pk}).content.decode()

    assert "Korjataan" in html
    assert "Will fix" not in html and other.title not in html
    assert "Kiitos, korjaamme valon.</textarea>" in chosen


def test_internal_note_is_saved_with_its_author(client, staff, feedback):
    client.post(act(feedback, "note"), {"body": "Soitettu asukkaalle."})

    assert InternalNote.objects.get(feedback=feedback).author == staff


def test_reassigning_moves_the_feedback_to_another_unit(client, staff, feedback):
    other = ResponsibleUnitFactory(name="Jätehuolto")

    client.post(act(feedback, "unit"), {"unit": other.pk})

    feedback.refresh_from_db()
    assert feedback.unit == other
    assert feedback.events.last().action == "assigned"
    # The unit's own staff no longer see it.
    assert client.get(inspect(feedback), follow=True).status_code == 404


def test_hiding_and_publishing(client, staff, feedback):
    client.post(act(feedback, "publication"), {"publication": Publication.HIDDEN})
    feedback.refresh_from_db()
    assert feedback.publication == Publication.HIDDEN

    client.post(act(feedback, "publication"), {"publication": Publication.PUBLISHED})
    feedback.refresh_from_db()
    assert feedback.publication == Publication.PUBLISHED


def test_publishing_feedback_the_resident_refused_to_publish_is_a_400_with_the_reason(client, staff, category):
    feedback = make_feedback(category, allow_publication=False)

    response = client.post(act(feedback, "publication"), {"publication": Publication.PUBLISHED})

    assert response.status_code == 400
    assert "julkaista" in response.content.decode()
    feedback.refresh_from_db()
    assert feedback.publication == Publication.HIDDEN


def test_editing_the_public_text_still_redacts_personal_data(client, staff, feedback):
    client.post(
        act(feedback, "public_text"),
        {"public_title": "Valo rikki", "public_description": "Valo rikki, soita 040 765 4321."},
    )

    feedback.refresh_from_db()
    assert feedback.public_description == "Valo rikki, soita [removed]."


def test_merging_a_duplicate_by_reference(client, staff, category, feedback):
    duplicate = make_feedback(category)

    response = client.post(act(duplicate, "merge"), {"reference": feedback.reference})

    assert response.status_code == 302
    duplicate.refresh_from_db()
    feedback.refresh_from_db()
    assert duplicate.duplicate_of == feedback and duplicate.status == Status.DUPLICATE
    assert feedback.supporter_count == 1


def test_merging_into_an_item_the_user_cannot_see_is_a_400(client, staff, feedback):
    hidden_original = make_feedback(CategoryFactory())

    response = client.post(act(feedback, "merge"), {"reference": hidden_original.reference})

    assert response.status_code == 400
    feedback.refresh_from_db()
    assert feedback.duplicate_of is None


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("status", {"status": "nonsense"}),
        ("reply", {"body": ""}),
        ("merge", {"reference": ""}),
        ("unit", {"unit": "x"}),
        ("category", {"category": "x"}),
    ],
)
def test_bad_input_is_a_400_not_a_500(client, staff, feedback, action, data):
    assert client.post(act(feedback, action), data).status_code == 400


def test_unknown_action_is_404_and_get_on_an_action_is_405(client, staff, feedback):
    assert client.post(act(feedback, "delete-everything"), {}, follow=True).status_code == 404
    assert client.get(act(feedback, "status")).status_code == 405


def test_actions_require_csrf(staff, feedback):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    verified_login(csrf_client, staff)

    assert csrf_client.post(act(feedback, "note"), {"body": "x"}).status_code == 403


def test_failed_notification_shows_its_error_and_can_be_retried(
    client, staff, category, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_send(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr("feedback_plugin.tasks.send_mail", broken_send)
    with django_capture_on_commit_callbacks(execute=True):
        feedback = make_feedback(category, contact_email="asukas@example.fi")
    failed = feedback.notifications.get(kind=Notification.Kind.RECEIPT)
    assert failed.state == Notification.State.FAILED

    html = client.get(inspect(feedback)).content.decode()
    assert "mail server down" in html

    monkeypatch.undo()
    response = client.post(reverse("feedback_inbox:retry_notification", args=[feedback.pk, failed.pk]))

    assert response.status_code == 302
    failed.refresh_from_db()
    assert failed.state == Notification.State.SENT
    assert ["asukas@example.fi"] in [message.to for message in mail.outbox]


def test_photos_are_served_to_staff_through_the_admin(client, staff, feedback):
    from django.core.files.base import ContentFile

    from tests.factories import image_bytes

    photo = FeedbackPhoto.objects.create(
        feedback=feedback, image=ContentFile(image_bytes(), name="x.jpg"), width=64, height=48
    )
    url = reverse("feedback_inbox:photo", args=[feedback.pk, photo.pk])

    assert url in client.get(inspect(feedback)).content.decode()
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", ["edit", "delete", "history", "history_results", "usage"])
def test_generic_object_views_lead_to_the_handling_view(client, staff, feedback, name):
    response = client.get(reverse(f"feedback_inbox:{name}", args=[feedback.pk]))

    assert response["Location"] == inspect(feedback)
