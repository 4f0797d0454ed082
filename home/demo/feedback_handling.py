"""How the city handles a demo item: each step goes through ``services`` (so the trail and replies are real), and
is then dated when it would have happened, on a working day, hours to weeks after the item came in.

Steps still in the future are not taken: a recent item is still open, an old one is usually closed.
"""

import datetime
import math
from typing import NamedTuple

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from feedback_plugin import privacy, services
from feedback_plugin.models import (
    Feedback,
    FeedbackEvent,
    Kind,
    Publication,
    Reply,
    ResponsibleUnit,
    Status,
    is_closed_status,
)

from .feedback_texts import replies


class Handling(NamedTuple):
    # The median time to the first reply, and to fixing what was reported.
    first_reply_hours: float
    fix_days: float


HANDLING = {
    "bus-services": Handling(20, 4),
    "public-transport-tickets": Handling(14, 3),
    "bus-stops": Handling(40, 12),
    "winter-maintenance": Handling(6, 2),
    "potholes-and-pavements": Handling(30, 10),
    "street-lighting": Handling(44, 12),
    "parks-and-trees": Handling(36, 8),
    "waste-collection": Handling(16, 3),
    "littering": Handling(30, 5),
    "sports-facilities": Handling(36, 6),
    "libraries-and-culture": Handling(28, 7),
    "health-services": Handling(60, 10),
    "social-services": Handling(80, 14),
    "other": Handling(24, 7),
}
# Items nobody has got round to: they stay where they are and, once past their due date, are overdue.
STUCK_SHARE = 0.07
OFFICE_HOURS = (8, 16)
# No unit answers within the first hours, whatever the draw: the quickest first reply comes after two.
FIRST_REPLY_MIN_HOURS = 2


class Step(NamedTuple):
    when: datetime.datetime
    action: str
    value: object = None


def handle(plan, rng, now, unit_names):
    """Takes the created item through the steps of its handling that are already in the past."""
    feedback = plan.feedback
    date_new_records(feedback, plan.received_at, now)
    steps = sorted(lifecycle(plan, rng, now), key=lambda step: step.when)
    taken = [step for step in steps if step.when < now]
    for step in taken:
        take(step, plan, unit_names)
        date_new_records(feedback, step.when, now)
    closing = [s.when for s in taken if s.action == "merge" or (s.action == "status" and is_closed_status(s.value))]
    Feedback.objects.filter(pk=feedback.pk).update(
        first_reply_at=next((step.when for step in taken if step.action == "reply"), None),
        closed_at=closing[-1] if feedback.is_closed else None,
    )


def take(step, plan, unit_names):
    feedback = plan.feedback
    if step.action == "status":
        services.change_status(feedback, step.value)
    elif step.action == "reply":
        body = step.value[0] if feedback.language == "fi" else step.value[1]
        services.add_reply(feedback, f"{body}\n\n{unit_names[feedback.unit.translation_key, feedback.language]}")
    elif step.action == "merge":
        services.merge_duplicate(feedback, step.value.feedback)
    elif step.action == "publication":
        services.set_publication(feedback, step.value)
    elif step.action == "support":
        services.add_supporter(feedback)


def date_new_records(feedback, when, now):
    """What the services just recorded was stamped with the loading time; it happened at ``when``."""
    FeedbackEvent.objects.filter(feedback=feedback, created_at__gte=now).update(created_at=when)
    Reply.objects.filter(feedback=feedback, created_at__gte=now).update(created_at=when)


def date_updates(pks):
    """Each item was last updated by the last step in its trail."""
    last = FeedbackEvent.objects.filter(feedback=OuterRef("pk")).order_by("-created_at").values("created_at")[:1]
    Feedback.objects.filter(pk__in=pks).update(updated_at=Subquery(last))


def unit_names():
    """(translation key, language) → the unit's name, to sign replies in the item's language."""
    units = ResponsibleUnit.objects.select_related("locale")
    return {(unit.translation_key, unit.locale.language_code): unit.name for unit in units}


def lifecycle(plan, rng, now):
    handling = HANDLING[plan.category.code]
    hours = rng.lognormvariate(math.log(handling.first_reply_hours), 0.8)
    delay = datetime.timedelta(hours=max(FIRST_REPLY_MIN_HOURS, hours))
    first = office_hours(plan.received_at + delay, rng)
    picked = plan.received_at + (first - plan.received_at) * rng.uniform(0.2, 0.9)
    if plan.duplicate_of is not None:
        steps = [Step(first, "merge", plan.duplicate_of)]
    else:
        fixed = office_hours(first + datetime.timedelta(days=rng.lognormvariate(math.log(handling.fix_days), 0.7)), rng)
        steps = KIND_LIFECYCLES[plan.kind](plan, rng, picked, first, fixed)
        if plan.kind != Kind.THANKS and rng.random() < STUCK_SHARE:
            steps = [step for step in steps if step.when < first]
    return steps + publication_steps(plan, rng, now) + supporter_steps(plan, rng)


def office_hours(when, rng):
    """``when``, or the start of the next working day if it falls outside office hours."""
    local = timezone.localtime(when)
    start, end = OFFICE_HOURS
    while local.weekday() >= 5 or local.hour >= end:
        local = (local + datetime.timedelta(days=1)).replace(hour=start, minute=rng.randrange(60))
    if local.hour < start:
        local = local.replace(hour=start, minute=rng.randrange(60))
    return local


def soon_after(when, rng):
    return when + datetime.timedelta(minutes=rng.randint(2, 40))


def thanks_lifecycle(plan, rng, picked, first, fixed):
    if rng.random() < 0.65:
        return [Step(first, "reply", rng.choice(replies.THANKS)), Step(soon_after(first, rng), "status", Status.DONE)]
    return [Step(first, "status", Status.DONE)]


def question_lifecycle(plan, rng, picked, first, fixed):
    answered = [Step(picked, "status", Status.IN_PROGRESS), Step(first, "reply", plan.text.answer)]
    return [*answered, Step(soon_after(first, rng), "status", Status.DONE)]


def proposal_lifecycle(plan, rng, picked, first, fixed):
    started = Step(picked, "status", Status.IN_PROGRESS)
    chance = rng.random()
    if chance < 0.15:
        declined = Step(first, "reply", rng.choice(replies.DECLINED))
        return [started, declined, Step(soon_after(first, rng), "status", Status.REJECTED)]
    considered = [started, Step(first, "reply", rng.choice(replies.PROPOSAL_CONSIDERED))]
    # Some proposals wait for next year's plans; the others are closed once they are on the planners' list.
    return considered if chance < 0.3 else [*considered, Step(fixed, "status", Status.DONE)]


def feedback_lifecycle(plan, rng, picked, first, fixed):
    actions = replies.ACTIONS[plan.category.code]
    started = Step(picked, "status", Status.IN_PROGRESS)
    repaired = [Step(fixed, "reply", actions["fixed"]), Step(soon_after(fixed, rng), "status", Status.DONE)]
    chance = rng.random()
    if chance < 0.06:
        declined = Step(first, "reply", rng.choice(replies.DECLINED))
        return [started, declined, Step(soon_after(first, rng), "status", Status.REJECTED)]
    if chance < 0.12:
        waiting = [
            Step(first, "reply", rng.choice(replies.WAITING)),
            Step(soon_after(first, rng), "status", Status.WAITING),
        ]
        return waiting + (repaired if rng.random() < 0.6 else [])
    if chance < 0.17 and plan.place is not None:
        forwarded = [
            Step(first, "reply", rng.choice(replies.FORWARDED)),
            Step(soon_after(first, rng), "status", Status.FORWARDED),
        ]
        return forwarded + ([Step(fixed, "status", Status.DONE)] if rng.random() < 0.5 else [])
    if chance < 0.5:
        # Fixed at once: the first reply already says so.
        return [started, Step(first, "reply", actions["fixed"]), Step(soon_after(first, rng), "status", Status.DONE)]
    return [started, Step(first, "reply", actions["scheduled"]), *repaired]


KIND_LIFECYCLES = {
    Kind.FEEDBACK: feedback_lifecycle,
    Kind.THANKS: thanks_lifecycle,
    Kind.PROPOSAL: proposal_lifecycle,
    Kind.QUESTION: question_lifecycle,
}


def publication_steps(plan, rng, now):
    """A few recent items wait for a moderator, and a moderator hid a few."""
    if not privacy.is_public(plan.feedback):
        return []
    if plan.received_at > now - datetime.timedelta(days=21) and rng.random() < 0.4:
        return [Step(plan.received_at + datetime.timedelta(seconds=30), "publication", Publication.PENDING)]
    if rng.random() < 0.02:
        hidden = office_hours(plan.received_at + datetime.timedelta(minutes=rng.randint(20, 300)), rng)
        return [Step(hidden, "publication", Publication.HIDDEN)]
    return []


def supporter_steps(plan, rng):
    """Residents who saw a public item on the map and pressed "me too"."""
    if plan.place is None or plan.duplicate_of is not None or not privacy.is_public(plan.feedback):
        return []
    if rng.random() > 0.12:
        return []
    return [
        Step(plan.received_at + datetime.timedelta(hours=rng.uniform(2, 480)), "support")
        for _supporter in range(rng.randint(1, 6))
    ]
