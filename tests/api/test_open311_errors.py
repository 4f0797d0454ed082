"""Open311 errors speak the client's language: ``locale`` first, Accept-Language otherwise, JSON and XML."""

import pytest

from .open311 import FORMATS, errors

pytestmark = pytest.mark.django_db


PAGE_ERROR = {
    "en": "page: Ensure this value is greater than or equal to 1.",
    "fi": "page: Tämän luvun on oltava suurempi tai yhtä suuri kuin 1.",
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("query", "headers", "language"),
    [
        ("locale=en", {}, "en"),
        ("locale=fi", {"HTTP_ACCEPT_LANGUAGE": "en"}, "fi"),
        ("", {"HTTP_ACCEPT_LANGUAGE": "en"}, "en"),
        ("", {}, "fi"),
    ],
)
def test_parameter_errors_follow_locale_then_accept_language(client, fmt, query, headers, language):
    response = client.get(f"/open311/v2/requests.{fmt}?page=0&{query}", **headers)
    assert response.status_code == 400
    assert errors(response, fmt) == [("400", PAGE_ERROR[language])]
    assert response["Content-Language"] == language


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_error_of_an_english_request_is_english(client, fmt):
    response = client.get(f"/open311/v2/requests.{fmt}?locale=en_GB&start_date=tomorrow&page_size=0")
    assert response.status_code == 400
    descriptions = dict(description.split(": ", 1) for _code, description in errors(response, fmt))
    assert descriptions["start_date"].startswith("Datetime has wrong format.")
    assert descriptions["page_size"] == "Ensure this value is greater than or equal to 1."


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_api_key_is_refused_in_the_requested_language(client, fmt):
    response = client.post(f"/open311/v2/requests.{fmt}", {"locale": "en", "service_code": "x"})
    assert response.status_code == 403
    assert errors(response, fmt) == [("403", "The api_key is missing or not valid.")]
