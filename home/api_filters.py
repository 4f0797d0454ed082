"""The language rule that every plugin's API v1 list shares: ``?lang=fi|en``, else the Accept-Language header."""

import django_filters
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class LanguageFilterSet(django_filters.FilterSet):
    lang = django_filters.ChoiceFilter(
        choices=settings.LANGUAGES,
        method="filter_language",
        label=_("Language"),
        help_text=_("Content language. Without it, the Accept-Language header decides, then the site default."),
    )

    def filter_language(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        language = self.form.cleaned_data.get("lang") or get_language() or settings.LANGUAGE_CODE
        return super().filter_queryset(queryset).filter(locale__language_code=language)
