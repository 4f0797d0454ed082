"""Private data behind a public item's relations is out of reach: a serializer can't be defined to read it, and
the value objects of the privacy gate don't carry it."""

import pytest
from rest_framework import serializers

from feedback_plugin import services
from feedback_plugin.api.serializers import PublicFeedbackSerializerBase, PublicSerializer, ReplySerializer
from feedback_plugin.photos import clean_photo
from feedback_plugin.privacy import PublicCategory, PublicFeedback, PublicPhoto, PublicReply, public_items
from tests.factories import CategoryFactory, ResponsibleUnitFactory, image_bytes, make_feedback, upload

pytestmark = pytest.mark.django_db

PRIVATE_PATHS = [
    "category.routing_emails",
    "category.unit",
    "category.unit.notification_email",
    "category.unit.staff_group",
    "category.questions",
    "replies.0.author.email",
    "replies.author",
    "replies.author.email",
    "replies.unit.notification_email",
    "photos.image",
    "photos.image.path",
    "photos.feedback.contact_email",
    "duplicate_of.contact_email",
    "duplicate_of.category.routing_emails",
    "contact_email",
    "tracking_token",
    "internal_notes",
]


@pytest.mark.parametrize("path", PRIVATE_PATHS)
def test_a_public_serializer_reading_a_private_path_cannot_be_defined(path):
    with pytest.raises(TypeError, match="not a public"):
        type("Leaky", (PublicFeedbackSerializerBase,), {"leak": serializers.CharField(source=path)})


@pytest.mark.parametrize(
    ("relation", "nested_fields"),
    [
        ("replies", {"author": serializers.CharField()}),
        ("replies", {"email": serializers.CharField(source="author.email")}),
        ("photos", {"path": serializers.CharField(source="image.path")}),
        ("category", {"emails": serializers.CharField(source="routing_emails")}),
        ("category", {"unit": serializers.CharField(source="unit.notification_email")}),
    ],
)
def test_a_nested_serializer_reading_a_private_field_cannot_be_defined(relation, nested_fields):
    nested = type("Nested", (serializers.Serializer,), nested_fields)
    with pytest.raises(TypeError, match="not a public"):
        type("Leaky", (PublicFeedbackSerializerBase,), {relation: nested(many=relation != "category")})


def test_a_serializer_nested_in_a_plain_value_cannot_be_defined():
    with pytest.raises(TypeError, match="plain value"):
        type("Leaky", (PublicFeedbackSerializerBase,), {"title": ReplySerializer()})


def test_the_public_paths_of_the_value_objects_can_be_serialized():
    nested = type(
        "Reply", (PublicSerializer,), {"public_view": PublicReply, "unit": serializers.CharField(source="unit_name")}
    )
    serializer = type(
        "Fine",
        (PublicFeedbackSerializerBase,),
        {
            "area": serializers.CharField(source="category.service_area_name"),
            "replies": nested(many=True),
            "original": serializers.CharField(source="duplicate_of.reference", allow_null=True, default=None),
        },
    )
    unit = ResponsibleUnitFactory(name="Katupalvelut")
    item = make_feedback(CategoryFactory(unit=unit))
    services.add_reply(item, "Korjataan.")
    data = serializer(public_items([item])[0]).data
    assert data["area"] == item.category.service_area.name
    assert data["replies"] == [{"unit": "Katupalvelut"}]


def resolve(obj, path):
    for step in path.split("."):
        obj = obj[int(step)] if step.isdigit() else getattr(obj, step)
    return obj


@pytest.mark.parametrize("path", PRIVATE_PATHS)
def test_the_value_objects_do_not_carry_private_paths(path, django_user_model):
    staff = django_user_model.objects.create_user("handler", "handler@example.fi", "pw")
    category = CategoryFactory(unit=ResponsibleUnitFactory(), routing_emails="routing@example.fi")
    original = make_feedback(category, contact_email="first@example.fi")
    feedback = make_feedback(category, contact_email="resident@example.fi", photos=[clean_photo(upload(image_bytes()))])
    services.add_reply(feedback, "Thank you, we will fix it.", user=staff)
    feedback.duplicate_of = original
    feedback.save()
    item = public_items([feedback])[0]
    assert isinstance(item.category, PublicCategory)
    assert all(isinstance(reply, PublicReply) for reply in item.replies) and item.replies
    assert all(isinstance(photo, PublicPhoto) for photo in item.photos) and item.photos
    with pytest.raises((AttributeError, TypeError)):
        resolve(item, path)


def test_a_reply_shows_the_unit_and_redacted_text_but_not_its_author(django_user_model):
    staff = django_user_model.objects.create_user("handler", "handler@example.fi", "pw")
    item = make_feedback(CategoryFactory(unit=ResponsibleUnitFactory(name="Katupalvelut")))
    services.add_reply(item, "We called you at 040 123 4567.", user=staff)
    [reply] = PublicFeedback(item).replies
    assert reply.unit_name == "Katupalvelut"
    assert reply.body == "We called you at [removed]."
    assert not hasattr(reply, "author")


def test_a_photo_shows_its_size_and_the_url_that_serves_it(client):
    item = make_feedback(photos=[clean_photo(upload(image_bytes(size=(64, 48))))])
    [photo] = PublicFeedback(item).photos
    assert (photo.width, photo.height) == (64, 48)
    response = client.get(photo.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
