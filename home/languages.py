"""The one place that knows where the current page lives in each language."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str
    is_current: bool


def language_versions(request, page=None):
    """The current page in every site language, or the same path with another language prefix."""
    current = request.LANGUAGE_CODE
    page_urls = {}
    if isinstance(page, Page) and page.pk:
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            page_urls[translation.locale.language_code] = translation.get_url(request)
    path = request.get_full_path()
    return [
        LanguageVersion(
            code=code,
            name=name,
            url=page_urls.get(code) or translate_url(path, code),
            is_current=code == current,
        )
        for code, name in settings.LANGUAGES
    ]
