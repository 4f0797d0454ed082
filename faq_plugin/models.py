"""FAQ topics and entries (translatable snippets with drafts and revisions) and the FAQ index page."""

import json
import re

from django.db import models
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Locale, Page, RevisionMixin, TranslatableMixin
from wagtail.rich_text import expand_db_html
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField

from feedback_plugin.models.taxonomy import default_language_categories

NOT_A_WORD = re.compile(r"[^\w\s]|[\x00-\x1f\x7f]")
ANSWER_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "image"]


class FAQTopic(TranslatableMixin, models.Model):
    title = models.CharField(_("title"), max_length=120)
    sort_order = models.PositiveIntegerField(_("order"), default=100)

    override_translatable_fields = [SynchronizedField("sort_order")]
    panels = [FieldPanel("title"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ topic")
        verbose_name_plural = _("FAQ topics")
        ordering = ["sort_order", "title"]

    def __str__(self):
        return self.title


class FAQQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def published(self, language_code=None):
        """Live entries in one language (the active one by default), in topic order."""
        # A locale, not a join on its language code: search results are filtered by the locale's id only.
        locale = Locale.objects.get_for_language(language_code) if language_code else Locale.get_active()
        return (
            self.filter(live=True, locale=locale)
            .select_related("topic")
            .order_by("topic__sort_order", "topic__title", "sort_order", "question")
        )

    def for_category(self, category):
        """Entries linked to the category, matched by its code so that every language finds them."""
        return self.filter(categories__code=category.code).distinct()


class FAQ(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    """A question and its answer, ordered within a topic and linked to zero or more feedback categories."""

    topic = models.ForeignKey(FAQTopic, verbose_name=_("topic"), on_delete=models.PROTECT, related_name="faqs")
    question = models.CharField(_("question"), max_length=255)
    answer = RichTextField(_("answer"), features=ANSWER_FEATURES)
    sort_order = models.PositiveIntegerField(
        _("order within the topic"), default=100, help_text=_("Smaller numbers come first.")
    )
    categories = ParentalManyToManyField(
        "feedback_plugin.FeedbackCategory",
        verbose_name=_("feedback categories"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_categories,
        help_text=_("The feedback form shows this entry when a resident picks one of these categories."),
    )

    objects = FAQQuerySet.as_manager()
    override_translatable_fields = [SynchronizedField("sort_order"), SynchronizedField("categories")]
    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.FilterField("live"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        ordering = ["topic__sort_order", "sort_order", "question"]

    def __str__(self):
        return self.question

    @property
    def anchor(self):
        return f"faq-{self.pk}"


def faq_page_json_ld(faqs):
    """schema.org FAQPage structured data, safe to put inside a <script> element."""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "acceptedAnswer": {"@type": "Answer", "text": strip_tags(expand_db_html(faq.answer)).strip()},
            }
            for faq in faqs
        ],
    }
    text = json.dumps(data, ensure_ascii=False)
    # The same escapes as Django's json_script: nothing in the data can close the <script> element.
    return mark_safe(text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026"))


class FAQIndexPage(Page):
    """The FAQ section: every topic with its questions, and a search over questions and answers."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [APIField("intro")]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("FAQ index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Residents search with words. Quotes, operators and control characters would reach the search
        # backend's query syntax (an unmatched quote or a NUL fails in SQLite FTS), so they become spaces.
        query = " ".join(NOT_A_WORD.sub(" ", request.GET.get("q", "")).split())[:200]
        faqs = FAQ.objects.published(self.locale.language_code)
        if query:
            results = faqs.search(query)
            context["search_results"] = list(results)
        faqs = list(faqs)
        topics = {}
        for faq in faqs:
            topics.setdefault(faq.topic, []).append(faq)
        context.update(query=query, topics=list(topics.items()), json_ld=faq_page_json_ld(faqs))
        return context
