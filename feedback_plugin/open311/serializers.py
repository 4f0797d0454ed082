"""Open311 GeoReport v2 records as plain data, and the validation of its query and form parameters.

Services are the active categories (``service_code`` = category code, the extra questions as attributes).
Service requests are public feedback, read through the privacy gate's ``PublicFeedback``.
"""

import re

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from ..api.serializers import PublicFeedbackSerializerBase
from ..models import DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, CategoryQuestion

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
    return [request.build_absolute_uri(photo.url) for photo in photos]


class OpenClosedField(serializers.Field):
    def to_representation(self, is_closed):
        return "closed" if is_closed else "open"


class LatestReplyField(serializers.Field):
    def to_representation(self, replies):
        return replies[-1].body if replies else ""


class FirstPhotoUrlField(serializers.Field):
    def to_representation(self, photos):
        urls = photo_urls(photos, self.context["request"])
        return urls[0] if urls else ""


class ServiceRequestSerializer(PublicFeedbackSerializerBase):
    """One public item as a GeoReport v2 service request. Extensions add to it in ``extensions.py``."""

    service_request_id = serializers.CharField(source="reference")
    status = OpenClosedField(source="is_closed")
    status_notes = LatestReplyField(source="replies")
    service_name = serializers.CharField(source="category.name")
    service_code = serializers.CharField(source="category.code")
    description = serializers.CharField()
    requested_datetime = serializers.DateTimeField(source="received_at")
    updated_datetime = serializers.DateTimeField(source="updated_at")
    address = serializers.CharField()
    lat = serializers.DecimalField(source="latitude", max_digits=9, decimal_places=6, coerce_to_string=False)
    long = serializers.DecimalField(source="longitude", max_digits=9, decimal_places=6, coerce_to_string=False)
    media_url = FirstPhotoUrlField(source="photos")

    def to_representation(self, item):
        data = super().to_representation(item)
        # Fields of the standard the city does not publish: the unit and the due date are internal.
        data.update(agency_responsible="", service_notice="", expected_datetime=None, address_id="", zipcode="")
        for extension in self.context.get("extensions", ()):
            extension.extend_request(data, item, self.context)
        return data


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
