"""Helpers for the Open311 contract tests: fetch in either format and read the XML with ElementTree."""

from xml.etree import ElementTree

FORMATS = ["json", "xml"]


def xml(response):
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own server's answer in a test)


def records(response, fmt):
    """A list answer (services or requests) as a list of {name: text} dicts, whatever the format."""
    if fmt == "json":
        assert response["Content-Type"] == "application/json"
        return response.json()
    root = xml(response)
    return [{child.tag: child.text or "" for child in item} for item in root]


def errors(response, fmt):
    """The standard's error list as (code, description) pairs."""
    if fmt == "json":
        return [(str(error["code"]), error["description"]) for error in response.json()]
    root = xml(response)
    assert root.tag == "errors"
    assert all(item.tag == "error" and [child.tag for child in item] == ["code", "description"] for item in root)
    return [(item.findtext("code"), item.findtext("description")) for item in root]


def request_fields(**fields):
    """A valid Open311 POST for the bus category, with ``fields`` changed."""
    data = {
        "service_code": "bus-services",
        "description": "Bussi 9 ei tullut lainkaan aamulla.",
        "lat": "62.8924",
        "long": "27.6770",
        "attribute[bus-line]": "9",
    }
    data.update(fields)
    return data
