"""The one pipeline every uploaded photo goes through before anything is stored.

Open, check the format against an allowlist and the pixel count against a limit, ``verify()``, reopen and
decode, apply the EXIF orientation, copy the pixels into a new image (which leaves EXIF, GPS, XMP and ICC
data behind), shrink to the maximum edge and re-encode as JPEG. Truncated files, SVG, fake extensions and
data appended after the image are rejected or dropped on the way.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from .conf import feedback_setting

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "AVIF"}
ACCEPT_ATTRIBUTE = "image/jpeg,image/png,image/webp,image/avif"
JPEG_QUALITY = 85


def clean_photo(upload):
    """Validates an uploaded file and returns a ``ContentFile`` of the cleaned JPEG, or raises ValidationError."""
    max_bytes = feedback_setting("MAX_PHOTO_BYTES")
    if upload.size > max_bytes:
        raise ValidationError(
            _("The photo is too large (%(size)s). The largest allowed size is %(limit)s."),
            code="photo_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = _decode(upload)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _too_many_pixels() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("The file is not a readable image. Please choose a JPEG, PNG, WebP or AVIF photo."),
            code="photo_unreadable",
        ) from error
    return _encode(image)


def _too_many_pixels():
    return ValidationError(
        _("The photo has too many pixels. The largest allowed size is %(megapixels)s megapixels."),
        code="photo_too_many_pixels",
        params={"megapixels": feedback_setting("MAX_PHOTO_PIXELS") // 1_000_000},
    )


def _decode(upload):
    upload.seek(0)
    with Image.open(upload) as probe:
        if probe.format not in ALLOWED_FORMATS:
            raise ValidationError(
                _("This file type is not allowed. Please choose a JPEG, PNG, WebP or AVIF photo."),
                code="photo_format",
            )
        if probe.width * probe.height > feedback_setting("MAX_PHOTO_PIXELS"):
            raise _too_many_pixels()
        probe.verify()
    upload.seek(0)
    image = Image.open(upload)
    edge = feedback_setting("MAX_PHOTO_EDGE")
    # For JPEG, decode at a reduced scale straight away: bounded cost for large camera photos.
    image.draft("RGB", (edge, edge))
    image.load()
    return ImageOps.exif_transpose(image)


def _encode(image):
    edge = feedback_setting("MAX_PHOTO_EDGE")
    if image.mode not in ("RGB", "L"):
        # Transparent areas become white instead of black.
        rgba = image.convert("RGBA")
        flattened = Image.new("RGB", rgba.size, "white")
        flattened.paste(rgba, mask=rgba.getchannel("A"))
        image = flattened
    clean = Image.new("RGB", image.size)
    clean.paste(image.convert("RGB"))
    clean.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return ContentFile(buffer.getvalue(), name="photo.jpg")


def validate_photo_count(files):
    max_photos = feedback_setting("MAX_PHOTOS")
    if len(files) > max_photos:
        raise ValidationError(
            _("You can attach at most %(max)s photos."), code="too_many_photos", params={"max": max_photos}
        )
