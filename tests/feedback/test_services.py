import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from feedback_plugin import services
from feedback_plugin.models import Channel, FeedbackEvent, Status
from tests.factories import (
    CategoryFactory,
    ResponsibleUnitFactory,
    UserFactory,
    locale,
    make_feedback,
    translate_category,
)

pytestmark = pytest.mark.django_db


def test_reference_numbers_are_short_yearly_and_sequential():
    first = make_feedback()
    second = make_feedback()
    year = timezone.localdate().year
    assert first.reference == f"{year}-000001"
    assert second.reference == f"{year}-000002"


def test_tracking_tokens_are_long_and_unique():
    tokens = {make_feedback().tracking_token for _ in range(5)}
    assert len(tokens) == 5
    assert all(len(token) >= 32 for token in tokens)


def test_new_feedback_is_assigned_to_the_categorys_unit_with_a_due_date():
    category = CategoryFactory(target_days=3)
    feedback = make_feedback(category, received_at=timezone.now())
    assert feedback.unit == category.unit
    assert feedback.due_date == timezone.localdate() + datetime.timedelta(days=3)


def test_due_date_defaults_to_five_days():
    feedback = make_feedback()
    assert feedback.due_date == timezone.localdate(feedback.received_at) + datetime.timedelta(days=5)


def test_feedback_in_english_points_to_the_category_in_the_default_language():
    category = CategoryFactory()
    english = translate_category(category, "en")
    feedback = make_feedback(english, language="en")
    assert feedback.category == category
    assert feedback.language == "en"


def test_staff_can_record_feedback_from_another_channel():
    staff = UserFactory()
    feedback = make_feedback(channel=Channel.PHONE, user=staff)
    event = feedback.events.get()
    assert (feedback.channel, event.action, event.user) == (Channel.PHONE, FeedbackEvent.Action.CREATED, staff)


def test_status_changes_are_recorded_with_who_and_when():
    staff = UserFactory()
    feedback = make_feedback()
    services.change_status(feedback, Status.IN_PROGRESS, staff)
    services.change_status(feedback, Status.DONE, staff)

    changes = list(feedback.events.filter(action=FeedbackEvent.Action.STATUS).values_list("old_value", "new_value"))
    assert changes == [("received", "in_progress"), ("in_progress", "done")]
    assert all(event.user == staff and event.created_at for event in feedback.events.exclude(action="created"))
    assert feedback.closed_at is not None


def test_reopening_clears_the_closing_time():
    feedback = make_feedback()
    services.change_status(feedback, Status.DONE)
    services.change_status(feedback, Status.IN_PROGRESS)
    assert feedback.closed_at is None


def test_reassignment_is_recorded_and_read_in_the_viewers_language():
    staff = UserFactory()
    feedback = make_feedback()
    other = ResponsibleUnitFactory(name="Jätehuolto")
    english = other.copy_for_translation(locale("en"))
    english.name = "Waste management"
    english.save()
    services.assign_unit(feedback, other, staff)
    event = feedback.events.get(action=FeedbackEvent.Action.ASSIGNED)
    feedback.refresh_from_db()
    assert feedback.unit == other and event.user == staff
    assert str(event).endswith("→ Jätehuolto")
    with translation.override("en"):
        assert str(event) == f"Unit changed: {feedback.category.unit.name} → Waste management"


def test_first_reply_time_is_kept_for_response_time_analytics():
    feedback = make_feedback()
    first = services.add_reply(feedback, "We will fix it.")
    services.add_reply(feedback, "Fixed now.")
    feedback.refresh_from_db()
    assert feedback.first_reply_at == first.created_at
    assert first.language == "fi"
    assert first.unit == feedback.unit


def test_merging_a_duplicate_counts_its_submitter_as_a_supporter():
    original = make_feedback()
    duplicate = make_feedback(original.category)
    services.merge_duplicate(duplicate, original)
    original.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.duplicate_of == original
    assert duplicate.status == Status.DUPLICATE
    assert original.supporter_count == 1


def test_an_item_cannot_be_merged_into_itself():
    feedback = make_feedback()
    with pytest.raises(ValidationError) as raised:
        services.merge_duplicate(feedback, feedback)
    assert raised.value.code == "merge_self"


def test_withdrawing_contact_data_erases_it():
    feedback = make_feedback(contact_name="A Resident", contact_email="a@example.fi", contact_phone="0401234567")
    services.erase_contact_data(feedback)
    feedback.refresh_from_db()
    assert not feedback.has_contact_data
    assert feedback.events.filter(action=FeedbackEvent.Action.CONTACT_ERASED).exists()
