"""The one submission path of the web form, REST API v1 and Open311: ``submit``.

A channel parses its own wire format into the canonical field names of ``submit`` (the model's: category,
kind, title, description, latitude, longitude, address, photos, contact_email…) and, when ``submit`` refuses,
renames the errors back with a small mapping of its own. Every rule raises a translated ``ValidationError``
with a stable ``code``.
"""

import datetime
import logging
from decimal import Decimal, InvalidOperation

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _

from . import photos, rate_limits, services
from .conf import feedback_setting
from .location import quantize, validate_in_city
from .models import CategoryQuestion, FeedbackCategory

TEXT_ANSWER_MAX_LENGTH = 500
# Seconds a client is asked to wait before sending again a submission that the photo storage failed.
PHOTO_STORE_RETRY_AFTER = 120

logger = logging.getLogger(__name__)


def active_category(code):
    """The active category with this code, in the active language if translated."""
    category = FeedbackCategory.objects.filter(code=code, is_active=True).select_related("locale").first()
    if category is None:
        raise ValidationError(_("Choose a category from the list."), code="unknown_category")
    return category.localized


def clean_location(latitude, longitude):
    """Both coordinates or neither; numbers; inside the city. Returns Decimals or (None, None)."""
    if latitude in (None, "") and longitude in (None, ""):
        return None, None
    if latitude in (None, "") or longitude in (None, ""):
        raise ValidationError(_("Give both latitude and longitude, or neither."), code="location_incomplete")
    try:
        latitude, longitude = quantize(latitude), quantize(longitude)
    except (InvalidOperation, ValueError, TypeError) as error:
        raise ValidationError(_("The location is not a valid point."), code="location_invalid") from error
    if not (latitude.is_finite() and longitude.is_finite()):
        raise ValidationError(_("The location is not a valid point."), code="location_invalid")
    validate_in_city(latitude, longitude)
    return latitude, longitude


def clean_extra_answers(category, answers):
    """Validates answers to the category's extra questions, keyed by question code.

    ``answers`` maps a code to a string, or to a list of strings for a multiple-choice question. Returns the
    cleaned answers; raises a ValidationError whose error dict is keyed by question code.
    """
    cleaned, errors = {}, {}
    for question in category.questions.all():
        value = answers.get(question.code)
        values = [item for item in (value if isinstance(value, list | tuple) else [value]) if item not in (None, "")]
        if not values:
            if question.required:
                errors[question.code] = ValidationError(
                    _("Answer the question “%(question)s”."), code="required", params={"question": question.label}
                )
            continue
        try:
            cleaned[question.code] = clean_answer(question, values)
        except ValidationError as error:
            errors[question.code] = error
    if errors:
        raise ValidationError(errors)
    return cleaned


def clean_answer(question, values):
    if question.type == CategoryQuestion.Type.MULTIPLE_CHOICE:
        return [clean_choice(question, value) for value in values]
    if len(values) > 1:
        raise ValidationError(_("Give only one answer."), code="too_many_answers")
    value = str(values[0]).strip()
    if question.type == CategoryQuestion.Type.SINGLE_CHOICE:
        return clean_choice(question, value)
    if question.type == CategoryQuestion.Type.NUMBER:
        try:
            number = Decimal(value.replace(",", "."))
        except InvalidOperation as error:
            raise ValidationError(_("Enter a number."), code="invalid_number") from error
        if not number.is_finite():
            raise ValidationError(_("Enter a number."), code="invalid_number")
        return str(number)
    if question.type == CategoryQuestion.Type.DATETIME:
        moment = parse_moment(value)
        if moment is None:
            raise ValidationError(_("Enter a date and time, for example 2026-11-24 07:30."), code="invalid_datetime")
        return moment.isoformat()
    if len(value) > TEXT_ANSWER_MAX_LENGTH:
        raise ValidationError(
            _("Keep the answer under %(max)s characters."), code="too_long", params={"max": TEXT_ANSWER_MAX_LENGTH}
        )
    return value


def parse_moment(value):
    try:
        moment = parse_datetime(value.replace(" ", "T", 1)) or (
            datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time())
        )
    except ValueError:
        return None
    return timezone.make_aware(moment) if timezone.is_naive(moment) else moment


def clean_choice(question, value):
    keys = dict(question.choice_list)
    if str(value) not in keys:
        raise ValidationError(_("Choose one of the options."), code="invalid_choice")
    return str(value)


def answer_labels(category, answers):
    """(question, answer) pairs in the active language, for people to read: choice keys become labels."""
    labelled = []
    for question in category.localized.questions.all():
        if question.code not in answers:
            continue
        value = answers[question.code]
        if question.is_choice:
            labels = dict(question.choice_list)
            value = ", ".join(labels.get(key, key) for key in (value if isinstance(value, list) else [value]))
        labelled.append((question.label, value))
    return labelled


def count_submission(client, api_client=None):
    """Counts a submission against the per-client limit shared by the form and the APIs,
    FEEDBACK_PLUGIN["SUBMISSION_RATE"] = (count, seconds), or an API client's own, higher
    ``API_CLIENT_SUBMISSION_RATE`` per key; returns the ``rate_limits.Counted``."""
    if api_client:
        limit, window = feedback_setting("API_CLIENT_SUBMISSION_RATE")
        return rate_limits.count(f"submissions:open311-client:{api_client.pk}", limit, window)
    limit, window = feedback_setting("SUBMISSION_RATE")
    return rate_limits.count(f"submissions:{client}", limit, window)


def rate_limit_error():
    return ValidationError(
        _("You have sent a lot of feedback in a short time. Please wait a while and try again."), code="rate_limited"
    )


def photo_store_error():
    return ValidationError(
        _(
            "Your feedback could not be saved because the photo storage is not working just now, and nothing was "
            "sent. Please try again in a few minutes."
        ),
        code="photo_store_unavailable",
    )


class SubmissionRejected(Exception):
    """Why ``submit`` refused: ``errors`` by canonical field name, ``answer_errors`` by question code, each a
    ValidationError. A refusal by the rate limit has only a non-field error, coded ``rate_limited``, and
    ``retry_after``: the seconds until the limit's window ends; one because the photo storage failed (the
    submission may be sent again later) is coded ``photo_store_unavailable``."""

    def __init__(self, errors, answer_errors=None, retry_after=None):
        super().__init__(errors)
        self.errors = errors
        self.answer_errors = answer_errors or {}
        self.retry_after = retry_after

    def _refused_by(self, code):
        error = self.errors.get(NON_FIELD_ERRORS)
        return error is not None and any(item.code == code for item in error.error_list)

    @property
    def rate_limited(self):
        return self._refused_by("rate_limited")

    @property
    def unavailable(self):
        return self._refused_by("photo_store_unavailable")

    def renamed(self, names, answer_name):
        """{channel name: ValidationError}: fields renamed by the ``names`` mapping (a name it doesn't hold is
        kept), answers by ``answer_name(code)``."""
        errors = {names.get(name, name): error for name, error in self.errors.items()}
        errors.update((answer_name(code), error) for code, error in self.answer_errors.items())
        return errors


def submit(data, uploads, channel, client, api_client=None, idempotency=None):
    """Validates a submission and saves it with its photos in one transaction, or raises SubmissionRejected.
    An ``idempotency.IdempotentSubmission`` keeps its key and answer in that transaction too.

    ``data`` holds ``services.create_feedback``'s fields by their names, with ``category`` as a code and
    ``extra_answers`` as the raw answers; ``kept_answers`` are stored with the answers as they are. The rate
    limit (per ``client``, the request's ``client_address.limit_key``, or per API client when one is given)
    counts every submission whose other fields are valid, and is checked before any photo is decoded: refused
    requests cost no image processing.
    """
    data = dict(data)
    errors, answer_errors = {}, {}
    try:
        data["category"] = active_category(data["category"])
    except ValidationError as error:
        errors["category"] = error
    try:
        data["latitude"], data["longitude"] = clean_location(data.get("latitude"), data.get("longitude"))
    except ValidationError as error:
        errors["latitude"] = error
    if "category" not in errors:
        try:
            data["extra_answers"] = clean_extra_answers(data["category"], data.get("extra_answers") or {})
        except ValidationError as error:
            answer_errors = {code: ValidationError(messages) for code, messages in error.error_dict.items()}
    try:
        photos.validate_photo_count(uploads)
    except ValidationError as error:
        errors["photos"] = error
    if errors or answer_errors:
        raise SubmissionRejected(errors, answer_errors)
    counted = count_submission(client, api_client)
    if not counted.allowed:
        raise SubmissionRejected({NON_FIELD_ERRORS: rate_limit_error()}, retry_after=counted.retry_after)
    data["photos"] = clean_photos(uploads)
    data["extra_answers"] = {**data["extra_answers"], **data.pop("kept_answers", {})}
    try:
        return services.create_feedback(
            **data,
            channel=channel,
            language=translation.get_language(),
            api_client=api_client,
            in_transaction=idempotency.store if idempotency else None,
        )
    except services.PhotoStoreUnavailable as error:
        logger.exception("The photo storage failed; a submission was refused with nothing stored")
        raise SubmissionRejected({NON_FIELD_ERRORS: photo_store_error()}) from error


def clean_photos(uploads):
    """Every upload through the photo pipeline; all their errors together."""
    cleaned, errors = [], []
    for upload in uploads:
        try:
            cleaned.append(photos.clean_photo(upload))
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise SubmissionRejected({"photos": ValidationError(errors)})
    return cleaned
