"""Open311 GeoReport v2 XML. Kept apart from the serializers: they build plain data, this writes the elements.

A list becomes a wrapper element with one child per item; the child's name comes from ``LIST_ITEMS``
(``attributes`` → ``attribute``). The view names the root and item elements, and errors are always
``<errors><error>``.
"""

import re
from xml.etree.ElementTree import Element, SubElement, tostring

from rest_framework.renderers import BaseRenderer

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
