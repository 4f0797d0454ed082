"""The one gate for what may be public.

Every public surface (HTML pages, API v1, GeoJSON, Open311, search, feeds, the sitemap) takes its feedback
from ``public_feedback()`` and shows it through ``PublicFeedback``, which carries only ``PUBLIC_FIELDS``; its
category, replies and photos are value objects too (``PublicCategory``, ``PublicReply``, ``PublicPhoto``), each
with its own public field set. A surface that builds plain records from many rows (Open311) reads them with
``public_rows`` instead: dicts of public fields only, read as ``PublicFeedback`` shows them.
Contact data, internal notes, the handling trail and the original, unredacted text stay out of it.
"""

import re
from functools import cache, reduce

from django.db.models import Q
from django.dispatch import receiver
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Locale

from .conf import feedback_setting
from .models import Feedback, FeedbackCategory, FeedbackEvent, FeedbackPhoto, Publication, Reply, ResponsibleUnit
from .models.taxonomy import category_became_confidential
from .prepared import PreparedQuery, padded
from .sitewide import remembered

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


# What a text must hold for a pattern to match in it: the e-mail pattern, tried at every position, costs most of
# the redaction of a public list, and no address without "@", "[" or "(" can match it.
PATTERN_MARKS = {"email": ("@", "[", "(")}


def redact(text):
    """The text with every kind of personal data in REDACTION_PATTERNS replaced by ``[removed]``."""
    for name, pattern in REDACTION_PATTERNS.items():
        marks = PATTERN_MARKS.get(name)
        if marks is None or any(mark in text for mark in marks):
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


class PublicView:
    """Base of the value objects public surfaces read. Each one exposes its ``public_fields`` and nothing
    else: no model instance, manager or relation that a template or serializer could follow to private data.

    ``relations`` names the public fields that lead to another value object, and whether they hold many of
    them (a tuple). Templates can't read the wrapped ``_source`` (Django refuses names starting with an
    underscore), and serializers are checked against these sets with ``public_path_target``."""

    __slots__ = ("_source",)
    label = ""
    public_fields = frozenset()
    relations = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The set and the class can't drift apart: every public name exists, and nothing else is exposed.
        exposed = {name for name in vars(cls) if not name.startswith("_")} - {"label", "public_fields", "relations"}
        if exposed != set(cls.public_fields) or not set(cls.relations) <= set(cls.public_fields):
            raise TypeError(
                f"{cls.__name__} exposes {sorted(exposed)}, its public fields are {sorted(cls.public_fields)}."
            )

    def __init__(self, source):
        self._source = source


def public_path_target(view, path):
    """The value object class a dotted ``path`` read from a ``view`` instance leads to (None for a plain value),
    or TypeError naming the first step that is not public. A path through a tuple of value objects may only end
    there: the tuple itself has no fields."""
    steps = path.split(".")
    for position, step in enumerate(steps):
        if step not in view.public_fields:
            raise TypeError(f"{path!r} is not a public {view.label} field.")
        target, many = view.relations.get(step, (None, False))
        last = position == len(steps) - 1
        if not last and (target is None or many):
            raise TypeError(f"{path!r} is not a public {view.label} field: {step!r} has no fields to read.")
        view = target
    return view


class PublicCategory(PublicView):
    """A public item's category in the active language. Only categories of public items are shown, so
    ``is_confidential`` is never true here."""

    __slots__ = ()
    label = "category"
    public_fields = frozenset({"code", "name", "service_area_name", "is_confidential"})

    def __init__(self, category):
        if category.is_confidential:
            raise PermissionError(f"Category {category.code} is confidential.")
        super().__init__(category)

    code = property(lambda self: self._source.code)
    name = property(lambda self: self._source.name)
    service_area_name = property(lambda self: self._source.service_area.name)
    is_confidential = False


def public_categories():
    """{code: PublicCategory} in the active language: how many items show their category. A site-wide value, so
    one query per worker until an editor changes a category (making one confidential included)."""
    return remembered(("public categories", get_language()), build_public_categories)


def build_public_categories():
    categories = FeedbackCategory.objects.in_active_locale().filter(is_confidential=False)
    return {category.code: PublicCategory(category) for category in categories.select_related("service_area")}


def unit_names():
    """{unit pk: the unit's name in the active language}, for units of any locale: a site-wide value."""
    return remembered(("unit names", get_language()), build_unit_names)


def build_unit_names():
    units = list(ResponsibleUnit.objects.all())
    active = Locale.get_active().pk
    localized = {unit.translation_key: unit.name for unit in units if unit.locale_id == active}
    return {unit.pk: localized.get(unit.translation_key, unit.name) for unit in units}


class PublicReply(PublicView):
    """The city's reply. Staff write it to be shown, but it may still quote what the resident sent (a phone
    number to call back, an address): public text is redacted, the reply like the resident's own text.
    The author is staff data; the public sees the unit that answered, named from ``unit_names()`` without a query
    for each reply."""

    __slots__ = ()
    label = "reply"
    public_fields = frozenset({"id", "body", "created_at", "unit_name"})

    id = property(lambda self: self._source.pk)
    body = property(lambda self: redact(self._source.body))
    created_at = property(lambda self: self._source.created_at)

    @property
    def unit_name(self):
        """The unit's name in the active language; read only where a page shows it."""
        return unit_names().get(self._source.unit_id, "")


class PublicPhoto(PublicView):
    """A stored photo (already stripped of metadata): its size and where the public gets it."""

    __slots__ = ()
    label = "photo"
    public_fields = frozenset({"id", "width", "height", "url"})

    id = property(lambda self: self._source.pk)
    width = property(lambda self: self._source.width)
    height = property(lambda self: self._source.height)
    url = property(lambda self: photo_path(self._source.pk))


def photo_path(pk):
    """Where the public gets a stored photo."""
    return reverse("feedback_photos:public", kwargs={"pk": pk})


# The public field set of feedback: the names a public surface may show, and nothing else.
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
    "is_closed",
    "has_location",
    "get_kind_display",
    "get_status_display",
    "duplicate_of",
    "replies",
    "photos",
)


class PublicFeedback(PublicView):
    """Read-only view of one public item. Built only from ``public_feedback()`` rows; ``categories`` is a
    ``public_categories()`` lookup shared by the items of one page."""

    __slots__ = ("_categories",)
    label = "feedback"
    public_fields = frozenset(PUBLIC_FIELDS)

    def __init__(self, feedback, categories=None):
        if not is_public(feedback):
            raise PermissionError(f"Feedback {feedback.pk} is not public.")
        super().__init__(feedback)
        self._categories = categories

    reference = property(lambda self: self._source.reference)
    kind = property(lambda self: self._source.kind)
    title = property(lambda self: self._source.public_title)
    description = property(lambda self: self._source.public_description)
    address = property(lambda self: redact(self._source.address))
    latitude = property(lambda self: self._source.latitude)
    longitude = property(lambda self: self._source.longitude)
    status = property(lambda self: self._source.status)
    received_at = property(lambda self: self._source.received_at)
    updated_at = property(lambda self: self._source.updated_at)
    closed_at = property(lambda self: self._source.closed_at)
    supporter_count = property(lambda self: self._source.supporter_count)
    is_closed = property(lambda self: self._source.is_closed)
    has_location = property(lambda self: self._source.has_location)

    def get_kind_display(self):
        return self._source.get_kind_display()

    def get_status_display(self):
        return self._source.get_status_display()

    @property
    def category(self):
        category = self._source.category
        if self._categories is not None and category.code in self._categories:
            return self._categories[category.code]
        return PublicCategory(category.localized if self._categories is None else category)

    @property
    def duplicate_of(self):
        original = self._source.duplicate_of
        return PublicFeedback(original) if original and is_public(original) else None

    @property
    def replies(self):
        return tuple(PublicReply(reply) for reply in self._source.replies.all())

    @property
    def photos(self):
        return tuple(PublicPhoto(photo) for photo in self._source.photos.all())


PublicFeedback.relations = {
    "category": (PublicCategory, False),
    "duplicate_of": (PublicFeedback, False),
    "replies": (PublicReply, True),
    "photos": (PublicPhoto, True),
}


def public_items(queryset, categories=None):
    """Wraps rows of ``public_feedback()`` (already filtered, sliced or paged) for display, with the category
    names in the active language looked up once for all of them (or taken from a ``public_categories()`` the
    caller already has)."""
    categories = public_categories() if categories is None else categories
    return [PublicFeedback(feedback, categories) for feedback in queryset]


# The public fields that ``public_rows`` reads as plain values: the column behind each one, read as
# ``PublicFeedback`` shows it (the public version of the text; the address redacted).
ROW_COLUMNS = {
    "reference": "reference",
    "kind": "kind",
    "title": "public_title",
    "description": "public_description",
    "address": "address",
    "latitude": "latitude",
    "longitude": "longitude",
    "status": "status",
    "received_at": "received_at",
    "updated_at": "updated_at",
    "closed_at": "closed_at",
    "supporter_count": "supporter_count",
}
ROW_RELATIONS = frozenset({"category", "replies", "photos"})


def public_rows(queryset, fields, categories=None):
    """The lean twin of ``public_items``, for surfaces that build plain records: each row of ``queryset`` (from
    ``public_feedback()``, already filtered, sliced or paged) as a dict of the public ``fields`` alone, read with
    ``.values()`` instead of model instances. Plain values come from ``ROW_COLUMNS``; ``category`` is the item's
    ``PublicCategory``, ``replies`` its replies (each a dict of the ``body`` and ``created_at``) and ``photos`` the
    paths of its photos, both oldest first, as ``PublicFeedback`` gives them. A fixed number of queries however
    many rows there are."""
    columns = row_columns(fields)
    return public_records(list(queryset.values(*row_values(columns))), fields, columns, categories)


def public_row(reference, fields, categories=None):
    """``public_rows`` of the public item with this reference: a list of its record, or an empty one. Its
    queries are prepared (``prepared.PreparedQuery``), for the endpoints that answer for one item."""
    columns = row_columns(fields)
    return public_records(item_query(row_values(columns)).dicts(reference), fields, columns, categories)


def row_columns(fields):
    """{public field: its column} of the plain values among ``fields``, in ``ROW_COLUMNS``' order."""
    unknown = set(fields) - set(ROW_COLUMNS) - ROW_RELATIONS
    if unknown:
        raise TypeError(f"{sorted(unknown)} are not public feedback fields that rows can hold.")
    return {name: column for name, column in ROW_COLUMNS.items() if name in fields}


def row_values(columns):
    """What a row reads: its key and category, what the gate checks, and the columns."""
    return ("pk", "category_id", "category__code", *PUBLIC, *dict.fromkeys(columns.values()))


@cache
def item_query(values):
    return PreparedQuery(lambda reference: public_feedback().filter(reference=reference).values(*values)[:1])


REPLIES = PreparedQuery(
    lambda *pks: Reply.objects.filter(feedback_id__in=pks).values_list("feedback_id", "body", "created_at")
)
PHOTOS = PreparedQuery(lambda *pks: FeedbackPhoto.objects.filter(feedback_id__in=pks).values_list("feedback_id", "pk"))


def public_records(rows, fields, columns, categories):
    """``public_rows``' records from the rows read: each checked against the gate again, with its relations."""
    for row in rows:
        if any(row[lookup] != value for lookup, value in PUBLIC.items()):
            raise PermissionError(f"Feedback {row['pk']} is not public.")
    pks = padded([row["pk"] for row in rows]) if rows else []
    related = {}
    if "category" in fields:
        related["category"] = row_categories(rows, public_categories() if categories is None else categories)
    if "replies" in fields and pks:
        replies = REPLIES.rows(*pks)
        related["replies"] = grouped(((pk, (body, created)) for pk, body, created in replies), reply_row)
    if "photos" in fields and pks:
        related["photos"] = grouped(PHOTOS.rows(*pks), photo_path)
    records = []
    for row in rows:
        record = {name: row[column] for name, column in columns.items()}
        if "address" in record:
            record["address"] = redact(record["address"])
        for name, values in related.items():
            record[name] = values.get(row["pk"], ())
        records.append(record)
    return records


def row_categories(rows, categories):
    """{pk: PublicCategory} for the items of ``rows``, as ``PublicFeedback.category`` finds them: by code in
    ``categories``, or else the item's own category."""
    missing = {row["category_id"] for row in rows if row["category__code"] not in categories}
    own = FeedbackCategory.objects.select_related("service_area").in_bulk(missing) if missing else {}
    return {row["pk"]: categories.get(row["category__code"]) or PublicCategory(own[row["category_id"]]) for row in rows}


def reply_row(values):
    """A reply in a row, as ``PublicReply`` shows its text and time."""
    body, created_at = values
    return {"body": redact(body), "created_at": created_at}


def grouped(pairs, public_value):
    """{item pk: (public values…)} from (item pk, value) pairs in their order."""
    groups = {}
    for pk, value in pairs:
        groups.setdefault(pk, []).append(public_value(value))
    return {pk: tuple(values) for pk, values in groups.items()}


def public_replies(feedback, limit, categories):
    """The newest ``limit`` replies to the public items among ``feedback`` (a ``public_feedback()`` queryset,
    already filtered), as (PublicReply, PublicFeedback) pairs: the one way a surface lists replies apart from
    their item's page. The items are narrowed to the public ones again, whatever queryset is passed."""
    replies = Reply.objects.filter(feedback__in=feedback.filter(Q(**PUBLIC)).values("pk"))
    rows = replies.select_related("feedback__category").order_by("-created_at", "-pk")[:limit]
    return [(PublicReply(reply), PublicFeedback(reply.feedback, categories)) for reply in rows]


def public_feedback_for_display():
    """``public_feedback()`` with what every list shows loaded up front, so a page runs a fixed number of
    queries however many items it shows."""
    return public_feedback().select_related("category__service_area").prefetch_related("replies", "photos")
