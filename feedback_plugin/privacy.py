"""The one gate for what may be public.

Every public surface (HTML pages, API v1, GeoJSON, Open311, search, feeds, the sitemap) takes its feedback
from ``public_feedback()`` and shows it through ``PublicFeedback``, which carries only ``PUBLIC_FIELDS``.
Contact data, internal notes, the handling trail and the original, unredacted text stay out of it.
"""

import re
from functools import reduce

from django.db.models import Q
from django.dispatch import receiver

from .conf import feedback_setting
from .models import Feedback, FeedbackEvent, Publication
from .models.taxonomy import category_became_confidential

REDACTED = "[removed]"

# Each pattern names one kind of personal data that never reaches a public surface.
REDACTION_PATTERNS = {
    # name@example.fi, and the usual ways people hide the @ from robots: name(at)example.fi, name [at] example.fi
    "email": re.compile(
        r"[\w.+-]+(?:@|\s?[\[(]\s?(?:at|ät)\s?[\])]\s?)[\w-]+(?:(?:\.|\s?[\[(]\s?(?:dot|piste)\s?[\])]\s?)[\w-]+)+",
        re.IGNORECASE,
    ),
    # Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, an individual number, a check mark.
    "identity_code": re.compile(
        r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]\b", re.IGNORECASE
    ),
    # IBAN bank account numbers, with or without spaces: FI21 1234 5600 0007 85.
    "iban": re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[\dA-Z]{4}){3,7}(?:\s?[\dA-Z]{1,3})?\b"),
    # Phone numbers: +358 40 123 4567, 00358401234567, 040-123 4567, (017) 182 111. A number starts with 0 or
    # a country code and has at least seven digits, so years, dates and postal codes are left alone.
    "phone": re.compile(r"(?<![\w+])(?:\+|00)\d{1,3}[\s-]?\(?\d[\d\s\-()]{5,14}\d|(?<![\w+])\(?0\d[\d\s\-()]{5,13}\d"),
}


def redact(text):
    """The text with every kind of personal data in REDACTION_PATTERNS replaced by ``[removed]``."""
    for pattern in REDACTION_PATTERNS.values():
        text = pattern.sub(REDACTED, text)
    return text


# The publishable rule, once, as field values: the public queryset filters by them and ``is_public`` checks an
# instance against the same values, so the database and Python can't disagree.
PUBLISHABLE = {"allow_publication": True, "category__is_confidential": False}
PUBLIC = {**PUBLISHABLE, "publication": Publication.PUBLISHED}


def has_values(feedback, values):
    return all(reduce(getattr, lookup.split("__"), feedback) == value for lookup, value in values.items())


def public_feedback():
    """The only queryset public surfaces may take feedback from."""
    return Feedback.objects.filter(Q(**PUBLIC))


def is_public(feedback):
    return has_values(feedback, PUBLIC)


def may_be_published(feedback):
    """Neither confidential nor refused by the resident: publishable, whatever its publication state."""
    return has_values(feedback, PUBLISHABLE)


def initial_publication(feedback):
    """Where a new item starts: items that may not be published are hidden, the others follow the policy."""
    if not may_be_published(feedback):
        return Publication.HIDDEN
    if feedback_setting("PUBLICATION_POLICY") == "immediate":
        return Publication.PUBLISHED
    return Publication.PENDING


def prepare_public_text(feedback):
    """Sets the public version of the text from the resident's original, with personal data removed."""
    feedback.public_title = redact(feedback.title)
    feedback.public_description = redact(feedback.description)


@receiver(category_became_confidential)
def withdraw_confidential_feedback(sender, category, **kwargs):
    """A category became confidential: hide every item in it, in every language."""
    items = Feedback.objects.filter(category__translation_key=category.translation_key).exclude(
        publication=Publication.HIDDEN
    )
    ids = list(items.values_list("pk", flat=True))
    items.update(publication=Publication.HIDDEN)
    FeedbackEvent.objects.bulk_create(
        FeedbackEvent(
            feedback_id=pk,
            action=FeedbackEvent.Action.PUBLICATION,
            new_value=Publication.HIDDEN,
        )
        for pk in ids
    )


# The public field set: the names a public surface may show, and nothing else.
PUBLIC_FIELDS = (
    "reference",
    "kind",
    "category",
    "title",
    "description",
    "address",
    "latitude",
    "longitude",
    "status",
    "received_at",
    "updated_at",
    "closed_at",
    "supporter_count",
)


class PublicFeedback:
    """Read-only view of one public item. Built only from ``public_feedback()`` rows."""

    __slots__ = ("_feedback",)

    def __init__(self, feedback):
        if not is_public(feedback):
            raise PermissionError(f"Feedback {feedback.pk} is not public.")
        self._feedback = feedback

    @property
    def pk(self):
        return self._feedback.pk

    reference = property(lambda self: self._feedback.reference)
    kind = property(lambda self: self._feedback.kind)
    category = property(lambda self: self._feedback.category)
    title = property(lambda self: self._feedback.public_title)
    description = property(lambda self: self._feedback.public_description)
    address = property(lambda self: redact(self._feedback.address))
    latitude = property(lambda self: self._feedback.latitude)
    longitude = property(lambda self: self._feedback.longitude)
    status = property(lambda self: self._feedback.status)
    received_at = property(lambda self: self._feedback.received_at)
    updated_at = property(lambda self: self._feedback.updated_at)
    closed_at = property(lambda self: self._feedback.closed_at)
    supporter_count = property(lambda self: self._feedback.supporter_count)
    is_closed = property(lambda self: self._feedback.is_closed)
    has_location = property(lambda self: self._feedback.has_location)

    def get_kind_display(self):
        return self._feedback.get_kind_display()

    def get_status_display(self):
        return self._feedback.get_status_display()

    @property
    def duplicate_of(self):
        original = self._feedback.duplicate_of
        return PublicFeedback(original) if original and is_public(original) else None

    @property
    def replies(self):
        """The city's replies: public by nature, written by staff to be shown."""
        return self._feedback.replies.all()

    @property
    def photos(self):
        return self._feedback.photos.all()


def public_items(queryset):
    """Wraps rows of ``public_feedback()`` (already filtered, sliced or paged) for display."""
    return [PublicFeedback(feedback) for feedback in queryset]


def public_feedback_for_display():
    """``public_feedback()`` with what every list shows loaded up front, so a page runs a fixed number of
    queries however many items it shows."""
    return public_feedback().select_related("category").prefetch_related("replies", "photos")
