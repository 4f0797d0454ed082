"""Open311 discovery, services and service definitions, in JSON and XML."""

import pytest

from tests.factories import CategoryFactory

from .open311 import FORMATS, errors, records, xml

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("fmt", FORMATS)
def test_discovery_names_the_endpoint_and_its_formats(client, fmt):
    response = client.get(f"/open311/v2/discovery.{fmt}?jurisdiction_id=city")
    assert response.status_code == 200
    if fmt == "json":
        endpoint = response.json()["endpoints"][0]
        assert endpoint["formats"] == ["application/json", "text/xml"]
    else:
        root = xml(response)
        assert root.tag == "discovery"
        assert [child.tag for child in root] == ["changeset", "contact", "key_service", "endpoints"]
        endpoint = root.find("endpoints/endpoint")
        assert [node.text for node in endpoint.findall("formats/format")] == ["application/json", "text/xml"]
        endpoint = {child.tag: child.text for child in endpoint}
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2"
    assert endpoint["type"] == "production"


@pytest.mark.parametrize("fmt", FORMATS)
def test_services_are_the_active_categories(client, bus_category, fmt):
    CategoryFactory(code="retired", is_active=False)
    response = client.get(f"/open311/v2/services.{fmt}")
    [service] = records(response, fmt)
    if fmt == "xml":
        root = xml(response)
        assert root.tag == "services" and [item.tag for item in root] == ["service"]
    assert service["service_code"] == "bus-services"
    assert service["service_name"] == "Bussiliikenne"
    assert str(service["metadata"]).lower() == "true"
    assert service["type"] == "realtime"
    assert service["group"] == bus_category.service_area.name
    assert set(service) == {
        "service_code", "service_name", "description", "metadata", "type", "keywords", "group"
    }  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_services_locale_extension_gives_names_in_english(client, bus_category, fmt):
    [service] = records(client.get(f"/open311/v2/services.{fmt}?locale=en_GB"), fmt)
    assert service["service_name"] == "Bus services"


def test_service_definition_lists_questions_as_attributes_json(client, bus_category):
    definition = client.get("/open311/v2/services/bus-services.json?locale=en").json()
    assert definition["service_code"] == "bus-services"
    line, issue = definition["attributes"]
    assert line == {
        "variable": True,
        "code": "bus-line",
        "datatype": "string",
        "required": True,
        "datatype_description": "",
        "order": 1,
        "description": "Bus line",
        "values": [],
    }
    assert issue["datatype"] == "singlevaluelist" and issue["order"] == 2
    assert issue["values"] == [{"key": "1", "name": "Late"}, {"key": "2", "name": "Did not come"}]


def test_service_definition_xml_nesting(client, bus_category):
    root = xml(client.get("/open311/v2/services/bus-services.xml"))
    assert root.tag == "service_definition"
    assert root.findtext("service_code") == "bus-services"
    attributes = root.findall("attributes/attribute")
    assert [attribute.findtext("code") for attribute in attributes] == ["bus-line", "issue-type"]
    assert [child.tag for child in attributes[0]] == [
        "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"
    ]  # fmt: skip
    values = attributes[1].findall("values/value")
    assert [(value.findtext("key"), value.findtext("name")) for value in values] == [
        ("1", "Myöhästyi"),
        ("2", "Ei tullut"),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_service_code_is_a_404_error(client, bus_category, fmt):
    response = client.get(f"/open311/v2/services/no-such.{fmt}?locale=en")
    assert response.status_code == 404
    assert errors(response, fmt) == [("404", "There is no service with this code.")]


@pytest.mark.parametrize("fmt", FORMATS)
def test_unknown_locale_is_a_400_error(client, fmt):
    response = client.get(f"/open311/v2/services.{fmt}?locale=sv")
    assert response.status_code == 400
    assert errors(response, fmt) == [("400", "locale: Tämä kieli ei ole käytettävissä.")]
