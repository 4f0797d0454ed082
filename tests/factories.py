"""factory_boy factories shared by every test folder."""

import io
from decimal import Decimal

import factory
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import Locale

from feedback_plugin import services
from feedback_plugin.models import FeedbackCategory, ResponsibleUnit, ServiceArea


def default_locale():
    return Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    is_staff = True
    password = factory.django.Password("password")


class ResponsibleUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResponsibleUnit

    locale = factory.LazyFunction(default_locale)
    name = factory.Sequence(lambda n: f"Unit {n}")
    notification_email = factory.Sequence(lambda n: f"unit{n}@example.fi")


class ServiceAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceArea

    locale = factory.LazyFunction(default_locale)
    name = factory.Sequence(lambda n: f"Area {n}")


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FeedbackCategory

    locale = factory.LazyFunction(default_locale)
    code = factory.Sequence(lambda n: f"category-{n}")
    name = factory.Sequence(lambda n: f"Category {n}")
    service_area = factory.SubFactory(ServiceAreaFactory)
    unit = factory.SubFactory(ResponsibleUnitFactory)


def translate_category(category, code, **fields):
    """The category's translation into language ``code``, with its area and unit translated too."""
    target = locale(code)
    for related in (category.service_area, category.unit):
        if related and related.get_translation_or_none(target) is None:
            copy = related.copy_for_translation(target)
            copy.name = f"{related.name} ({code})"
            copy.save()
    translation = category.copy_for_translation(target)
    translation.name = fields.pop("name", f"{category.name} ({code})")
    translation.service_area = category.service_area.get_translation(target)
    translation.unit = category.unit.get_translation(target) if category.unit else None
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def make_feedback(category=None, **fields):
    """A feedback item created the way residents create them, through ``services.create_feedback``."""
    fields.setdefault("description", "The street light at the corner is broken.")
    fields.setdefault("language", "fi")
    fields.setdefault("latitude", Decimal("62.892400"))
    fields.setdefault("longitude", Decimal("27.677000"))
    return services.create_feedback(category=category or CategoryFactory(), **fields)


def image_bytes(image_format="JPEG", size=(64, 48), color=(200, 30, 30), **save_options):
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format=image_format, **save_options)
    return buffer.getvalue()


def gps_exif():
    """EXIF carrying a camera model and a GPS position, as phone photos do."""
    exif = Image.Exif()
    exif[0x0110] = "ResidentPhone 12"  # Model
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (62.0, 53.0, 32.6), 3: "E", 4: (27.0, 40.0, 37.2)})
    return exif


def jpeg_with_gps(size=(64, 48)):
    return image_bytes("JPEG", size=size, exif=gps_exif())


def upload(content, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)
