"""The location format, in one place: numeric lat/lng is the truth; wagtailgeowidget's string is derived."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db.models import Q
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
    """``west,south,east,north`` in WGS 84 degrees (the GeoJSON bbox order) as four floats, or ValidationError.

    As in RFC 7946, west greater than east means a box across the antimeridian; south must not exceed north."""
    try:
        west, south, east, north = (float(part) for part in str(value).split(","))
    except ValueError as error:
        raise _bbox_error() from error
    longitudes_valid = all(-180 <= longitude <= 180 for longitude in (west, east))
    if not longitudes_valid or not -90 <= south <= north <= 90:
        raise _bbox_error()
    return west, south, east, north


def _bbox_error():
    return ValidationError(
        _("Give the area as west,south,east,north in degrees, for example 27.6,62.85,27.75,62.93."),
        code="invalid_bbox",
    )


def in_bbox(west, south, east, north):
    """A filter for items located inside the box (see ``parse_bbox``)."""
    if west <= east:
        longitude = Q(longitude__gte=west, longitude__lte=east)
    else:
        longitude = Q(longitude__gte=west) | Q(longitude__lte=east)
    return Q(latitude__gte=south, latitude__lte=north) & longitude
