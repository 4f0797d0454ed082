import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from PIL import Image

from feedback_plugin.models import FeedbackPhoto
from feedback_plugin.photos import clean_photo, validate_photo_count
from tests.factories import image_bytes, jpeg_with_gps, make_feedback, upload

pytestmark = pytest.mark.django_db


def stored_image(feedback):
    photo = feedback.photos.get()
    with photo.image.open("rb") as handle:
        data = handle.read()
    return Image.open(io.BytesIO(data)), data


def test_stored_photo_has_no_exif_or_gps():
    original = Image.open(io.BytesIO(jpeg_with_gps()))
    assert original.getexif().get_ifd(0x8825), "the test photo must carry GPS data"

    feedback = make_feedback(photos=[clean_photo(upload(jpeg_with_gps()))])

    image, data = stored_image(feedback)
    assert image.format == "JPEG"
    assert len(image.getexif()) == 0
    assert not image.getexif().get_ifd(0x8825)
    assert b"Exif" not in data
    assert b"ResidentPhone" not in data
    assert "icc_profile" not in image.info


@pytest.mark.parametrize("image_format", ["PNG", "WEBP", "AVIF"])
def test_allowed_formats_are_re_encoded_as_jpeg(image_format):
    cleaned = clean_photo(upload(image_bytes(image_format), name=f"photo.{image_format.lower()}"))
    assert Image.open(io.BytesIO(cleaned.read())).format == "JPEG"


def test_exif_orientation_is_applied_before_stripping():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90° clockwise
    content = image_bytes("JPEG", size=(80, 40), exif=exif)
    cleaned = Image.open(io.BytesIO(clean_photo(upload(content)).read()))
    assert cleaned.size == (40, 80)


def test_large_photo_is_capped_at_the_maximum_edge():
    cleaned = clean_photo(upload(image_bytes("JPEG", size=(4000, 3000))))
    assert Image.open(io.BytesIO(cleaned.read())).size == (2048, 1536)


def test_transparent_png_becomes_a_white_background_jpeg():
    buffer = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(buffer, format="PNG")
    cleaned = Image.open(io.BytesIO(clean_photo(upload(buffer.getvalue(), "a.png")).read()))
    assert cleaned.getpixel((5, 5))[0] > 240


def truncated_jpeg():
    return image_bytes("JPEG", size=(400, 300))[:600]


def decompression_bomb():
    # A tiny PNG that claims 20000×20000 pixels: 400 MP, far beyond the limit.
    buffer = io.BytesIO()
    Image.new("1", (20000, 20000)).save(buffer, format="PNG")
    return buffer.getvalue()


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("content", "name", "code", "message"),
    [
        (decompression_bomb(), "bomb.png", "photo_too_many_pixels", "too many pixels"),
        (truncated_jpeg(), "cut.jpg", "photo_unreadable", "not a readable image"),
        (SVG, "drawing.svg", "photo_unreadable", "not a readable image"),
        (b"%PDF-1.4 this is not a photo", "fake.jpg", "photo_unreadable", "not a readable image"),
        (image_bytes("GIF"), "animation.jpg", "photo_format", "file type is not allowed"),
        (image_bytes("BMP"), "bitmap.png", "photo_format", "file type is not allowed"),
    ],
)
def test_bad_files_are_rejected_with_a_clear_error_and_nothing_is_stored(content, name, code, message, tmp_path):
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        clean_photo(upload(content, name=name))
    error = raised.value.error_list[0]
    assert error.code == code
    with translation.override("en"):
        assert message in str(error.message % (error.params or {}))
    assert FeedbackPhoto.objects.count() == 0
    assert not any(path.is_file() for path in tmp_path.rglob("*") if "private" in path.parts)


def test_file_over_the_byte_limit_is_rejected_before_decoding(settings):
    settings.FEEDBACK_PLUGIN = {"MAX_PHOTO_BYTES": 1000}
    with pytest.raises(ValidationError) as raised:
        clean_photo(upload(image_bytes("JPEG", size=(300, 300), quality=100)))
    assert raised.value.error_list[0].code == "photo_too_large"


def test_errors_are_translated():
    with translation.override("fi"), pytest.raises(ValidationError) as raised:
        clean_photo(upload(SVG, name="x.svg"))
    assert "kuva" in str(raised.value.messages[0]).lower()


def test_at_most_three_photos():
    validate_photo_count([1, 2, 3])
    with pytest.raises(ValidationError) as raised:
        validate_photo_count([1, 2, 3, 4])
    assert raised.value.error_list[0].code == "too_many_photos"


def test_data_appended_after_the_image_is_dropped():
    content = image_bytes("JPEG") + b"<script>payload</script>"
    assert b"payload" not in clean_photo(upload(content)).read()
