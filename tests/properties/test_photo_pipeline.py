"""Property of the photo pipeline: any valid image, of any mode, size, format and EXIF orientation the
allowlist takes, comes out as a decodable JPEG within MAX_PHOTO_EDGE, turned upright, without EXIF or GPS."""

import io
import random

from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from feedback_plugin.photos import clean_photo
from tests.factories import gps_exif, upload

EDGE = 48
# The modes each allowed format writes.
MODES = {
    "JPEG": ["L", "RGB", "CMYK"],
    "PNG": ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"],
    "WEBP": ["RGB", "RGBA"],
    "AVIF": ["RGB", "RGBA"],
}
FORMATS_AND_MODES = st.sampled_from(list(MODES)).flatmap(
    lambda image_format: st.tuples(st.just(image_format), st.sampled_from(MODES[image_format]))
)


def noise(mode, size, seed):
    rng = random.Random(seed)
    width, height = size
    if mode == "I;16":
        return Image.frombytes(mode, size, rng.randbytes(width * height * 2))
    image = Image.frombytes("RGBA", size, rng.randbytes(width * height * 4))
    return image.convert(mode) if mode != "P" else image.convert("RGB").quantize(colors=rng.randint(2, 256))


def upright(size, orientation):
    """The size once the EXIF orientation is applied: 5–8 turn the picture a quarter."""
    width, height = size
    return (height, width) if orientation >= 5 else (width, height)


@given(
    FORMATS_AND_MODES,
    st.tuples(st.integers(1, 160), st.integers(1, 160)),
    st.integers(1, 8),
    st.integers(0, 2**32),
)
def test_any_valid_image_comes_out_as_a_bounded_upright_jpeg_without_metadata(format_and_mode, size, orientation, seed):
    image_format, mode = format_and_mode
    exif = gps_exif()
    exif[0x0112] = orientation
    buffer = io.BytesIO()
    noise(mode, size, seed).save(buffer, format=image_format, exif=exif.tobytes())
    with override_settings(FEEDBACK_PLUGIN={"MAX_PHOTO_EDGE": EDGE}):
        content = clean_photo(upload(buffer.getvalue(), name="photo")).read()
    stored = Image.open(io.BytesIO(content))
    stored.load()
    assert (stored.format, stored.mode) == ("JPEG", "RGB")
    assert len(stored.getexif()) == 0
    assert b"Exif" not in content and b"ResidentPhone" not in content
    assert "icc_profile" not in stored.info
    expected = upright(size, orientation)
    if max(expected) <= EDGE:
        assert stored.size == expected
    else:
        # The long side becomes the edge; the short one keeps the aspect ratio, to the pixel it rounds to.
        long_side, short_side = (stored.width, stored.height) if expected[0] >= expected[1] else stored.size[::-1]
        assert long_side == EDGE
        assert abs(short_side - EDGE * min(expected) / max(expected)) <= 1
