import pytest
from django.core.exceptions import ValidationError

from feedback_plugin import services
from feedback_plugin.models import Feedback, Publication
from feedback_plugin.privacy import REDACTED, PublicFeedback, is_public, public_feedback, redact
from tests.factories import CategoryFactory, make_feedback, translate_category

pytestmark = pytest.mark.django_db


def test_published_feedback_is_in_the_public_queryset():
    feedback = make_feedback()
    assert feedback.publication == Publication.PUBLISHED
    assert list(public_feedback()) == [feedback]


def test_confidential_feedback_never_appears_in_the_public_queryset():
    feedback = make_feedback(CategoryFactory(is_confidential=True))
    assert feedback.publication == Publication.HIDDEN
    # Even if someone forces the state, the category rule still keeps it out.
    Feedback.objects.filter(pk=feedback.pk).update(publication=Publication.PUBLISHED)
    assert not public_feedback().exists()


def test_confidential_feedback_cannot_be_published_by_staff():
    feedback = make_feedback(CategoryFactory(is_confidential=True))
    with pytest.raises(ValidationError) as raised:
        services.set_publication(feedback, Publication.PUBLISHED)
    assert raised.value.code == "not_publishable"
    assert not public_feedback().exists()


def test_feedback_the_resident_asked_not_to_publish_stays_private():
    make_feedback(allow_publication=False)
    assert not public_feedback().exists()


def test_moderated_policy_keeps_new_feedback_pending(settings):
    settings.FEEDBACK_PLUGIN = {"PUBLICATION_POLICY": "moderated"}
    feedback = make_feedback()
    assert feedback.publication == Publication.PENDING
    assert not public_feedback().exists()
    services.set_publication(feedback, Publication.PUBLISHED)
    assert list(public_feedback()) == [feedback]


def test_hidden_feedback_is_not_public():
    feedback = make_feedback()
    services.set_publication(feedback, Publication.HIDDEN)
    assert not public_feedback().exists()


def test_category_turning_confidential_withdraws_its_feedback_in_every_language():
    category = CategoryFactory()
    english = translate_category(category, "en")
    feedback = make_feedback(english, language="en")
    assert public_feedback().exists()

    english.is_confidential = True
    english.save()

    category.refresh_from_db()
    assert category.is_confidential, "the flag is shared by all translations"
    feedback.refresh_from_db()
    assert feedback.publication == Publication.HIDDEN
    assert not public_feedback().exists()


def test_public_feedback_carries_only_public_fields():
    feedback = make_feedback(
        contact_name="Resident Secretname",
        contact_email="resident@example.fi",
        contact_phone="040 123 4567",
        description="Call me at 040 123 4567 about the broken light.",
    )
    services.add_note(feedback, "Internal: check the cable")
    item = PublicFeedback(public_feedback().get())
    assert item.description == f"Call me at {REDACTED} about the broken light."
    for private in ("contact_name", "contact_email", "contact_phone", "internal_notes", "events", "tracking_token"):
        assert not hasattr(item, private), private


def test_public_feedback_refuses_a_private_item():
    feedback = make_feedback(CategoryFactory(is_confidential=True))
    with pytest.raises(PermissionError):
        PublicFeedback(feedback)


def test_original_text_is_kept_for_staff():
    feedback = make_feedback(description="Mail me: someone@example.fi, the bench is broken.")
    assert feedback.description == "Mail me: someone@example.fi, the bench is broken."
    assert feedback.public_description == f"Mail me: {REDACTED}, the bench is broken."


def test_staff_edits_to_the_public_text_are_redacted_too():
    feedback = make_feedback()
    services.edit_public_text(feedback, "Title", "Reach the resident at 0401234567, please.")
    assert feedback.public_description == f"Reach the resident at {REDACTED}, please."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # e-mail addresses
        ("Write to matti.meikalainen@example.fi today", f"Write to {REDACTED} today"),
        ("UPPER.CASE+tag@Sub.Example.COM", REDACTED),
        ("name(at)kuopio.fi", REDACTED),
        ("name [at] kuopio [dot] fi", REDACTED),
        ("etunimi.sukunimi(ät)posti(piste)fi", REDACTED),
        # phone numbers
        ("Soita 040 123 4567", f"Soita {REDACTED}"),
        ("Soita 040-1234567!", f"Soita {REDACTED}!"),
        ("Number 0401234567.", f"Number {REDACTED}."),
        ("+358 40 123 4567", REDACTED),
        ("+358401234567", REDACTED),
        ("00358 40 123 4567", REDACTED),
        ("(017) 182 111", REDACTED),
        ("017 182 111", REDACTED),
        ("09 310 1691", REDACTED),
        # Finnish personal identity codes, every century sign
        ("Hetu 131052-308T", f"Hetu {REDACTED}"),
        ("010101A123N", REDACTED),
        ("010594Y9032", REDACTED),
        ("020300+123H", REDACTED),
        ("lowercase 131052-308t", f"lowercase {REDACTED}"),
        # bank account numbers
        ("IBAN FI21 1234 5600 0007 85", f"IBAN {REDACTED}"),
        ("FI2112345600000785", REDACTED),
    ],
)
def test_redaction_removes_personal_data(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Snow ploughing on 24.11.2026 at 7:00",
        "Bus line 9 and line 20 were late",
        "Postal code 70100 Kuopio, Kauppakatu 40",
        "Reference 2026-000123",
        "The temperature was -15 degrees",
        "Opening hours 8-16",
        "Year 2025 and 2026",
        "Price 3,40 €",
    ],
)
def test_redaction_leaves_ordinary_text_alone(text):
    assert redact(text) == text


@pytest.mark.parametrize("publication", Publication.values)
@pytest.mark.parametrize("allow_publication", [True, False])
@pytest.mark.parametrize("confidential", [False, True])
def test_an_item_is_public_in_python_exactly_when_the_public_queryset_holds_it(
    publication, allow_publication, confidential
):
    feedback = make_feedback(CategoryFactory(is_confidential=confidential), allow_publication=allow_publication)
    Feedback.objects.filter(pk=feedback.pk).update(publication=publication)
    feedback.refresh_from_db()
    in_queryset = public_feedback().filter(pk=feedback.pk).exists()
    assert is_public(feedback) == in_queryset
    assert in_queryset == (publication == Publication.PUBLISHED and allow_publication and not confidential)
