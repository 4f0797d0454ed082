"""API v1 serializers. Public output is built only from the privacy gate's value objects and their public fields."""

from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from ..models import (
    DESCRIPTION_MAX_LENGTH,
    DESCRIPTION_MIN_LENGTH,
    CategoryQuestion,
    Feedback,
    Kind,
    Status,
    is_closed_status,
)
from ..parameters import GIVE_FIELD_ONCE, repeated_names
from ..privacy import ROW_COLUMNS, ROW_RELATIONS, PublicCategory, PublicFeedback, PublicReply, public_path_target

# The fields DRF reads from a form body as every value of their name: the only ones that may repeat there.
LIST_FIELDS = (serializers.ListField, serializers.MultipleChoiceField, serializers.ManyRelatedField)


def check_public_fields(serializer_name, fields, view):
    """Every field reads a public path of the value object ``view``, and a nested serializer reads only the
    public fields of the value object its path leads to, however deep."""
    for name, field in fields.items():
        path = field.source or name
        try:
            target = public_path_target(view, path)
        except TypeError as error:
            raise TypeError(f"{serializer_name}.{name} reads {path!r}: {error}") from None
        nested = field.child if isinstance(field, serializers.ListSerializer) else field
        if isinstance(nested, serializers.BaseSerializer):
            if target is None:
                raise TypeError(f"{serializer_name}.{name} nests a serializer in {path!r}, a plain value.")
            check_public_fields(f"{serializer_name}.{name}", nested._declared_fields, target)


class PublicSerializer(serializers.Serializer):
    """Base for every serializer of a public value object (``public_view``): a field whose source, followed
    through nested serializers, reads anything outside the value objects' public fields fails when the class
    is defined, and the instances must be that value object, which carries nothing else."""

    public_view = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.public_view is not None:
            check_public_fields(cls.__name__, cls._declared_fields, cls.public_view)

    def to_representation(self, instance):
        if not isinstance(instance, self.public_view):
            raise TypeError(f"{type(self).__name__} takes {self.public_view.__name__} from the privacy gate.")
        return super().to_representation(instance)


class PublicFeedbackSerializerBase(PublicSerializer):
    public_view = PublicFeedback


class CategoryRefSerializer(PublicSerializer):
    """The category in the request's language."""

    public_view = PublicCategory
    code = serializers.CharField()
    name = serializers.CharField()
    service_area = serializers.CharField(source="service_area_name")


class ReplySerializer(PublicSerializer):
    public_view = PublicReply
    body = serializers.CharField(help_text="With personal data removed.")
    created_at = serializers.DateTimeField()


@extend_schema_field(OpenApiTypes.URI)
class PhotoUrlField(serializers.Field):
    def to_representation(self, photo):
        request = self.context.get("request")
        return request.build_absolute_uri(photo.url) if request else photo.url


class FeedbackSerializer(PublicFeedbackSerializerBase):
    reference = serializers.CharField()
    kind = serializers.ChoiceField(choices=Kind.choices)
    category = CategoryRefSerializer()
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


# API v1's list shows every field that ``public_rows`` reads.
FEEDBACK_ROW_FIELDS = (*ROW_COLUMNS, *ROW_RELATIONS)


def feedback_records(rows, request):
    """API v1's list items from ``public_rows``: for each item what ``FeedbackSerializer`` gives for it (the
    contract tests compare the two), without a model instance, value objects and DRF's per-field machinery for each
    item. Times and coordinates go through the serializer's own fields."""
    fields = FeedbackSerializer().fields
    moment, degrees = fields["received_at"].to_representation, fields["latitude"].to_representation

    def record(row, category):
        return {
            "reference": row["reference"],
            "kind": row["kind"],
            "category": {"code": category.code, "name": category.name, "service_area": category.service_area_name},
            "title": row["title"],
            "description": row["description"],
            "address": row["address"],
            "latitude": None if row["latitude"] is None else degrees(row["latitude"]),
            "longitude": None if row["longitude"] is None else degrees(row["longitude"]),
            "status": row["status"],
            "is_closed": is_closed_status(row["status"]),
            "received_at": moment(row["received_at"]),
            "updated_at": moment(row["updated_at"]),
            "closed_at": None if row["closed_at"] is None else moment(row["closed_at"]),
            "supporter_count": row["supporter_count"],
            "replies": [{"body": reply["body"], "created_at": moment(reply["created_at"])} for reply in row["replies"]],
            "photos": [request.build_absolute_uri(path) for path in row["photos"]],
        }

    return [record(row, row["category"]) for row in rows]


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
        if isinstance(data, QueryDict):
            repeatable = [name for name, field in self.fields.items() if isinstance(field, LIST_FIELDS)]
            repeated = repeated_names(data, repeatable)
            if repeated:
                raise serializers.ValidationError({name: [GIVE_FIELD_ONCE] for name in repeated})
        # JSON has types: a number is not a text and 0 is not false, as the schema says. Form data is all text.
        elif isinstance(data, dict):
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
