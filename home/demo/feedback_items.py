"""About 200 demo feedback items that look like a city's: seasonal topics over 18 months, texts that fit their
category and kind in Finnish and English, addresses near their points, a few photos, supporters and duplicates.

Each item is planned first (``plan_feedback``), then created through ``services`` like a resident's submission
and taken through its handling (``demo_handling``). Seeded, so every load makes the same items.
"""

import datetime
import math
import random
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from feedback_plugin import services
from feedback_plugin.models import Channel, Feedback, FeedbackCategory, Kind, Notification

from .feedback_handling import date_updates, handle, unit_names
from .feedback_texts import BUS_LINES, SEASON_MONTHS, TEXTS, WHEN, Text
from .feedback_texts.places import Place, places_tagged
from .photos import demo_photo

DEMO_FEEDBACK_COUNT = 200
SEED = 2026
HISTORY_DAYS = 548
MAX_TITLE_REPEATS = 3
MAX_PHOTOS = 18
PLACE_RADIUS_METRES = 120
FINNISH_SHARE = 0.8
KIND_WEIGHTS = {Kind.FEEDBACK: 6, Kind.QUESTION: 2, Kind.PROPOSAL: 1.5, Kind.THANKS: 1.2}
CHANNEL_WEIGHTS = {Channel.WEB: 72, Channel.EMAIL: 10, Channel.PHONE: 10, Channel.API: 6, Channel.WALK_IN: 2}
# Residents write at any waking hour, most often around working hours and in the evening.
HOURS = [7, 8, 8, 9, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]

# A category's share of all feedback, and how its volume follows the seasons: (default, {month: factor}).
VOLUME = {
    "bus-services": 1.4,
    "public-transport-tickets": 0.5,
    "bus-stops": 0.6,
    "winter-maintenance": 2.5,
    "potholes-and-pavements": 1.3,
    "street-lighting": 1.2,
    "parks-and-trees": 1.3,
    "waste-collection": 1.0,
    "littering": 0.9,
    "sports-facilities": 0.8,
    "libraries-and-culture": 0.6,
    "health-services": 0.5,
    "social-services": 0.4,
    "other": 0.7,
}
SEASONS = {
    "winter-maintenance": (0, {12: 3, 1: 3, 2: 2.5, 11: 1.5, 3: 1.5, 4: 0.3}),
    "street-lighting": (0.1, {10: 1.5, 11: 2, 12: 2, 1: 2, 2: 1.2, 9: 0.8, 3: 0.6, 4: 0.3, 8: 0.3}),
    "parks-and-trees": (0.3, {5: 1.3, 6: 2, 7: 2, 8: 1.8, 9: 1.2, 10: 0.8, 4: 0.6}),
    "potholes-and-pavements": (0.7, {3: 1.8, 4: 2.5, 5: 1.8}),
    "littering": (0.5, {5: 1.4, 6: 1.8, 7: 1.8, 8: 1.5}),
}


@dataclass
class Plan:
    received_at: datetime.datetime
    category: FeedbackCategory
    kind: str
    text: Text
    language: str
    place: Place | None
    slots: dict
    photo: bool = False
    duplicate_of: "Plan | None" = None
    feedback: Feedback | None = None

    @property
    def title(self):
        return self.text.title(self.language).format(**self.slots)

    @property
    def description(self):
        return self.text.description(self.language).format(**self.slots)


def ensure_feedback():
    existing = Feedback.objects.count()
    if existing >= DEMO_FEEDBACK_COUNT:
        return
    rng = random.Random(SEED)  # noqa: S311 - reproducible demo data, not security
    now = timezone.now()
    plans = plan_feedback(rng, now)[: DEMO_FEEDBACK_COUNT - existing]
    names = unit_names()
    # Each handling step saves the item; indexing its references once, at the end, keeps loading fast.
    with disable_reference_index_auto_update():
        for plan in plans:
            plan.feedback = create(plan, rng)
            handle(plan, rng, now, names)
    for feedback in Feedback.objects.filter(pk__in=[plan.feedback.pk for plan in plans]):
        ReferenceIndex.create_or_update_for_object(feedback)
    created = [plan.feedback.pk for plan in plans]
    date_updates(created)
    # Demo items were never sent by anyone, so no unit is notified about them.
    Notification.objects.filter(feedback_id__in=created).delete()


def plan_feedback(rng, now):
    """The demo items in the order they were received, each title used at most ``MAX_TITLE_REPEATS`` times."""
    categories = {c.code: c for c in FeedbackCategory.objects.in_default_locale().select_related("unit")}
    plans, titles = [], Counter()
    while len(plans) < DEMO_FEEDBACK_COUNT:
        plan = plan_item(rng, received_time(rng, now), categories, titles)
        plans.append(plan)
        duplicate = plan_duplicate(rng, plan, titles) if can_have_duplicate(plan, now) and rng.random() < 0.05 else None
        plans.extend([duplicate] if duplicate else [])
    plans = sorted(plans[:DEMO_FEEDBACK_COUNT], key=lambda plan: plan.received_at)
    for plan in rng.sample([p for p in plans if p.text.photo], k=MAX_PHOTOS):
        plan.photo = True
    return plans


def received_time(rng, now):
    day = timezone.localtime(now) - datetime.timedelta(days=rng.uniform(0, HISTORY_DAYS))
    received = day.replace(hour=rng.choice(HOURS), minute=rng.randrange(60), second=rng.randrange(60))
    return received if received < now else received - datetime.timedelta(days=1)


def seasonal_volume(code, month):
    default, factors = SEASONS.get(code, (1, {}))
    return VOLUME[code] * factors.get(month, default)


def plan_item(rng, received, categories, titles):
    month = received.month
    codes = list(VOLUME)
    while True:
        code = rng.choices(codes, weights=[seasonal_volume(c, month) for c in codes])[0]
        kinds = {kind: texts for kind, texts in TEXTS[code].kinds.items() if in_season(texts, month)}
        kind = rng.choices(list(kinds), weights=[KIND_WEIGHTS[k] for k in kinds])[0]
        text = rng.choice(in_season(kinds[kind], month))
        plan = Plan(received, categories[code], kind, text, pick_language(rng), None, {})
        where = where_of(code, text)
        place_plan(rng, plan, places_tagged(where) if where else [])
        if titles[plan.title] < MAX_TITLE_REPEATS:
            titles[plan.title] += 1
            return plan


def in_season(texts, month):
    return [text for text in texts if month in SEASON_MONTHS[text.season]]


def where_of(code, text):
    return TEXTS[code].where if text.where is None else text.where


def pick_language(rng):
    return "fi" if rng.random() < FINNISH_SHARE else "en"


def place_plan(rng, plan, places):
    """Fills the text's slots: one of ``places`` (none if empty), a time and a bus line."""
    plan.place = rng.choice(places) if places else None
    position = rng.randrange(len(WHEN["fi"]))
    plan.slots = {
        "at": "" if plan.place is None else getattr(plan.place, f"at_{plan.language}"),
        "when": WHEN[plan.language][position],
        "line": rng.choice(BUS_LINES),
    }


def can_have_duplicate(plan, now):
    return (
        plan.kind == Kind.FEEDBACK
        and plan.place is not None
        and plan.duplicate_of is None
        and plan.received_at < now - datetime.timedelta(days=30)
    )


def plan_duplicate(rng, original, titles):
    """Another resident reports the same thing at the same place a few days later, in their own words."""
    code = original.category.code
    texts = [t for t in TEXTS[code].kinds[Kind.FEEDBACK] if where_of(code, t) in original.place.tags]
    for _attempt in range(10):
        received = original.received_at + datetime.timedelta(hours=rng.uniform(4, 120))
        plan = Plan(received, original.category, Kind.FEEDBACK, rng.choice(texts), pick_language(rng), None, {})
        plan.duplicate_of = original
        place_plan(rng, plan, [original.place])
        if titles[plan.title] < MAX_TITLE_REPEATS:
            titles[plan.title] += 1
            return plan
    return None


def create(plan, rng):
    location = near(rng, plan.place) if plan.place else (None, None)
    channel = rng.choices(list(CHANNEL_WEIGHTS), weights=list(CHANNEL_WEIGHTS.values()))[0]
    photos = [demo_photo(plan.text.photo, rng, *location, plan.received_at)] if plan.photo else []
    return services.create_feedback(
        category=plan.category,
        kind=plan.kind,
        title=plan.title,
        description=plan.description,
        language=plan.language,
        latitude=location[0],
        longitude=location[1],
        address=address_of(rng, plan),
        extra_answers={"bus-line": plan.slots["line"]} if plan.category.code == "bus-services" else {},
        allow_publication=rng.random() > 0.05,
        channel=Channel.WEB if plan.photo else channel,
        photos=photos,
        received_at=plan.received_at,
    )


def near(rng, place):
    """A point within ``PLACE_RADIUS_METRES`` of the place, where a resident would drop the map pin."""
    distance, bearing = PLACE_RADIUS_METRES * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
    latitude = place.latitude + distance * math.cos(bearing) / 111_320
    longitude = place.longitude + distance * math.sin(bearing) / (111_320 * math.cos(math.radians(place.latitude)))
    return Decimal(f"{latitude:.6f}"), Decimal(f"{longitude:.6f}")


def address_of(rng, plan):
    # Some residents only drop the pin and leave the address empty.
    if plan.place is None or rng.random() < 0.06:
        return ""
    return getattr(plan.place, f"address_{plan.language}")
