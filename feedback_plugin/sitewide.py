"""Site-wide values every public page shows: the navigation, the footer, the banner, the filter menus, the page
tree. Each process keeps them in memory and builds each one once. One version stamp, kept in Django's default
cache (stamps.py), says whether they are still what editors made them: a worker forgets its values when it has
changed. A save, publish or delete of a model the values are built from (``SITE_WIDE_MODELS``) writes a new stamp,
so the next request in every worker builds them again.

Only what editors publish goes here, never feedback items, the visitor's session or anything per user: a
moderator's change to an item must show at once, and it does not change the stamp."""

import time

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, sites
from wagtail.models.i18n import LocaleManager
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import stamps

STAMP_KEY = stamps.register("feedback_plugin.sitewide.stamp")

# The models site-wide values are built from. Each plugin and the site add their own in their AppConfig.ready()
# (register_site_wide_model), so this module imports none of them.
SITE_WIDE_MODELS = {Page, Site, Locale, PageViewRestriction}

MAX_HOSTS = 100

_values = {}
_stamp = None


def register_site_wide_model(model):
    """A model whose rows a site-wide value is built from: saving or deleting one forgets every value."""
    SITE_WIDE_MODELS.add(model)


def check_stamp():
    """Forget this process's values when another process (or a rolled-back test) has changed the stamp."""
    global _stamp
    stamp = stamps.current(STAMP_KEY)
    if stamp != _stamp:
        _values.clear()
        _stamp = stamp


def remembered(key, build, timeout=None):
    """The value under ``key``, built with ``build()`` when this process doesn't have it for the current stamp.
    ``timeout``, a function called when the value is built, bounds in seconds a value that changes with the time,
    such as bulletins that start or end."""
    check_stamp()
    now = time.monotonic()
    entry = _values.get(key)
    if entry is None or (entry[1] is not None and entry[1] <= now):
        entry = (build(), None if timeout is None else now + timeout())
        _values[key] = entry
    return entry[0]


def forget():
    """A new stamp now, in this process and for every other, and again once the change is committed: a worker
    that built its values from the data as it was before the commit builds them again."""
    _values.clear()
    stamps.renew(STAMP_KEY)
    transaction.on_commit(lambda: stamps.renew(STAMP_KEY))


def forget_on_change(sender, instance=None, **kwargs):
    if isinstance(instance, tuple(SITE_WIDE_MODELS)):
        forget()


def remember_locales(get_for_language):
    """Wagtail looks the active Locale up by its language code for each translated thing a page shows (ten times
    on the list page), through this one manager method: its answer becomes a site-wide value."""

    def remembered_locale(manager, language_code):
        return remembered(("locale", language_code), lambda: get_for_language(manager, language_code))

    return remembered_locale


def remember_sites(get_site_for_hostname):
    """Wagtail looks the request's Site up by host and port with a query on every request: its answer for each
    host and port becomes a site-wide value. Hosts are what ALLOWED_HOSTS let through; past ``MAX_HOSTS`` of
    them (a site that allows any host) a lookup is not kept."""

    def site_or_none(hostname, port):
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    def remembered_site(hostname, port):
        found = remembered("sites by host", dict)
        if (hostname, port) in found:
            site = found[hostname, port]
        else:
            site = site_or_none(hostname, port)
            if len(found) < MAX_HOSTS:
                found[hostname, port] = site
        if site is None:
            raise Site.DoesNotExist
        return site

    return remembered_site


def remember_site_root_paths(get_site_root_paths):
    """Wagtail keeps the sites' root paths in Django's cache, one cache read (a query with the database cache)
    for each request that makes a page URL: they become a site-wide value."""
    return staticmethod(lambda: remembered("site root paths", get_site_root_paths))


def connect():
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(forget_on_change, dispatch_uid="feedback_plugin.sitewide")
    register_site_wide_model(get_image_model())
    LocaleManager.get_for_language = remember_locales(LocaleManager.get_for_language)
    sites.get_site_for_hostname = remember_sites(sites.get_site_for_hostname)
    Site.get_site_root_paths = remember_site_root_paths(Site.get_site_root_paths)
