"""API v1's filter set for translated content in one language. Feedback's is ``feedback_plugin.filters``."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from ..filters import StrictFilterSet


class LanguageFilterSet(StrictFilterSet):
    """Lists of translated content in one language: ``?lang=fi|en``, else the Accept-Language header. The
    view's ``LanguageAPIMixin`` activates the language; this documents the parameter and filters by it."""

    lang = filters.ChoiceFilter(
        choices=settings.LANGUAGES,
        method="filter_language",
        label=_("Language"),
        help_text=_("Content language. Without it, the Accept-Language header decides, then the site default."),
    )

    def filter_language(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset).filter(locale__language_code=get_language())
