"""Open311 GeoReport v2 as JSON and XML. Kept apart from the serializers: they build plain data, this writes it.

JSON is DRF's, byte for byte, written by orjson.


A list becomes a wrapper element with one child per item; the child's name comes from ``LIST_ITEMS``
(``attributes`` → ``attribute``). The view names the root and item elements, and errors are always
``<errors><error>``.
"""

import re
from xml.etree.ElementTree import Element, SubElement, tostring

import orjson
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.utils.encoders import JSONEncoder

LIST_ITEMS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "attributes": "attribute",
    "values": "value",
    "endpoints": "endpoint",
    "formats": "format",
    "media_urls": "media_url",
}
# Characters XML 1.0 can't hold, escaped or not: control characters a client sent in a parameter name or a
# resident in a text would otherwise make the whole document unreadable.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


# What DRF's encoder escapes that orjson writes as they are: the line and paragraph separators.
SEPARATORS = {"\u2028".encode(): b"\\u2028", "\u2029".encode(): b"\\u2029"}
ORJSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
DRF_ENCODER = JSONEncoder()


def drf_value(value):
    """What DRF's encoder makes of a value JSON has no type for (a Decimal, a date, a lazy string). A float is
    written as Python writes it: orjson would write ``1e-05`` as ``0.00001``."""
    value = DRF_ENCODER.default(value)
    if isinstance(value, float):
        return orjson.Fragment(float.__repr__(value))
    return value


class Open311JSONRenderer(JSONRenderer):
    """DRF's compact UTF-8 JSON, several times faster. An ``indent`` asked for in Accept is left to DRF."""

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None or self.get_indent(accepted_media_type, renderer_context or {}) is not None:
            return super().render(data, accepted_media_type, renderer_context)
        body = orjson.dumps(data, default=drf_value, option=ORJSON_OPTIONS)
        for separator, escaped in SEPARATORS.items():
            body = body.replace(separator, escaped)
        return body


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return NOT_XML.sub("\ufffd", str(value))


def fill(element, value):
    if isinstance(value, dict):
        for key, child in value.items():
            fill(SubElement(element, key), child)
    elif isinstance(value, list | tuple):
        item_name = LIST_ITEMS.get(element.tag, "item")
        for child in value:
            fill(SubElement(element, item_name), child)
    else:
        element.text = text(value)


class Open311XMLRenderer(BaseRenderer):
    media_type = "text/xml"
    format = "xml"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        renderer_context = renderer_context or {}
        response = renderer_context.get("response")
        view = renderer_context.get("view")
        if response is not None and response.status_code >= 400:
            root_name = "errors"
        else:
            root_name = getattr(view, "xml_root", "service_requests")
        return document(root_name, data)


def document(root_name, data):
    root = Element(root_name)
    fill(root, data)
    return tostring(root, encoding="utf-8", xml_declaration=True)
