"""API v1 serializers. Public output is built only from ``PublicFeedback`` and only from ``PUBLIC_FIELDS``."""

from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import DESCRIPTION_MAX_LENGTH, DESCRIPTION_MIN_LENGTH, CategoryQuestion, Feedback, Kind, Status
from ..privacy import PUBLIC_FIELDS, PublicFeedback

# Related data the gate's wrapper exposes besides PUBLIC_FIELDS: the city's replies and the stripped photos.
PUBLIC_RELATIONS = ("replies", "photos", "is_closed")


class PublicFeedbackSerializerBase(serializers.Serializer):
    """Base for every serializer of public feedback: a field reading anything outside the public field set
    fails when the class is defined, and the instances are ``PublicFeedback`` wrappers, which carry nothing
    else."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name, field in cls._declared_fields.items():
            source = (field.source or name).split(".")[0]
            if source not in PUBLIC_FIELDS and source not in PUBLIC_RELATIONS:
                raise TypeError(f"{cls.__name__}.{name} reads {source!r}, which is not a public feedback field.")

    def to_representation(self, instance):
        if not isinstance(instance, PublicFeedback):
            raise TypeError("Public serializers take PublicFeedback instances from the privacy gate.")
        return super().to_representation(instance)


class CategoryRefSerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()


@extend_schema_field(CategoryRefSerializer)
class CategoryNameField(serializers.Field):
    """The category's code and name in the request's language, from a per-request lookup (no query per item)."""

    def to_representation(self, category):
        names = self.context.get("category_names", {})
        return {"code": category.code, "name": names.get(category.code, category.name)}


class ReplySerializer(serializers.Serializer):
    body = serializers.CharField()
    created_at = serializers.DateTimeField()


@extend_schema_field(OpenApiTypes.URI)
class PhotoUrlField(serializers.Field):
    def to_representation(self, photo):
        url = reverse("feedback_photos:public", kwargs={"pk": photo.pk})
        request = self.context.get("request")
        return request.build_absolute_uri(url) if request else url


class FeedbackSerializer(PublicFeedbackSerializerBase):
    reference = serializers.CharField()
    kind = serializers.ChoiceField(choices=Kind.choices)
    category = CategoryNameField()
    title = serializers.CharField()
    description = serializers.CharField()
    address = serializers.CharField()
    latitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True, coerce_to_string=False)
    longitude = serializers.DecimalField(max_digits=9, decimal_places=6, allow_null=True, coerce_to_string=False)
    status = serializers.ChoiceField(choices=Status.choices, help_text="Detailed status.")
    is_closed = serializers.BooleanField(help_text="Open311 status: true when the detailed status is a closed one.")
    received_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    closed_at = serializers.DateTimeField(allow_null=True)
    supporter_count = serializers.IntegerField()
    replies = ReplySerializer(many=True)
    photos = serializers.ListField(child=PhotoUrlField(), help_text="URLs of the photos (metadata removed).")


class QuestionChoiceSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()


class QuestionSerializer(serializers.ModelSerializer):
    choices = serializers.SerializerMethodField()

    class Meta:
        model = CategoryQuestion
        fields = ["code", "label", "help_text", "type", "required", "choices"]

    @extend_schema_field(QuestionChoiceSerializer(many=True))
    def get_choices(self, question):
        return [{"key": key, "label": label} for key, label in question.choice_list]


class ServiceAreaRefSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class CategorySerializer(serializers.Serializer):
    code = serializers.CharField()
    name = serializers.CharField()
    description = serializers.CharField()
    service_area = ServiceAreaRefSerializer()
    confidential = serializers.BooleanField(
        source="is_confidential", help_text="Feedback in this category is handled but never published."
    )
    questions = QuestionSerializer(many=True)


@extend_schema_field(
    {
        "type": "object",
        "additionalProperties": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    }
)
class AnswersField(serializers.JSONField):
    """A JSON object of answers; multipart bodies send it as a JSON string."""

    default_error_messages = {"not_an_object": _("Give the answers as an object keyed by question code.")}

    def to_internal_value(self, data):
        answers = super().to_internal_value(data)
        if not isinstance(answers, dict) or not all(
            isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
            for value in answers.values()
        ):
            self.fail("not_an_object")
        return answers


def json_type_matches(field, value):
    if isinstance(field, serializers.BooleanField):
        return isinstance(value, bool)
    if isinstance(field, serializers.CharField):
        return isinstance(value, str)
    if isinstance(field, serializers.FloatField):
        return isinstance(value, int | float) and not isinstance(value, bool)
    return True


class FeedbackCreateSerializer(serializers.Serializer):
    """A new item from an API client as JSON: its wire format; ``submission.submit`` applies the rules."""

    kind = serializers.ChoiceField(choices=Kind.choices, default=Kind.FEEDBACK)
    category = serializers.CharField(max_length=60, help_text="Category code, see categories/.")
    title = serializers.CharField(max_length=150, required=False, default="", allow_blank=True)
    description = serializers.CharField(min_length=DESCRIPTION_MIN_LENGTH, max_length=DESCRIPTION_MAX_LENGTH)
    latitude = serializers.FloatField(required=False, allow_null=True, default=None, min_value=-90, max_value=90)
    longitude = serializers.FloatField(required=False, allow_null=True, default=None, min_value=-180, max_value=180)
    address = serializers.CharField(max_length=255, required=False, default="", allow_blank=True)
    extra_answers = AnswersField(
        required=False,
        default=dict,
        help_text="Answers keyed by question code: a string, or a list of choice keys for a multiple choice. "
        "In a multipart body, the same object as a JSON string.",
    )
    contact_name = serializers.CharField(max_length=120, required=False, default="", allow_blank=True)
    # No default: "" is no e-mail address, so the schema can't state it as one (create_feedback defaults it).
    contact_email = serializers.EmailField(required=False, allow_blank=True)
    contact_phone = serializers.CharField(max_length=40, required=False, default="", allow_blank=True)
    wants_reply = serializers.BooleanField(required=False, default=False)
    allow_publication = serializers.BooleanField(required=False, default=True)

    def to_internal_value(self, data):
        # JSON has types: a number is not a text and 0 is not false, as the schema says. Form data is all text.
        if not isinstance(data, QueryDict) and isinstance(data, dict):
            errors = {
                name: [field.error_messages["invalid"]]
                for name, field in self.fields.items()
                if data.get(name) is not None and not json_type_matches(field, data[name])
            }
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


class FeedbackCreateMultipartSerializer(FeedbackCreateSerializer):
    """The same as a multipart body, with photos as repeated ``photos`` parts."""

    photos = serializers.ListField(child=serializers.FileField(), required=False, default=list)


class FeedbackCreatedSerializer(serializers.ModelSerializer):
    """What the submitter gets back. The tracking URL is the resident's secret: hand it to them only."""

    tracking_url = serializers.SerializerMethodField()

    class Meta:
        model = Feedback
        fields = ["reference", "status", "publication", "tracking_url"]

    def get_tracking_url(self, feedback) -> str:
        return self.context["request"].build_absolute_uri(feedback.get_tracking_url())


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField()


class ValidationErrorSerializer(serializers.Serializer):
    """Field name → list of messages; ``non_field_errors`` for the rest."""

    non_field_errors = serializers.ListField(child=serializers.CharField(), required=False)
