"""Editors' images and documents on S3-compatible storage (MEDIA_S3_BUCKET), tested for real over HTTP against
moto's S3 server: public, unsigned URLs, and Wagtail's renditions made from the bucket."""

import pytest
from django.core.files.images import ImageFile
from django.core.files.storage import storages
from wagtail.images.models import Image, Rendition

from citysite.settings.media import public_media_storage
from tests.factories import image_bytes, upload
from tests.storage import new_bucket, stored_object

pytestmark = pytest.mark.django_db


def test_editors_images_go_to_the_public_media_bucket_with_plain_urls_and_renditions(
    settings, s3_environment, monkeypatch
):
    bucket = new_bucket(s3_environment)
    monkeypatch.setenv("MEDIA_S3_BUCKET", bucket)
    settings.STORAGES = {**settings.STORAGES, "default": public_media_storage()}
    # Wagtail's file fields took the default storage when they were defined.
    for model in (Image, Rendition):
        monkeypatch.setattr(model._meta.get_field("file"), "storage", storages["default"])
    original = image_bytes(size=(400, 300))
    image = Image.objects.create(title="Snow ploughing", file=ImageFile(upload(original), name="plough.jpg"))

    rendition = image.get_rendition("width-200")

    assert stored_object(s3_environment, bucket, image.file.name) == original
    assert stored_object(s3_environment, bucket, rendition.file.name).startswith(b"\xff\xd8")
    assert rendition.url == f"{s3_environment['S3_ENDPOINT_URL']}/{bucket}/{rendition.file.name}"
    assert (rendition.width, rendition.height) == (200, 150)
