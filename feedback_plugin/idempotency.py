"""``Idempotency-Key`` (IETF draft-ietf-httpapi-idempotency-key-header) for submissions on every channel.

A client names a submission with a key of its choosing (the form with one made when it is shown). The key is
stored with the item, in the same transaction, so a retry after a lost or failed answer gets the first answer
again and stores nothing. Keys are scoped by client: the API key when there is one, otherwise the channel. The
same key with another body is refused with a 422; a refused submission spends no key, so it can be corrected
and sent again under it.
"""

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .conf import feedback_setting
from .models import IdempotencyKey

HEADER = "Idempotency-Key"
# Not in the draft; the name the common implementations use for an answer that is a replay.
REPLAYED_HEADER = "Idempotent-Replayed"
# Visible ASCII, long enough that clients choosing their own keys (a UUID, say) don't share one by chance.
KEY_PATTERN = re.compile(r"[\x21-\x7e]{16,255}")


class KeyRejected(Exception):
    """A malformed key (400), or a key already spent on another body (422)."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


def new_key():
    return secrets.token_urlsafe(24)


def upload_digest(value):
    """An uploaded file in a fingerprint: its name and its content's hash, read in chunks and rewound."""
    if not hasattr(value, "chunks"):
        raise TypeError(f"{type(value).__name__} can't be part of a request fingerprint")
    digest = hashlib.sha256()
    for chunk in value.chunks():
        digest.update(chunk)
    value.seek(0)
    return [value.name, digest.hexdigest()]


def fingerprint(fields):
    """SHA-256 of a request's parsed body, {name: value or [values]} with files as values. Parsed rather than
    raw: a client's multipart boundary changes from one try to the next."""
    canonical = json.dumps(fields, sort_keys=True, default=upload_digest, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def form_fields(*querydicts, exclude=()):
    """Form or multipart data (QueryDicts: the fields, the files) as one dict of value lists."""
    return {name: data.getlist(name) for data in querydicts for name in data if name not in exclude}


@dataclass
class IdempotentSubmission:
    """One keyed submission. ``answer(feedback)`` gives (status, JSON data) of the answer to keep."""

    scope: str
    key: str
    fingerprint: str
    answer: Any

    def previous(self):
        """The kept answer for this key, or None; KeyRejected if the key was spent on another body."""
        stored = IdempotencyKey.objects.filter(scope=self.scope, key=self.key).first()
        if stored is not None and stored.fingerprint != self.fingerprint:
            raise KeyRejected(422, _("This Idempotency-Key was already used for a different request."))
        return stored

    def store(self, feedback):
        """Keeps the answer for the new item: called inside the transaction that stores it."""
        status, answer = self.answer(feedback)
        IdempotencyKey.objects.create(
            scope=self.scope,
            key=self.key,
            fingerprint=self.fingerprint,
            feedback=feedback,
            status=status,
            answer=json.dumps(answer),
        )


def keyed_submission(key, scope, fields, answer):
    """The IdempotentSubmission for a request's key, or None without one."""
    if key is None:
        return None
    if not KEY_PATTERN.fullmatch(key):
        raise KeyRejected(400, _("An Idempotency-Key is 16–255 visible ASCII characters, for example a UUID."))
    return IdempotentSubmission(scope, key, fingerprint(fields), answer)


def respond(submission, create, replay):
    """``create()``'s answer, unless the key already has one: then ``replay(stored)``. A concurrent request
    with the same key that commits first makes this one's insert fail, which rolls its item back; it then
    replays the winner's answer."""
    if submission is None:
        return create()
    stored = submission.previous()
    if stored is None:
        try:
            return create()
        except IntegrityError:
            stored = submission.previous()
            if stored is None:
                raise
    return replay(stored)


def clear_expired():
    """Deletes keys past their kept time; returns how many."""
    cutoff = timezone.now() - timedelta(hours=feedback_setting("IDEMPOTENCY_KEY_HOURS"))
    deleted, _by_model = IdempotencyKey.objects.filter(created_at__lt=cutoff).delete()
    return deleted
