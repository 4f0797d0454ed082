"""Property: whatever query string an Open311 client sends, the answer is a 200 or an error in the standard's
format (a list of ``{code, description}`` in JSON or XML), never a 500."""

import json
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

from django.core.cache import cache
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from tests.factories import CategoryFactory, make_feedback

ENDPOINTS = [
    "discovery",
    "services",
    "services/street-lighting",
    "requests",
    "requests/2026-000001",
    "tokens/no-such-token",
]
NAMES = [
    "jurisdiction_id",
    "service_request_id",
    "service_code",
    "start_date",
    "end_date",
    "status",
    "locale",
    "extensions",
    "updated_after",
    "updated_before",
    "lat",
    "long",
    "radius",
    "bbox",
    "page",
    "page_size",
    "api_key",
]
VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", "open", "closed", "fi", "en", "true", "0", "-1", "1e309", "nan", "2026-11-24T07:30:00Z"]),
    st.from_regex(r"-?[0-9]{1,4}(\.[0-9]{1,8})?(,-?[0-9]{1,4}(\.[0-9]{1,8})?){0,4}", fullmatch=True),
    st.datetimes().map(lambda moment: moment.isoformat()),
)
PAIRS = st.lists(st.tuples(st.one_of(st.sampled_from(NAMES), st.text(max_size=12)), VALUES), max_size=6)
# Raw strings too: broken percent escapes, lone separators and characters a browser would never send.
RAW = st.text(st.characters(codec="utf-8"), max_size=80).map(lambda raw: quote(raw, safe="=&%;+"))


class Open311ParameterTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        category = CategoryFactory(code="street-lighting", name="Katuvalaistus")
        make_feedback(category=category)

    def answer(self, endpoint, fmt, query):
        cache.clear()  # the throttle counts every request; the property is about parameters
        response = self.client.get(f"/open311/v2/{endpoint}.{fmt}?{query}")
        assert response.status_code in (200, 400, 404), (response.status_code, query)
        if response.status_code != 200:
            if fmt == "json":
                body = json.loads(response.content)
                assert [set(error) for error in body] == [{"code", "description"}] * len(body)
                assert {error["code"] for error in body} == {response.status_code}
            else:
                root = ElementTree.fromstring(response.content)  # noqa: S314 (our own server's answer in a test)
                assert root.tag == "errors"
                assert {item.findtext("code") for item in root} == {str(response.status_code)}
            assert body if fmt == "json" else len(root)

    @given(st.sampled_from(ENDPOINTS), st.sampled_from(["json", "xml"]), PAIRS)
    @example("requests", "json", [("start_date", "9999-12-31T23:59:59"), ("end_date", "0001-01-01T00:00:00")])
    @example("requests", "xml", [("lat", "nan"), ("long", "inf"), ("radius", "1e309")])
    @example("requests", "json", [("service_request_id", ",".join(["2026-000001"] * 1001))])
    @example("requests", "xml", [("\x1f", "a"), ("\x1f", "b")])  # a name XML 1.0 can't hold, in the error
    def test_any_parameters_answer_200_or_an_open311_error(self, endpoint, fmt, pairs):
        self.answer(endpoint, fmt, urlencode(pairs))

    @given(st.sampled_from(ENDPOINTS), st.sampled_from(["json", "xml"]), RAW)
    @example("requests", "json", "%ZZ=%&&=&locale=%FF")
    def test_any_raw_query_string_answers_200_or_an_open311_error(self, endpoint, fmt, raw):
        self.answer(endpoint, fmt, raw)
