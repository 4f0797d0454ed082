"""Offline reading and unsent drafts: the service worker, served from the site root so that its scope is the whole
site, and the page it shows for a page that was never read online."""

import hashlib
import json

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from ..conf import feedback_setting

# The plugin's own files every offline page may need; the registration script adds the site's (its style sheet).
PRECACHED_STATIC = (
    "feedback_plugin/feedback.css",
    "feedback_plugin/feedback_form.js",
    "feedback_plugin/offline.js",
    "feedback_plugin/offline_draft.js",
)
TOKEN_PLACEHOLDER = "TOKEN"  # noqa: S105 (a stand-in for a tracking token in a URL pattern)


def tracking_paths():
    """Where the secret tracking pages and their photos live, in every language: never cached on a device."""
    paths = [reverse("feedback_photos:tracking", args=[TOKEN_PLACEHOLDER, 0])]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("feedback_plugin:track", args=[TOKEN_PLACEHOLDER]))
    return [path.split(TOKEN_PLACEHOLDER)[0] for path in paths]


def offline_pages():
    """The offline page's address in each language, by language code."""
    pages = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            pages[code] = reverse("feedback_plugin:offline")
    return pages


def worker_config():
    precached = [static(path) for path in PRECACHED_STATIC]
    pages = offline_pages()
    return {
        # A deploy that changes a precached file changes its hashed URL, so the version and the worker's bytes: the
        # browser installs the new worker, which drops the old caches.
        "version": hashlib.sha256(json.dumps([precached, pages]).encode()).hexdigest()[:16],
        "precache": precached + list(pages.values()),
        "offlinePages": pages,
        "defaultLanguage": settings.LANGUAGE_CODE,
        "staticUrl": settings.STATIC_URL,
        # Without hashed names a static file keeps its URL when it changes: read from the network first then.
        "staticHashed": isinstance(staticfiles_storage, ManifestFilesMixin),
        "neverCache": [*feedback_setting("OFFLINE_NEVER_CACHE_PATHS"), *tracking_paths()],
    }


@require_GET
def service_worker(request):
    script = render_to_string("feedback_plugin/offline/service_worker.js", {"config": json.dumps(worker_config())})
    response = HttpResponse(script, content_type="application/javascript; charset=utf-8")
    # The browser checks for a new worker on every navigation; no-cache makes that check reach the server.
    response["Cache-Control"] = "no-cache"
    response["Service-Worker-Allowed"] = "/"
    return response


@require_GET
def offline_page(request):
    return render(request, "feedback_plugin/offline/offline_page.html")
