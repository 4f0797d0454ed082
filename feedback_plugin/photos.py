"""The one pipeline every uploaded photo goes through before anything is stored.

Open, check the format against an allowlist and the pixel count against a limit, ``verify()``, reopen and
decode, apply the EXIF orientation, bring any mode Pillow decodes to 8-bit RGB (``to_rgb``), shrink to the
maximum edge, copy the pixels into a new image (which leaves EXIF, GPS, XMP and ICC data behind) and re-encode
as JPEG. Truncated files, SVG, fake extensions and data appended after the image are rejected or dropped on
the way.
"""

import io
import warnings

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageMath, ImageOps, UnidentifiedImageError

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
        # An animation (WebP, APNG, an AVIF sequence) is not a photo, and only its first frame would be kept.
        if getattr(probe, "n_frames", 1) > 1:
            raise ValidationError(
                _("Animated images are not accepted. Please choose a single photo."), code="photo_animated"
            )
        probe.verify()
    upload.seek(0)
    image = Image.open(upload)
    edge = feedback_setting("MAX_PHOTO_EDGE")
    # For JPEG, decode at a reduced scale straight away: bounded cost for large camera photos.
    image.draft("RGB", (edge, edge))
    image.load()
    ImageOps.exif_transpose(image, in_place=True)
    return image


# Greyscale deeper than 8 bits: 16-bit PNGs open as I;16 (or I;16B), and I and F are Pillow's 32-bit forms of
# the same. Pillow's own conversion to 8 bits clips every value above 255 to white; the top 8 bits are the image.
WIDE_GREYSCALE = {"I;16", "I;16B", "I;16L", "I;16N", "I", "F"}


def _narrow_greyscale(image):
    """Wide greyscale as 8-bit L (value >> 8), or LA when a transparent grey value is set (tRNS in a PNG)."""
    wide = image.convert("I")
    grey = wide.point(lambda value: value / 256).convert("L")
    transparent = grey.info.pop("transparency", None)
    if transparent is not None:
        opaque = ImageMath.lambda_eval(lambda args: (args["wide"] != transparent) * 255, wide=wide)
        grey.putalpha(opaque.convert("L"))
    return grey


def to_rgb(image):
    """The pixels as 8-bit RGB: wide greyscale keeps its top 8 bits, transparent areas become white, not black."""
    if image.mode in WIDE_GREYSCALE:
        image = _narrow_greyscale(image)
    if {"A", "a"} & set(image.getbands()) or "transparency" in image.info:
        rgba = image.convert("RGBA")
        flattened = Image.new("RGB", rgba.size, "white")
        flattened.paste(rgba, mask=rgba.getchannel("A"))
        return flattened
    return image if image.mode == "RGB" else image.convert("RGB")


def _encode(image):
    edge = feedback_setting("MAX_PHOTO_EDGE")
    image = to_rgb(image)
    image.thumbnail((edge, edge), Image.Resampling.LANCZOS)
    # A new image holds the pixels only: EXIF, GPS, XMP and ICC data stay behind with the decoded one.
    clean = Image.new("RGB", image.size)
    clean.paste(image)
    buffer = io.BytesIO()
    clean.save(buffer, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    return ContentFile(buffer.getvalue(), name="photo.jpg")


def validate_photo_count(files):
    max_photos = feedback_setting("MAX_PHOTOS")
    if len(files) > max_photos:
        raise ValidationError(
            _("You can attach at most %(max)s photos."), code="too_many_photos", params={"max": max_photos}
        )
