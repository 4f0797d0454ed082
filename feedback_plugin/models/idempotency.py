"""Idempotency keys: a client's name for one submission, kept with the answer it got."""

import json

from django.db import models
from django.utils.translation import gettext_lazy as _

from .feedback import Feedback


class IdempotencyKey(models.Model):
    """Stored in the transaction that stores the feedback, so a key exists exactly when its item does. A
    retry with the same key and body gets ``status`` and ``answer`` again instead of a second item."""

    scope = models.CharField(_("scope"), max_length=80, help_text=_("The client the key belongs to."))
    key = models.CharField(_("key"), max_length=255)
    fingerprint = models.CharField(_("fingerprint"), max_length=64, help_text=_("SHA-256 of the request body."))
    feedback = models.ForeignKey(Feedback, verbose_name=_("feedback"), on_delete=models.CASCADE, related_name="+")
    status = models.PositiveSmallIntegerField(_("status"))
    # Text rather than a JSONField: PostgreSQL's jsonb reorders an object's keys, and a replay must be the same
    # body, byte for byte.
    answer = models.TextField(_("answer"), help_text=_("The answer's data as JSON."))
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("idempotency key")
        verbose_name_plural = _("idempotency keys")
        constraints = [models.UniqueConstraint(fields=["scope", "key"], name="unique_idempotency_key_per_scope")]

    def __str__(self):
        return self.key

    def answer_data(self):
        return json.loads(self.answer)
