"""Open311 GeoReport v2 records as plain data, and the validation of its query and form parameters.

Services are the active categories (``service_code`` = category code, the extra questions as attributes).
Service requests are public feedback, read through the privacy gate's ``public_rows``.
"""

import re

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ..models import DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, CategoryQuestion, is_closed_status

# Our question types in Open311's datatype vocabulary: a short text answer is a "string".
DATATYPES = {CategoryQuestion.Type.TEXT: "string"}
ATTRIBUTE_KEY = re.compile(r"^attribute\[([^\]]+)\](\[\])?$")


class ServiceSerializer(serializers.Serializer):
    service_code = serializers.CharField(source="code")
    service_name = serializers.CharField(source="name")
    description = serializers.CharField()
    metadata = serializers.SerializerMethodField()
    type = serializers.SerializerMethodField()
    keywords = serializers.SerializerMethodField()
    group = serializers.CharField(source="service_area.name")

    def get_metadata(self, category):
        return bool(category.questions.all())

    def get_type(self, category):
        return "realtime"

    def get_keywords(self, category):
        return ""


class AttributeSerializer(serializers.Serializer):
    variable = serializers.SerializerMethodField()
    code = serializers.CharField()
    datatype = serializers.SerializerMethodField()
    required = serializers.BooleanField()
    datatype_description = serializers.CharField(source="help_text")
    order = serializers.SerializerMethodField()
    description = serializers.CharField(source="label")
    values = serializers.SerializerMethodField()

    def get_variable(self, question):
        return True

    def get_datatype(self, question):
        return DATATYPES.get(question.type, question.type)

    def get_order(self, question):
        return (question.sort_order or 0) + 1

    def get_values(self, question):
        return [{"key": key, "name": label} for key, label in question.choice_list]


class ServiceDefinitionSerializer(serializers.Serializer):
    service_code = serializers.CharField(source="code")
    attributes = AttributeSerializer(source="questions.all", many=True)


def photo_urls(photos, request):
    return [request.build_absolute_uri(path) for path in photos]


def open311_status(status):
    """The standard's two statuses for our detailed one."""
    return "closed" if is_closed_status(status) else "open"


# The public fields (``privacy.public_rows``) a service request is built from; extensions read more.
REQUEST_FIELDS = frozenset(
    {"reference", "status", "replies", "category", "description", "received_at", "updated_at", "address"}
    | {"latitude", "longitude", "photos"}
)


def record_context(request, params):
    """What building the records of one answer needs: the request, its parameters, and DRF's date and time format
    in the active time zone (looked up once, not for each date)."""
    moment = serializers.DateTimeField(default_timezone=timezone.get_current_timezone())
    return {"request": request, "params": params, "moment": moment.to_representation}


def service_request(row, context):
    """One public item's row as a GeoReport v2 service request. Extensions add to it in ``extensions.py``."""
    replies, photos, moment = row["replies"], row["photos"], context["moment"]
    return {
        "service_request_id": row["reference"],
        "status": open311_status(row["status"]),
        "status_notes": replies[-1]["body"] if replies else "",
        "service_name": row["category"].name,
        "service_code": row["category"].code,
        "description": row["description"],
        "requested_datetime": moment(row["received_at"]),
        "updated_datetime": moment(row["updated_at"]),
        "address": row["address"],
        "lat": row["latitude"],
        "long": row["longitude"],
        "media_url": context["request"].build_absolute_uri(photos[0]) if photos else "",
        # Fields of the standard the city does not publish: the unit and the due date are internal.
        "agency_responsible": "",
        "service_notice": "",
        "expected_datetime": None,
        "address_id": "",
        "zipcode": "",
    }


class CommaListField(serializers.CharField):
    def to_internal_value(self, data):
        return [part.strip() for part in super().to_internal_value(data).split(",") if part.strip()]


class MomentField(serializers.DateTimeField):
    """A date and time parameter. DRF refuses an aware one that UTC can't hold; a naive one so close to year 1
    or 9999 that it can't be moved into UTC raised instead, a server error. Both are out of range, in words
    the project translates (DRF's own have no Finnish)."""

    default_error_messages = {"overflow": _("The date is out of range.")}

    def to_internal_value(self, value):
        try:
            return super().to_internal_value(value)
        except OverflowError:
            self.fail("overflow")


class JurisdictionParameters(serializers.Serializer):
    """Every endpoint takes ``jurisdiction_id``; this site serves one jurisdiction, so any value is accepted."""

    jurisdiction_id = serializers.CharField(required=False, max_length=100)


class RequestListParameters(JurisdictionParameters):
    service_request_id = CommaListField(required=False, max_length=20000)
    service_code = CommaListField(required=False, max_length=2000)
    start_date = MomentField(required=False)
    end_date = MomentField(required=False)
    status = serializers.ChoiceField(choices=["open", "closed"], required=False)

    def validate_service_request_id(self, value):
        if len(value) > 1000:
            raise serializers.ValidationError(_("Ask for at most 1000 requests at a time."))
        return value

    def validate(self, attrs):
        start, end = attrs.get("start_date"), attrs.get("end_date")
        if start and end and start > end:
            raise serializers.ValidationError({"start_date": _("The start date must be before the end date.")})
        return attrs


class ServiceRequestCreateParameters(JurisdictionParameters):
    """The standard's POST fields; attributes and media are read from the raw request in the view."""

    api_key = serializers.CharField(required=False, max_length=100)
    service_code = serializers.CharField(max_length=60)
    lat = serializers.CharField(required=False, max_length=30, default="")
    long = serializers.CharField(required=False, max_length=30, default="")
    address_string = serializers.CharField(required=False, max_length=255, default="")
    address_id = serializers.CharField(required=False, max_length=100)
    email = serializers.EmailField(required=False, default="")
    device_id = serializers.CharField(required=False, max_length=100)
    account_id = serializers.CharField(required=False, max_length=100)
    first_name = serializers.CharField(required=False, max_length=60, default="")
    last_name = serializers.CharField(required=False, max_length=60, default="")
    phone = serializers.CharField(required=False, max_length=40, default="")
    title = serializers.CharField(required=False, max_length=150, default="")
    description = serializers.CharField(min_length=DESCRIPTION_MIN_LENGTH, max_length=DESCRIPTION_MAX_LENGTH)
    media_url = serializers.URLField(required=False, max_length=500)

    def validate(self, attrs):
        has_point = attrs["lat"] != "" or attrs["long"] != ""
        if not has_point and not attrs["address_string"] and not attrs.get("address_id"):
            raise serializers.ValidationError(
                {"lat": _("Give the location as lat and long, or as address_string.")}, code="location_required"
            )
        return attrs


def is_attribute_list(name):
    """``attribute[code][]``: the answers to a multiple choice, the one parameter that may repeat."""
    match = ATTRIBUTE_KEY.match(name)
    return bool(match and match.group(2))


def attribute_answers(data):
    """``attribute[code]`` and ``attribute[code][]`` form fields as {code: value or [values]}."""
    answers = {}
    for key in data:
        match = ATTRIBUTE_KEY.match(key)
        if match:
            values = data.getlist(key) if hasattr(data, "getlist") else [data[key]]
            answers[match.group(1)] = values if match.group(2) else values[-1]
    return answers
