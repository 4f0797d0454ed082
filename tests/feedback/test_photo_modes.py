"""Every image mode Pillow decodes is stored as the picture the resident sent: a stored JPEG of the same colours."""

import io

import pytest
from PIL import Image

from feedback_plugin.photos import clean_photo, to_rgb
from tests.factories import upload

# A JPEG may move a flat colour by a step or two.
TOLERANCE = 2


def file_of(image, image_format="PNG", **save_options):
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **save_options)
    return buffer.getvalue()


def stored_pixel(content):
    stored = Image.open(clean_photo(upload(content, name="photo")))
    assert stored.format == "JPEG"
    assert stored.mode == "RGB"
    return stored.getpixel((4, 4))


def assert_close(pixel, expected):
    assert all(abs(got - want) <= TOLERANCE for got, want in zip(pixel, expected, strict=True)), (pixel, expected)


def palette_image(transparent_index=None):
    image = Image.new("P", (8, 8), 1)
    image.putpalette([0, 0, 0, 30, 120, 200])
    options = {} if transparent_index is None else {"transparency": transparent_index}
    return file_of(image, **options)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # 16-bit greyscale keeps its top 8 bits (value >> 8): 1000 is near black, 32768 mid grey, not white.
        (file_of(Image.new("I;16", (8, 8), 1000)), (3, 3, 3)),
        (file_of(Image.new("I;16", (8, 8), 32768)), (128, 128, 128)),
        (file_of(Image.new("I;16", (8, 8), 65535)), (255, 255, 255)),
        (file_of(Image.new("I;16B", (8, 8), 51400)), (200, 200, 200)),
        # A 16-bit grey named transparent (tRNS) is a transparent area: white, like every other one.
        (file_of(Image.new("I;16", (8, 8), 1000), transparency=1000), (255, 255, 255)),
        (file_of(Image.new("I;16", (8, 8), 1000), transparency=2000), (3, 3, 3)),
        (file_of(Image.new("1", (8, 8), 1)), (255, 255, 255)),
        (file_of(Image.new("1", (8, 8), 0)), (0, 0, 0)),
        (file_of(Image.new("L", (8, 8), 90)), (90, 90, 90)),
        (file_of(Image.new("L", (8, 8), 90), "JPEG"), (90, 90, 90)),
        (file_of(Image.new("LA", (8, 8), (90, 255))), (90, 90, 90)),
        (file_of(Image.new("LA", (8, 8), (90, 0))), (255, 255, 255)),
        (palette_image(), (30, 120, 200)),
        (palette_image(transparent_index=1), (255, 255, 255)),
        (palette_image(transparent_index=0), (30, 120, 200)),
        (file_of(Image.new("RGB", (8, 8), (10, 20, 30))), (10, 20, 30)),
        (file_of(Image.new("RGBA", (8, 8), (0, 0, 255, 255))), (0, 0, 255)),
        # Half-transparent blue over white.
        (file_of(Image.new("RGBA", (8, 8), (0, 0, 255, 128))), (127, 127, 255)),
        (file_of(Image.new("RGBA", (8, 8), (0, 0, 255, 128)), "WEBP", lossless=True), (127, 127, 255)),
        (file_of(Image.new("CMYK", (8, 8), (0, 255, 255, 0)), "JPEG", quality=95), (255, 0, 0)),
        (file_of(Image.new("CMYK", (8, 8), (0, 0, 0, 255)), "JPEG", quality=95), (0, 0, 0)),
    ],
    ids=[
        "I;16-1000",
        "I;16-32768",
        "I;16-65535",
        "I;16B",
        "I;16-transparent",
        "I;16-other-transparent",
        "1-white",
        "1-black",
        "L-png",
        "L-jpeg",
        "LA-opaque",
        "LA-transparent",
        "P",
        "P-transparent",
        "P-other-transparent",
        "RGB",
        "RGBA-opaque",
        "RGBA-half",
        "RGBA-webp",
        "CMYK-red",
        "CMYK-black",
    ],
)
def test_each_mode_is_stored_with_its_own_colours(content, expected):
    assert_close(stored_pixel(content), expected)


def test_a_16_bit_grey_ramp_stays_a_ramp():
    ramp = Image.new("I;16", (256, 8))
    ramp.putdata([x * 257 for x in range(256)] * 8)
    stored = Image.open(clean_photo(upload(file_of(ramp), name="ramp.png"))).convert("L")
    values = [stored.getpixel((x, 4)) for x in range(0, 256, 32)]
    assert_close(values, range(0, 256, 32))


@pytest.mark.parametrize(
    ("mode", "value", "expected"),
    [
        ("I;16L", 1000, 3),
        ("I;16N", 32768, 128),
        ("I", 40000, 156),
        ("I", 70000, 255),
        ("I", -5, 0),
        ("F", 32768.0, 128),
    ],
)
def test_modes_no_allowed_format_writes_still_convert_by_their_top_8_bits(mode, value, expected):
    assert to_rgb(Image.new(mode, (2, 2), value)).getpixel((0, 0)) == (expected,) * 3


@pytest.mark.parametrize(("mode", "value"), [("RGBa", (0, 0, 0, 0)), ("PA", (0, 0))])
def test_other_alpha_modes_are_flattened_on_white(mode, value):
    image = Image.new(mode, (2, 2), value)
    assert to_rgb(image).getpixel((0, 0)) == (255, 255, 255)
