"""Helpers for snippets with drafts and revisions (FAQs, bulletins): published the way editors publish them."""

import json

import factory


class PublishedSnippetFactory(factory.django.DjangoModelFactory):
    """Creates the snippet as a draft, links its categories, then publishes a revision unless publish=False."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    live = False

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories = extracted
            self.save()

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        if create and extracted is not False:
            self.save_revision().publish()
            self.refresh_from_db()


def draftail(text):
    """A rich text field's value as the admin's Draftail editor posts it."""
    block = {"key": "a1b2c", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})
