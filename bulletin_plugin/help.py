"""Where bulletins surface outside their own section: the site-wide banner, the feedback form, the navigation."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from feedback_plugin.sections import SiteSection
from feedback_plugin.sitewide import remembered

from .models import Bulletin
from .pages import BulletinIndexPage


def bulletin_index_page():
    page = BulletinIndexPage.objects.live().first()
    return page and page.localized


def with_urls(bulletins, request):
    index = bulletin_index_page()
    return index.linked(bulletins, request) if index else [(bulletin, None) for bulletin in bulletins]


def bulletin_banner(request):
    """Active urgent and notice bulletins in the active language, for the banner under the site header: kept until
    an editor changes a bulletin, or one starts or ends."""

    def build():
        bulletins = list(Bulletin.objects.live_in().for_banner())
        if not bulletins:
            return ""
        return render_to_string(
            "bulletin_plugin/banner.html", {"bulletins": with_urls(bulletins, request)}, request=request
        )

    key = ("bulletin banner", request.get_host(), get_language())
    return remembered(key, build, timeout=lambda: Bulletin.objects.live_in().seconds_until_next_change())


def bulletins_for_form(category, latitude, longitude):
    """Active bulletins of the category (unless their area excludes the chosen spot), and bulletins with no
    category whose area covers the chosen spot. Each comes with whether it covers the spot."""
    located = latitude is not None and longitude is not None
    chosen = []
    for bulletin in Bulletin.objects.live_in().active().prefetch_related("categories"):
        covers = bulletin.covers(latitude, longitude)
        codes = {linked.code for linked in bulletin.categories.all()}
        if category.code in codes:
            if not (located and bulletin.has_area and not covers):
                chosen.append((bulletin, covers))
        elif covers and not codes:
            chosen.append((bulletin, covers))
    return chosen


def bulletin_category_help(request, category, latitude, longitude):
    chosen = bulletins_for_form(category, latitude, longitude)
    if not chosen:
        return ""
    index = bulletin_index_page()
    items = [
        (bulletin, covers, index.bulletin_url(bulletin, request) if index else None) for bulletin, covers in chosen
    ]
    return render_to_string("bulletin_plugin/category_help.html", {"items": items}, request=request)


def bulletin_site_section(request):
    return SiteSection.for_page(
        bulletin_index_page(), request, _("Current announcements, such as snow ploughing and roadworks."), order=40
    )
