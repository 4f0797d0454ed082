"""A corpus of malformed and hostile image files, generated here, sent through the form, API v1 and Open311:
each is refused with a 400 that says why in the resident's language, and nothing is stored, not even a file."""

import io
import struct
import zlib

import pytest
from django.core.cache import cache
from PIL import Image

from feedback_plugin.models import Feedback
from home.demo.feedback_pages import ensure_feedback_pages
from tests.factories import image_bytes, upload
from tests.resident.conftest import form_data, street_lighting

pytestmark = pytest.mark.django_db

UNREADABLE = {
    "fi": "Tiedosto ei ole luettava kuva.",
    "en": "The file is not a readable image.",
}
NOT_ALLOWED = {"fi": "Tämä tiedostotyyppi ei ole sallittu.", "en": "This file type is not allowed."}
TOO_MANY_PIXELS = {"fi": "Kuvassa on liikaa pikseleitä.", "en": "The photo has too many pixels."}
ANIMATED = {"fi": "Animoituja kuvia ei hyväksytä.", "en": "Animated images are not accepted."}
# The form and API v1 refuse an empty file before the photo pipeline sees it, with Django's and DRF's words.
EMPTY = {"fi": "Lähetetty tiedosto on tyhjä.", "en": "The submitted file is empty."}


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png_with_chunk(kind, payload):
    """A small valid PNG with one more chunk right after its header."""
    png = image_bytes("PNG")
    return png[:33] + chunk(kind, payload) + png[33:]


def png_claiming(width, height):
    """A small PNG whose header claims another size: a decompression bomb costs nothing to send."""
    png = image_bytes("PNG")
    header = png[12:16] + struct.pack(">II", width, height) + png[24:29]
    return png[:8] + png[8:12] + header + struct.pack(">I", zlib.crc32(header)) + png[33:]


def jpeg_claiming(width, height):
    jpeg = image_bytes("JPEG")
    frame = jpeg.index(b"\xff\xc0") + 5  # the baseline frame header: marker, length, precision, then the size
    return jpeg[:frame] + struct.pack(">HH", height, width) + jpeg[frame + 4 :]


def animation(image_format):
    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "blue", "green")]
    buffer = io.BytesIO()
    frames[0].save(buffer, format=image_format, save_all=True, append_images=frames[1:], duration=100, loop=0)
    return buffer.getvalue()


ZIP_BOMB = zlib.compress(b"\0" * 20_000_000)
CORPUS = {
    "truncated JPEG": (image_bytes("JPEG", size=(400, 300))[:700], UNREADABLE),
    "truncated PNG": (image_bytes("PNG", size=(400, 300))[:200], UNREADABLE),
    "JPEG with a wrong magic number": (b"\0\0" + image_bytes("JPEG")[2:], UNREADABLE),
    "PNG with a wrong signature": (b"\x89PNX" + image_bytes("PNG")[4:], UNREADABLE),
    "PNG header claiming 30000 × 30000": (png_claiming(30000, 30000), TOO_MANY_PIXELS),
    "JPEG header claiming 60000 × 60000": (jpeg_claiming(60000, 60000), TOO_MANY_PIXELS),
    "zero bytes": (b"", (EMPTY, UNREADABLE)),
    "PNG with an iCCP profile that inflates to 20 MB": (png_with_chunk(b"iCCP", b"icc\0\0" + ZIP_BOMB), UNREADABLE),
    "PNG with a zTXt text that inflates to 20 MB": (png_with_chunk(b"zTXt", b"Comment\0\0" + ZIP_BOMB), UNREADABLE),
    "animated GIF": (animation("GIF"), NOT_ALLOWED),
    "animated WebP": (animation("WEBP"), ANIMATED),
    "animated PNG": (animation("PNG"), ANIMATED),
    "HEIC": (b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 200, UNREADABLE),
    "HTML and JPEG polyglot": (b"<html><script>alert(1)</script>" + image_bytes("JPEG"), UNREADABLE),
    "SVG with a script": (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
        UNREADABLE,
    ),
}


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


@pytest.fixture
def category(site_pages):
    ensure_feedback_pages(site_pages)
    return street_lighting()


def send_form(client, content, language):
    path = {"fi": "/fi/anna-palautetta/", "en": "/en/give-feedback/"}[language]
    response = client.post(path, form_data(photos=[upload(content, name="photo.jpg")]))
    return response, response.content.decode()


def send_api(client, content, language):
    data = {"category": "street-lighting", "description": "Katuvalo ei pala kulmassa.", "photos": [upload(content)]}
    response = client.post(f"/api/v1/feedback/?lang={language}", data)
    errors = response.json().get("photos", [])
    # A file DRF refuses has its errors under its position in the list.
    messages = errors if isinstance(errors, list) else [message for listed in errors.values() for message in listed]
    return response, " ".join(messages)


def send_open311(client, content, language, api_key):
    data = {
        "api_key": api_key,
        "service_code": "street-lighting",
        "description": "Katuvalo ei pala kulmassa.",
        "address_string": "Kauppakatu 40",
        "media": [upload(content)],
    }
    response = client.post(f"/open311/v2/requests.json?locale={language}", data)
    return response, " ".join(error["description"] for error in response.json())


@pytest.mark.parametrize("name", CORPUS)
@pytest.mark.parametrize(("channel", "language"), [("form", "fi"), ("api", "en"), ("open311", "fi")])
def test_each_malformed_image_is_refused_with_a_clear_message_and_nothing_is_stored(
    client, category, api_key, tmp_path, name, channel, language
):
    content, expected = CORPUS[name]
    if channel == "open311":
        response, text = send_open311(client, content, language, api_key)
    else:
        response, text = {"form": send_form, "api": send_api}[channel](client, content, language)
    assert response.status_code == 400
    assert any(messages[language] in text for messages in (expected if isinstance(expected, tuple) else [expected]))
    assert Feedback.objects.count() == 0
    assert not any(path.is_file() for path in (tmp_path / "private").rglob("*"))


def test_a_large_plain_text_chunk_is_dropped_with_the_rest_of_the_metadata(client, category):
    """Uncompressed text costs what it weighs, and the byte limit bounds that: the photo is kept, the text not."""
    content = png_with_chunk(b"tEXt", b"Comment\0" + b"resident@example.fi " * 100_000)
    response, _text = send_api(client, content, "en")
    assert response.status_code == 201
    photo = Feedback.objects.get().photos.get()
    with photo.image.open("rb") as stored:
        assert b"resident@example.fi" not in stored.read()
