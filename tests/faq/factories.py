"""Factories for FAQ topics and entries; entries are published through a revision, as editors publish them."""

import factory

from faq_plugin.models import FAQ, FAQTopic
from tests.factories import default_locale, locale
from tests.snippets import PublishedSnippetFactory


class FAQTopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQTopic

    locale = factory.LazyFunction(default_locale)
    title = factory.Sequence(lambda n: f"Topic {n}")
    sort_order = factory.Sequence(lambda n: n)


class FAQFactory(PublishedSnippetFactory):
    class Meta:
        model = FAQ

    locale = factory.LazyFunction(default_locale)
    topic = factory.SubFactory(FAQTopicFactory, locale=factory.SelfAttribute("..locale"))
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = "<p>The answer.</p>"


def translate_faq(faq, code, **fields):
    """The entry's translation into language ``code``, published."""
    target = locale(code)
    topic = faq.topic.get_translation_or_none(target)
    if topic is None:
        topic = faq.topic.copy_for_translation(target)
        topic.title = f"{faq.topic.title} ({code})"
        topic.save()
    translation = faq.copy_for_translation(target)
    translation.topic = topic
    translation.categories = list(faq.categories.all())
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    translation.save_revision().publish()
    return translation
