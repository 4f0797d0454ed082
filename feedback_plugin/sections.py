"""The extension points this plugin offers to other plugins and to the site.

- Site sections: a plugin registers a function under ``register_site_section``. It receives the request and
  returns a ``SiteSection`` (or ``None`` when it has nothing to show in the active language). The site shows
  them on its home page and in its main navigation (the ``site_sections`` tag in ``feedback_site_tags``).
- Site banners: a function under ``insert_site_banner`` returns an HTML fragment for the site-wide banner
  region, such as urgent bulletins, or "" (the ``site_banners`` tag).
- Form help: a function under ``feedback_category_help`` is called as
  ``fn(request, category, latitude, longitude)``: ``category`` is a FeedbackCategory in the active language,
  ``latitude``/``longitude`` are Decimals or None. It returns an HTML string, or "" when it has nothing for
  that category. Collapsible items should be ``<details data-help-id="...">``: the form records which ones the
  resident opened (``Feedback.opened_help``), so the city can see how often help answered the question.
"""

from dataclasses import dataclass

from django.utils.html import format_html_join
from django.utils.translation import get_language
from wagtail import hooks

from .sitewide import remembered

SITE_SECTION_HOOK = "register_site_section"
SITE_BANNER_HOOK = "insert_site_banner"
HELP_HOOK = "feedback_category_help"


@dataclass(frozen=True)
class SiteSection:
    title: str
    description: str
    url: str
    order: int = 100

    @classmethod
    def for_page(cls, page, request, description, order):
        """The section a page opens, or None when there is no such page in the active language."""
        if page is None:
            return None
        return cls(title=page.title, description=description, url=page.get_url(request), order=order)


def get_site_sections(request):
    """The sections of the request's site in the active language, built once until an editor changes a page."""

    def build():
        sections = (section_for(request) for section_for in hooks.get_hooks(SITE_SECTION_HOOK))
        return sorted((section for section in sections if section), key=lambda section: section.order)

    return remembered(("site sections", request.get_host(), get_language()), build)


def get_site_banners(request):
    """HTML fragments that plugins put in the site-wide banner region, such as urgent bulletins."""
    return [html for banner_for in hooks.get_hooks(SITE_BANNER_HOOK) if (html := banner_for(request))]


def category_help(request, category, latitude=None, longitude=None):
    """The fragments every registered plugin gives for this category and place, joined into one HTML string."""
    fragments = [fn(request, category, latitude, longitude) for fn in hooks.get_hooks(HELP_HOOK)]
    return format_html_join("", "{}", ((fragment,) for fragment in fragments if fragment))
