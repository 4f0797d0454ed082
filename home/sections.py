"""Entry points that plugins add to the home page and the main navigation.

A plugin registers a function under the hook ``register_site_section``. It receives the request and returns
a ``SiteSection`` (or ``None`` when it has nothing to show in the active language).
"""

from dataclasses import dataclass

from wagtail import hooks

SITE_SECTION_HOOK = "register_site_section"
SITE_BANNER_HOOK = "insert_site_banner"


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
    sections = (section_for(request) for section_for in hooks.get_hooks(SITE_SECTION_HOOK))
    return sorted((section for section in sections if section), key=lambda section: section.order)


def get_site_banners(request):
    """HTML fragments that plugins put in the site-wide banner region, such as urgent bulletins."""
    return [html for banner_for in hooks.get_hooks(SITE_BANNER_HOOK) if (html := banner_for(request))]
