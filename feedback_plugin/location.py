"""The location format, in one place: numeric lat/lng is the truth; wagtailgeowidget's string is derived."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtailgeowidget.helpers import geosgeometry_str_to_struct

from .conf import feedback_setting

PRECISION = Decimal("0.000001")


def to_geo_string(latitude, longitude):
    """wagtailgeowidget's format, longitude first: ``SRID=4326;POINT(27.677 62.8924)``."""
    if latitude is None or longitude is None:
        return ""
    return f"SRID=4326;POINT({longitude} {latitude})"


def from_geo_string(value):
    """(latitude, longitude) as Decimals from wagtailgeowidget's string, or (None, None) for an empty one."""
    if not value or not value.strip():
        return None, None
    struct = geosgeometry_str_to_struct(value)
    if not struct:
        raise ValidationError(_("The location is not a valid point."), code="location_invalid")
    return quantize(struct["y"]), quantize(struct["x"])


def quantize(value):
    return Decimal(str(value)).quantize(PRECISION, rounding=ROUND_HALF_UP)


def validate_in_city(latitude, longitude):
    """Rejects a point outside the city's configured area."""
    south, west, north, east = feedback_setting("CITY_BOUNDS")
    if not (south <= float(latitude) <= north and west <= float(longitude) <= east):
        raise ValidationError(
            _("The location is outside the city's area. Please choose a place within the city."),
            code="location_outside_city",
        )


def parse_bbox(value):
    """``west,south,east,north`` in WGS 84 degrees (the GeoJSON bbox order) as four floats, or ValidationError."""
    try:
        west, south, east, north = (float(part) for part in str(value).split(","))
    except ValueError as error:
        raise ValidationError(
            _("Give the bounding box as west,south,east,north in degrees."), code="bbox_invalid"
        ) from error
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise ValidationError(_("Give the bounding box as west,south,east,north in degrees."), code="bbox_invalid")
    return west, south, east, north
