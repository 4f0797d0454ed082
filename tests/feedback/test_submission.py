from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from feedback_plugin import photos
from feedback_plugin.models import CategoryQuestion, Channel, Feedback
from feedback_plugin.submission import (
    SubmissionRejected,
    active_category,
    answer_labels,
    clean_extra_answers,
    clean_location,
    count_submission,
    submit,
)
from tests.factories import CategoryFactory, image_bytes, translate_category, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def bus_category():
    category = CategoryFactory(code="bus-services")
    for order, (code, question_type, required, choices) in enumerate(
        [
            ("bus-line", CategoryQuestion.Type.TEXT, True, ""),
            ("departure-time", CategoryQuestion.Type.DATETIME, False, ""),
            ("passengers", CategoryQuestion.Type.NUMBER, False, ""),
            ("what-happened", CategoryQuestion.Type.SINGLE_CHOICE, False, "Late\nDid not come"),
            ("where", CategoryQuestion.Type.MULTIPLE_CHOICE, False, "At the stop\nOn the bus\nOnline"),
        ]
    ):
        category.questions.add(
            CategoryQuestion(
                code=code, label=code.title(), type=question_type, required=required, choices=choices, sort_order=order
            )
        )
    category.save()
    return category


def error_codes(raised):
    return {field: [error.code for error in errors] for field, errors in raised.value.error_dict.items()}


def test_active_category_is_found_by_code_in_the_active_language():
    category = CategoryFactory(code="street-lighting")
    english = translate_category(category, "en")
    with translation.override("en"):
        assert active_category("street-lighting") == english
    assert active_category("street-lighting") == category


@pytest.mark.parametrize("code", ["no-such-category", "", "<script>"])
def test_unknown_category_is_rejected(code):
    with pytest.raises(ValidationError) as raised:
        active_category(code)
    assert raised.value.code == "unknown_category"


def test_inactive_category_is_rejected():
    CategoryFactory(code="old", is_active=False)
    with pytest.raises(ValidationError):
        active_category("old")


def test_location_inside_the_city_is_accepted_and_quantized():
    assert clean_location("62.8924001", 27.677) == (Decimal("62.892400"), Decimal("27.677000"))


def test_no_location_is_fine():
    assert clean_location(None, "") == (None, None)


@pytest.mark.parametrize(
    ("latitude", "longitude", "code"),
    [
        ("60.1699", "24.9384", "location_outside_city"),  # Helsinki
        ("95", "27.6", "location_outside_city"),
        ("62.89", None, "location_incomplete"),
        ("north", "27.6", "location_invalid"),
        ("NaN", "27.6", "location_invalid"),
        ("Infinity", "27.6", "location_invalid"),
    ],
)
def test_bad_locations_are_rejected(latitude, longitude, code):
    with pytest.raises(ValidationError) as raised:
        clean_location(latitude, longitude)
    assert raised.value.code == code


def test_valid_extra_answers_are_cleaned(bus_category):
    answers = clean_extra_answers(
        bus_category,
        {
            "bus-line": " 9 ",
            "departure-time": "2026-11-24T07:30",
            "passengers": "3,5",
            "what-happened": "2",
            "where": ["1", "3"],
            "unknown-question": "ignored",
        },
    )
    assert answers == {
        "bus-line": "9",
        "departure-time": "2026-11-24T07:30:00+02:00",
        "passengers": "3.5",
        "what-happened": "2",
        "where": ["1", "3"],
    }


def test_missing_required_answer_names_the_question(bus_category):
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        clean_extra_answers(bus_category, {})
    assert error_codes(raised) == {"bus-line": ["required"]}
    assert "Bus-Line" in raised.value.error_dict["bus-line"][0].messages[0]


def test_each_bad_answer_is_reported_under_its_question(bus_category):
    with pytest.raises(ValidationError) as raised:
        clean_extra_answers(
            bus_category,
            {
                "bus-line": "x" * 501,
                "departure-time": "yesterday",
                "passengers": "many",
                "what-happened": "7",
                "where": ["1", "9"],
            },
        )
    assert error_codes(raised) == {
        "bus-line": ["too_long"],
        "departure-time": ["invalid_datetime"],
        "passengers": ["invalid_number"],
        "what-happened": ["invalid_choice"],
        "where": ["invalid_choice"],
    }


def test_answers_are_shown_with_labels_in_the_active_language(bus_category):
    answers = clean_extra_answers(bus_category, {"bus-line": "9", "where": ["2"]})
    assert answer_labels(bus_category, answers) == [("Bus-Line", "9"), ("Where", "On the bus")]


def test_rate_limit_allows_a_burst_then_refuses(settings):
    settings.FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (3, 60)}
    assert [count_submission("10.0.0.1").allowed for _ in range(4)] == [True, True, True, False]
    assert count_submission("10.0.0.2").allowed


def resident_submission(**fields):
    return {"category": "street-lighting", "description": "Katuvalo ei pala Kauppakadun kulmassa.", **fields}


def test_a_valid_submission_is_saved_with_its_photo():
    CategoryFactory(code="street-lighting")
    feedback = submit(resident_submission(), [upload(image_bytes())], Channel.WEB, "10.0.0.1")
    assert (feedback.category.code, feedback.channel, feedback.photos.count()) == ("street-lighting", "web", 1)


def test_errors_are_reported_under_the_canonical_field_names_and_question_codes(bus_category):
    with pytest.raises(SubmissionRejected) as raised:
        submit(resident_submission(category="bus-services", latitude="60.17", longitude="24.94"), [], Channel.API, "x")
    assert {name: error.error_list[0].code for name, error in raised.value.errors.items()} == {
        "latitude": "location_outside_city"
    }
    assert list(raised.value.answer_errors) == ["bus-line"]
    assert not Feedback.objects.exists()


def test_a_rate_limited_submission_never_decodes_its_photos(settings, monkeypatch):
    settings.FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (1, 3600)}
    CategoryFactory(code="street-lighting")
    submit(resident_submission(), [], Channel.WEB, "10.0.0.1")

    def decoder_must_not_run(upload):
        raise AssertionError("a photo was decoded for a rate-limited submission")

    monkeypatch.setattr(photos, "_decode", decoder_must_not_run)
    with pytest.raises(SubmissionRejected) as raised:
        submit(resident_submission(), [upload(image_bytes())], Channel.WEB, "10.0.0.1")
    assert raised.value.rate_limited
    assert Feedback.objects.count() == 1
