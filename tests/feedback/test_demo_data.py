"""`manage.py load_demo_data` makes feedback that looks like a city's, so analytics on it mean something: texts
that fit their category and kind, replies at realistic times, addresses near their points, and a few photos.

The demo is loaded once for the module, inside a transaction that is rolled back afterwards; each test runs in
a savepoint inside it.
"""

import io
import math
import re
import string
from collections import Counter
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from PIL import Image

from feedback_plugin.models import Feedback, FeedbackEvent, FeedbackPhoto, Kind, Reply, ResponsibleUnit, Status
from feedback_plugin.privacy import public_feedback
from home.demo.feedback_texts import TEXTS
from home.demo.feedback_texts.places import place_of_address
from tests.storage import use_photo_storage_from_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def photo_root(django_db_setup, django_db_blocker, tmp_path_factory):
    """Loads the demo once; yields the folder its photos were stored in."""
    root = tmp_path_factory.mktemp("demo-photos")
    storages = {
        **settings.STORAGES,
        "feedback_photos": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": root}},
    }
    with override_settings(STORAGES=storages), pytest.MonkeyPatch.context() as monkeypatch:
        use_photo_storage_from_settings(monkeypatch)
        with django_db_blocker.unblock(), transaction.atomic():
            call_command("load_demo_data", stdout=io.StringIO())
            yield root
            transaction.set_rollback(True)


@pytest.fixture
def items(photo_root):
    return list(Feedback.objects.select_related("category", "unit"))


def pattern(template):
    """A regular expression matching ``template`` with any text in its slots."""
    parts = [
        re.escape(literal) + (".+?" if field else "") for literal, field, _, _ in string.Formatter().parse(template)
    ]
    return re.compile("".join(parts))


def written_from(text, item):
    return pattern(text.title(item.language)).fullmatch(item.title) and pattern(
        text.description(item.language)
    ).fullmatch(item.description)


def metres_between(latitude1, longitude1, latitude2, longitude2):
    north = math.radians(latitude2 - latitude1) * 6_371_000
    east = math.radians(longitude2 - longitude1) * 6_371_000 * math.cos(math.radians(latitude1))
    return math.hypot(north, east)


def test_demo_has_200_items_and_no_title_appears_more_than_three_times(items):
    assert len(items) == 200
    assert max(Counter(item.title for item in items).values()) <= 3


def test_every_item_is_written_from_a_text_of_its_own_category_and_kind(items):
    mismatched = [
        item.reference
        for item in items
        if not any(written_from(text, item) for text in TEXTS[item.category.code].kinds.get(item.kind, []))
    ]

    assert mismatched == []
    assert {item.kind for item in items} == set(Kind)


def test_about_four_in_five_items_are_in_finnish_and_the_rest_in_english(items):
    languages = Counter(item.language for item in items)

    assert set(languages) == {"fi", "en"}
    assert 0.7 <= languages["fi"] / len(items) <= 0.9


def test_every_reply_comes_after_its_item_was_received_and_before_now(items):
    now = timezone.now()
    replies = Reply.objects.select_related("feedback")

    assert replies.count() > 150
    assert all(reply.feedback.received_at < reply.created_at < now for reply in replies)
    assert all(item.first_reply_at == item.replies.first().created_at for item in items if item.first_reply_at)


def test_replies_speak_the_items_language_and_are_signed_by_its_unit(items):
    for item in items:
        unit = ResponsibleUnit.objects.get(
            translation_key=item.unit.translation_key, locale__language_code=item.language
        )
        for reply in item.replies.all():
            assert (reply.language, reply.body.splitlines()[-1]) == (item.language, unit.name)


def test_first_replies_take_hours_to_days_and_some_items_were_never_replied_to(items):
    delays = sorted(item.first_reply_at - item.received_at for item in items if item.first_reply_at)

    assert timedelta(hours=1) < delays[0]
    assert timedelta(hours=12) < delays[len(delays) // 2] < timedelta(days=4)
    assert 0 < sum(item.first_reply_at is None for item in items) < 40


def test_closed_items_close_after_their_first_reply_and_open_ones_have_no_close_time(items):
    now = timezone.now()
    closed = [item for item in items if item.is_closed]

    assert all(item.received_at < item.closed_at < now for item in closed)
    assert all(item.closed_at > item.first_reply_at for item in closed if item.first_reply_at)
    assert all(item.closed_at is None for item in items if not item.is_closed)
    assert max(item.closed_at - item.received_at for item in closed) > timedelta(days=14)


def test_the_status_history_ends_in_the_current_status_and_runs_forward_in_time(items):
    now = timezone.now()
    for item in items:
        events = list(item.events.order_by("pk"))
        statuses = [event for event in events if event.action == FeedbackEvent.Action.STATUS]

        assert events[0].action == FeedbackEvent.Action.CREATED
        assert events[0].created_at == item.received_at
        assert [event.created_at for event in events] == sorted(event.created_at for event in events)
        assert events[-1].created_at < now
        assert (statuses[-1].new_value if statuses else Status.RECEIVED) == item.status


def test_received_times_span_at_least_15_of_the_last_18_months(items):
    now = timezone.localtime()
    months = {(timezone.localtime(item.received_at).year, timezone.localtime(item.received_at).month) for item in items}

    assert all(now - timedelta(days=549) < item.received_at < now for item in items)
    assert len(months) >= 15


def test_winter_maintenance_comes_in_winter_and_parks_mostly_in_summer(items):
    def months(code):
        return [timezone.localtime(item.received_at).month for item in items if item.category.code == code]

    assert set(months("winter-maintenance")) <= {10, 11, 12, 1, 2, 3, 4}
    parks = months("parks-and-trees")
    assert sum(month in (5, 6, 7, 8, 9) for month in parks) > len(parks) / 2


def test_a_realistic_minority_of_items_is_overdue(items):
    overdue = sum(item.is_overdue for item in items)

    assert 0.03 <= overdue / len(items) <= 0.20


def test_every_item_with_an_address_is_within_300_metres_of_that_address(items):
    addressed = [item for item in items if item.address]

    for item in addressed:
        place = place_of_address(item.address)
        assert place is not None, item.address
        assert metres_between(place.latitude, place.longitude, float(item.latitude), float(item.longitude)) < 300
    assert any(
        place_of_address(item.address).address_fi != place_of_address(item.address).address_en for item in addressed
    )
    assert any(item.latitude is not None and not item.address for item in items)
    assert any(item.latitude is None and not item.address for item in items)


def test_some_items_have_photos_stored_without_exif(items, photo_root):
    photos = list(FeedbackPhoto.objects.all())

    assert 12 <= len({photo.feedback_id for photo in photos}) <= 20
    for photo in photos:
        with Image.open(photo_root / photo.image.name) as image:
            assert (image.format, dict(image.getexif())) == ("JPEG", {})


def test_some_items_are_supported_merged_as_duplicates_or_not_public(items):
    duplicates = [item for item in items if item.duplicate_of_id]

    assert sum(item.supporter_count > 0 for item in items) >= 5
    assert len(duplicates) >= 3
    assert all(
        item.status == Status.DUPLICATE and item.duplicate_of.received_at < item.received_at for item in duplicates
    )
    assert 0 < len(items) - public_feedback().count() < 60
    assert not public_feedback().filter(category__is_confidential=True).exists()


def test_channels_are_mostly_the_web_form(items):
    channels = Counter(item.channel for item in items)

    assert channels.most_common(1)[0][0] == "web"
    assert len(channels) >= 4


def test_loading_the_demo_again_adds_no_feedback(photo_root):
    call_command("load_demo_data", stdout=io.StringIO())

    assert Feedback.objects.count() == 200
    assert FeedbackPhoto.objects.count() <= 20
