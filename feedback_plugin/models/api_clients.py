"""Open311 clients: who may submit through the API with a key, and the tokens handed out for new requests."""

import hashlib
import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from .feedback import Feedback


def hash_key(key):
    # Keys are long random strings, so a plain SHA-256 is enough to keep them useless if the table leaks.
    return hashlib.sha256(key.encode()).hexdigest()


class ApiClientQuerySet(models.QuerySet):
    def with_key(self, key):
        """The active client owning this key, or None."""
        return self.filter(key_hash=hash_key(str(key)), is_active=True).first()


class ApiClient(models.Model):
    """A trusted system that may submit feedback through Open311. Its key is shown once, when it is created."""

    name = models.CharField(_("name"), max_length=120)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True, editable=False)
    key_prefix = models.CharField(
        _("key starts with"), max_length=8, editable=False, help_text=_("Tells keys apart without revealing them.")
    )
    is_active = models.BooleanField(
        _("active"), default=True, help_text=_("Clear this to revoke the key: the client can no longer submit.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = ApiClientQuerySet.as_manager()

    class Meta:
        verbose_name = _("API client")
        verbose_name_plural = _("API clients")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def issue_key(self):
        """Sets a new random key and returns it; only its hash is stored."""
        key = secrets.token_urlsafe(32)
        self.key_hash = hash_key(key)
        self.key_prefix = key[:8]
        return key


def new_request_token():
    return secrets.token_urlsafe(16)


class ServiceRequestToken(models.Model):
    """The Open311 ``token`` returned for a new request: it tells a client the request's id even before
    moderation. Separate from the resident's tracking token, which stays a secret for the resident."""

    feedback = models.OneToOneField(Feedback, on_delete=models.CASCADE, related_name="open311_token")
    token = models.CharField(_("token"), max_length=40, unique=True, default=new_request_token, editable=False)
    client = models.ForeignKey(
        ApiClient, verbose_name=_("API client"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("Open311 token")
        verbose_name_plural = _("Open311 tokens")

    def __str__(self):
        return self.token
