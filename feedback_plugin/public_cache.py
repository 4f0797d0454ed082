"""Conditional GETs and Cache-Control for the public reads (API v1, Open311, the feeds and the public pages).

A public read answers with an ETag made from the site-wide public data version, a stamp that changes whenever
anything that the public surfaces show changes: an item created, published, hidden, edited, replied to,
supported, deleted; a photo; a category, its questions, area or unit; a published page. The stamp lives in the
shared default cache, so every worker sees a change at once; a read that finds no stamp (the cache was emptied)
sets a new one, which only makes every client fetch once more. The stamp changes after the change's transaction
commits, so no read can pair the new stamp with the old data.

A request that carries the current ETag in If-None-Match gets a 304 without its data being read, and a proxy or
CDN may keep a public read for ``PUBLIC_MAX_AGE`` seconds: once an item is hidden, no read revalidated after
that gives it out. Whatever belongs to one visitor never becomes public: a request with a session cookie (a
signed-in user, a page's password), a response that sets a cookie or carries a CSRF token, an error.
"""

import functools
import hashlib

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponseNotModified
from django.template.response import SimpleTemplateResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags, quote_etag
from wagtail.signals import page_published, page_unpublished

from . import stamps
from .conf import feedback_setting
from .models import CategoryQuestion, Feedback, FeedbackCategory, FeedbackPhoto, Reply, ResponsibleUnit, ServiceArea

VERSION_KEY = stamps.register("feedback_plugin:public-data-version")
PUBLIC_MODELS = (Feedback, FeedbackPhoto, Reply, FeedbackCategory, CategoryQuestion, ServiceArea, ResponsibleUnit)
READ_METHODS = ("GET", "HEAD")


def public_data_version():
    return stamps.current(VERSION_KEY)


def public_data_changed(**kwargs):
    """A new stamp once the current transaction commits (at once outside one)."""
    transaction.on_commit(lambda: stamps.renew(VERSION_KEY))


def connect_signals():
    for model in PUBLIC_MODELS:
        post_save.connect(public_data_changed, sender=model, dispatch_uid=f"public-data:save:{model._meta.label}")
        post_delete.connect(public_data_changed, sender=model, dispatch_uid=f"public-data:delete:{model._meta.label}")
    page_published.connect(public_data_changed, dispatch_uid="public-data:page-published")
    page_unpublished.connect(public_data_changed, dispatch_uid="public-data:page-unpublished")


def may_be_public(request):
    """Whether a read may be answered from the public data alone: a GET by a visitor without a session."""
    return request.method in READ_METHODS and settings.SESSION_COOKIE_NAME not in request.COOKIES


def public_etag(request, *variant):
    """The ETag of this read of the current public data: it changes with the stamp, the day (the reads whose
    window ends today), the URL, the language and ``variant`` (the format, a time bucket), and with the
    visitor's CSRF cookie, so that a page with a form never revalidates with a token of another cookie."""
    parts = (
        public_data_version(),
        timezone.now().date().isoformat(),
        request.get_full_path(),
        translation.get_language(),
        request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""),
        *variant,
    )
    return quote_etag(hashlib.sha256("\n".join(map(str, parts)).encode()).hexdigest()[:32])


def is_current(request, etag):
    return etag in parse_etags(request.headers.get("If-None-Match", ""))


def is_personal(request, response):
    """Whether the response belongs to one visitor: it sets a cookie, or it holds a CSRF token (Django then
    marks the request to send the cookie again)."""
    return bool(response.cookies) or bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def mark_public_read(request, response, etag, shared=True, vary=()):
    """ETag and Cache-Control on a public read's 200 or 304; any other answer is left as it is."""
    if response.status_code not in (200, 304):
        return response
    response["ETag"] = etag
    if shared and not is_personal(request, response):
        patch_cache_control(response, public=True, max_age=feedback_setting("PUBLIC_MAX_AGE"))
    else:
        patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, vary)
    return response


def public_read(view=None, *, shared=True):
    """A page's route (``def view(self, request, ...)``) as a public read. ``shared=False`` for a page that
    carries a form's CSRF token: browsers may revalidate it, proxies never keep it.

    Pages also show what changes with time alone (banners, sections), so their ETag changes every
    ``PUBLIC_MAX_AGE`` seconds as well."""
    if view is None:
        return functools.partial(public_read, shared=shared)

    @functools.wraps(view)
    def serve(page, request, *args, **kwargs):
        if not may_be_public(request):
            return view(page, request, *args, **kwargs)
        etag = public_etag(request, int(timezone.now().timestamp() // feedback_setting("PUBLIC_MAX_AGE")))
        if is_current(request, etag):
            return mark_public_read(request, HttpResponseNotModified(), etag, shared)
        response = view(page, request, *args, **kwargs)
        if isinstance(response, SimpleTemplateResponse) and not response.is_rendered:
            # The CSRF token, if any, is taken while the template renders.
            response.add_post_render_callback(lambda rendered: mark_public_read(request, rendered, etag, shared))
            return response
        return mark_public_read(request, response, etag, shared)

    return serve
