"""Admin for FAQs: topics and entries grouped under one menu item, with drafts, revisions and translations."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FAQ, FAQTopic


class FAQFilterSet(WagtailFilterSet):
    class Meta:
        model = FAQ
        fields = ["topic", "live", "categories"]


class FAQTopicViewSet(SnippetViewSet):
    model = FAQTopic
    icon = "folder-open-inverse"
    list_display = ["title", "sort_order"]
    ordering = ["sort_order", "title"]


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "topic", "sort_order", "live"]
    list_export = ["question", "topic", "sort_order", "live", "last_published_at"]
    filterset_class = FAQFilterSet
    search_fields = ["question", "answer"]
    ordering = ["topic__sort_order", "sort_order", "question"]
    panels = [
        FieldPanel("topic"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("sort_order"),
        FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
    ]


class FAQViewSetGroup(SnippetViewSetGroup):
    items = [FAQViewSet, FAQTopicViewSet]
    menu_label = _("FAQ")
    menu_icon = "help"
    menu_order = 210
