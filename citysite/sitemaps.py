"""The sitemap: the pages of every language, each naming its language versions with hreflang alternates."""

import operator
from collections import defaultdict
from functools import reduce

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class TranslatedPagesSitemap(Sitemap):
    """Wagtail's sitemap lists the Site's root page tree only, and each language has a tree of its own (the
    root page's translations): this one lists them all."""

    def site_pages(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        return Page.objects.live().public().filter(reduce(operator.or_, (Q(path__startswith=r.path) for r in roots)))

    def items(self):
        return self.site_pages().order_by("path").defer_streamfields().specific()

    def language_versions(self):
        """Each page's URL → the URLs of all its language versions, itself included, as the template wants."""
        groups = defaultdict(list)
        for page in self.site_pages().select_related("locale"):
            groups[page.translation_key].append(
                {"lang_code": page.locale.language_code, "location": page.get_full_url(self.request)}
            )
        return {version["location"]: group for group in groups.values() for version in group}

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        versions = self.language_versions()
        for url_info in urls:
            url_info["alternates"] = versions.get(url_info["location"], [])
        return urls
