"""The one place that knows where the current page lives in each language."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from wagtail.models import Page

from feedback_plugin.sitewide import remembered


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
        page_urls = remembered(
            ("page translations", request.get_host(), page.translation_key), lambda: translations_of(page, request)
        )
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


def translations_of(page, request):
    """{language code: URL} of the page's live translations, the page itself included: a site-wide value."""
    translations = page.get_translations(inclusive=True).live().select_related("locale")
    return {translation.locale.language_code: translation.get_url(request) for translation in translations}
