"""Open311's JSON renderer writes what DRF's JSONRenderer writes, byte for byte, only faster."""

import datetime
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from rest_framework.renderers import JSONRenderer

from feedback_plugin.open311.renderers import Open311JSONRenderer

VALUES = [
    [{"lat": Decimal("62.892400"), "long": Decimal("27.677000")}],
    [Decimal("0.000010"), Decimal("-0.000099"), Decimal("-0.000000"), Decimal("180.000000")],
    ["Rivi\u2028toinen\u2029kolmas", "ohjaus\x00\x1f\x7f", "äö €", "\U0001f6b2"],
    [datetime.datetime(2026, 11, 24, 10, 0, 0, 123456, tzinfo=datetime.UTC), datetime.date(2026, 11, 24)],
    [gettext_lazy("Not found."), None, True, False, 0, -1, 2.5, (1, 2)],
    {1: "key as a number"},
]


@pytest.mark.parametrize("data", VALUES)
def test_open311_json_is_drf_json_byte_for_byte(data):
    assert Open311JSONRenderer().render(data) == JSONRenderer().render(data)


def test_an_indent_asked_for_is_still_written():
    data = [{"service_code": "bus-services"}]
    media_type = "application/json; indent=2"
    assert Open311JSONRenderer().render(data, media_type) == JSONRenderer().render(data, media_type)
