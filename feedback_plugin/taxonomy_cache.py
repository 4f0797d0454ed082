"""What public reads build from the taxonomy (categories, their questions, service areas, locales), kept in each
worker under a version stamp in the shared cache.

The taxonomy changes rarely and is read on every request, so a worker keeps what it built, per language, for as
long as the shared stamp is the one it was built under. Any save or delete of those models gives the stamp a new
random value, so every worker rebuilds on its next read. The stamp changes when the change is made, and again once
it is committed: a worker that read the new stamp with the old rows before the commit doesn't keep them.
"""

import uuid

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.models import Locale

from .models import CategoryQuestion, FeedbackCategory, ServiceArea

VERSION_KEY = "feedback_plugin:taxonomy-version"
TAXONOMY_MODELS = (FeedbackCategory, CategoryQuestion, ServiceArea, Locale)

_built = {}


def taxonomy_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def new_taxonomy_version():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def taxonomy_cached(name, build):
    """``build()`` in the active language, built again only when the taxonomy has changed since."""
    key = (name, translation.get_language())
    version = taxonomy_version()
    built = _built.get(key)
    if built is None or built[0] != version:
        built = _built[key] = (version, build())
    return built[1]


def taxonomy_changed(sender, **kwargs):
    new_taxonomy_version()
    transaction.on_commit(new_taxonomy_version)


def connect_signals():
    for model in TAXONOMY_MODELS:
        post_save.connect(taxonomy_changed, sender=model, dispatch_uid=f"taxonomy:save:{model._meta.label}")
        post_delete.connect(taxonomy_changed, sender=model, dispatch_uid=f"taxonomy:delete:{model._meta.label}")
