"""The location format, in one place: numeric lat/lng is the truth; wagtailgeowidget's string is derived."""

from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db.models import FloatField, Q, Value
from django.db.models.functions import Cast
from django.db.models.lookups import GreaterThanOrEqual, LessThanOrEqual, Lookup
from django.utils.translation import gettext_lazy as _
from wagtailgeowidget.helpers import geosgeometry_str_to_struct

from .conf import feedback_setting
from .models import Feedback

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


def in_bbox(west, south, east, north, indexed=True):
    """A filter for items located inside the box (see ``parse_bbox``). ``indexed=False`` states the same test
    on the coordinates cast to floats, which no index covers (see ``InBox``); its bounds are cast the same way
    from the values the indexed test compares, so both hold for exactly the same items."""
    if indexed:
        latitude, longitude = Q(latitude__gte=south, latitude__lte=north), Q(longitude__gte=west, longitude__lte=east)
        if west > east:
            longitude = Q(longitude__gte=west) | Q(longitude__lte=east)
        return latitude & longitude

    def test(name, low, high):
        """low <= name <= high, or across the antimeridian (low > high) name >= low or name <= high."""
        field = Cast(name, FloatField())
        bound = {
            value: Cast(Value(value, output_field=Feedback._meta.get_field(name)), FloatField())
            for value in (low, high)
        }
        above, below = Q(GreaterThanOrEqual(field, bound[low])), Q(LessThanOrEqual(field, bound[high]))
        return above | below if low > high else above & below

    return test("latitude", south, north) & test("longitude", west, east)


class InBox(Lookup):
    """Items inside the box, with the database told which way to find them. There are two: the location index
    (feedback_public_location), which reads every item in the box, and the time index (feedback_public_recent),
    which reads items newest first and tests each until it has as many as the query takes. SQLite can't tell
    which is cheaper (it keeps no statistics of ranges) and always takes the location index: for a city-wide box
    and the newest 100 of a million items, that sorts half a million of them.

    So the test is written out when the query is compiled, from what the query takes (its LIMIT and order) and
    from ``estimate``, the items in the box and everywhere, counted ahead by the map's cells. For the newest
    ``k`` items, time order reads about k × everywhere / inside items, and the location index reads all
    ``inside``; testing an item read in time order costs about 1 / WALK_COST of reading one through the location
    index (measured on SQLite at a million items). Where time order is cheaper, the test is written on
    expressions no index covers (``in_bbox(indexed=False)``), and otherwise as the plain indexed comparisons.
    """

    lookup_name = "in_box"
    prepare_rhs = False
    WALK_COST = 7
    TIME_ORDERS = (None, "-received_at")

    def __init__(self, box, estimate):
        self.estimate = estimate
        super().__init__(in_bbox(*box), in_bbox(*box, indexed=False))

    def walks_time_order(self, query):
        order = query.order_by or (query.get_meta().ordering if query.default_ordering else ())
        takes, (inside, everywhere) = query.high_mark, self.estimate
        if takes is None or not inside or (order[0] if order else None) not in self.TIME_ORDERS:
            return False
        return takes * everywhere < self.WALK_COST * inside * inside

    def as_sql(self, compiler, connection):
        return compiler.compile(self.rhs if self.walks_time_order(compiler.query) else self.lhs)


def reads_in_time_order(queryset):
    """Whether the database finds the items of ``queryset``, as it is sliced and ordered, in time order: so does
    a box of ``InBox`` that chooses to."""
    query = queryset.query
    return any(isinstance(test, InBox) and test.walks_time_order(query) for test in query.where.children)
