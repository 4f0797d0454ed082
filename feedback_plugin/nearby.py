"""Duplicate hints: public, open items of the same category near a point, so a resident can support an
existing item instead of filing a new one."""

import datetime
import math
from decimal import Decimal

from django.utils import timezone

from . import privacy
from .conf import feedback_setting
from .models import CLOSED_STATUSES

MAX_HINTS = 5
METRES_PER_DEGREE_LATITUDE = 111_320


def distance_metres(lat1, lng1, lat2, lng2):
    """Great-circle distance (haversine); exact enough for a few hundred metres."""
    lat1, lng1, lat2, lng2 = (math.radians(float(value)) for value in (lat1, lng1, lat2, lng2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lng2 - lng1) / 2) ** 2
    return 2 * 6_371_000 * math.asin(math.sqrt(a))


def bounding_box(latitude, longitude, radius):
    """(south, west, north, east) around a point: a cheap prefilter on the indexed lat/lng columns."""
    lat_delta = radius / METRES_PER_DEGREE_LATITUDE
    lng_delta = radius / (METRES_PER_DEGREE_LATITUDE * max(math.cos(math.radians(float(latitude))), 0.01))
    latitude, longitude = float(latitude), float(longitude)
    return tuple(
        Decimal(f"{value:.6f}")
        for value in (latitude - lat_delta, longitude - lng_delta, latitude + lat_delta, longitude + lng_delta)
    )


def similar_open_feedback(category, latitude, longitude):
    """Up to five (PublicFeedback, distance in metres), nearest first, through the privacy gate."""
    radius = feedback_setting("HINT_RADIUS_METRES")
    south, west, north, east = bounding_box(latitude, longitude, radius)
    since = timezone.now() - datetime.timedelta(days=feedback_setting("HINT_MAX_AGE_DAYS"))
    candidates = (
        privacy.public_feedback()
        .filter(
            category__translation_key=category.translation_key,
            latitude__range=(south, north),
            longitude__range=(west, east),
            received_at__gte=since,
            duplicate_of__isnull=True,
        )
        .exclude(status__in=CLOSED_STATUSES)
        .select_related("category")
        .order_by("-received_at")[:200]
    )
    nearby = []
    for feedback in candidates:
        distance = distance_metres(latitude, longitude, feedback.latitude, feedback.longitude)
        if distance <= radius:
            nearby.append((privacy.PublicFeedback(feedback), round(distance)))
    nearby.sort(key=lambda pair: pair[1])
    return nearby[:MAX_HINTS]
