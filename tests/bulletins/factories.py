"""Factories for bulletins; they are published through a revision, as editors publish them."""

import datetime

import factory
from django.utils import timezone

from bulletin_plugin.models import Bulletin, Priority
from tests.factories import default_locale, locale
from tests.snippets import PublishedSnippetFactory


class BulletinFactory(PublishedSnippetFactory):
    class Meta:
        model = Bulletin

    locale = factory.LazyFunction(default_locale)
    title = factory.Sequence(lambda n: f"Bulletin {n}")
    body = "<p>What residents need to know.</p>"
    priority = Priority.URGENT
    valid_from = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    valid_until = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))


def translate_bulletin(bulletin, code, **fields):
    """The bulletin's translation into language ``code``, published."""
    translation = bulletin.copy_for_translation(locale(code))
    translation.categories = list(bulletin.categories.all())
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation
