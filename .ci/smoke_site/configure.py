"""Adds the plugins to a site fresh from `wagtail start`, as docs/plugins.md tells a city to.

Run from the new site's directory with the project's name: `python configure.py citysmoke`. It edits the
stock settings, URLs and base template, and stops with an error if any of them is not as expected.
"""

import sys
from pathlib import Path

SETTINGS = """
# The city feedback plugins (docs/plugins.md).
INSTALLED_APPS = [
    "feedback_plugin",
    "faq_plugin",
    "bulletin_plugin",
    *INSTALLED_APPS,
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtailgeowidget",
    "rest_framework",
]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.contrib.sessions.middleware.SessionMiddleware") + 1,
    "django.middleware.locale.LocaleMiddleware",
)
WAGTAIL_I18N_ENABLED = True
LANGUAGE_CODE = "fi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("fi", "Suomi"), ("en", "English")]
# Residents' photos are private: a storage of their own, outside MEDIA_ROOT.
STORAGES["feedback_photos"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": BASE_DIR / "private-media"},
}
# The smoke test submits the form the moment it has loaded it; a resident takes longer than the bot check's 3 s.
FEEDBACK_PLUGIN = {"FORM_MIN_FILL_SECONDS": 0}
"""

STOCK_PAGES = """urlpatterns = urlpatterns + [
    # For anything not caught by a more specific rule above, hand over to
    # Wagtail's page serving mechanism. This should be the last pattern in
    # the list:
    path("", include(wagtail_urls)),
    # Alternatively, if you want Wagtail pages to be served from a subpath
    # of your site, rather than the site root:
    #    path("pages/", include(wagtail_urls)),
]
"""

PLUGIN_URLS = """from django.conf.urls.i18n import i18n_patterns
from rest_framework.routers import DefaultRouter

from bulletin_plugin.api.urls import router as bulletin_router
from faq_plugin.api.urls import router as faq_router
from feedback_plugin.api.urls import router as feedback_router

# REST API v1: one router composed from the plugins' routers.
v1_router = DefaultRouter()
for plugin_router in (feedback_router, faq_router, bulletin_router):
    v1_router.registry.extend(plugin_router.registry)

urlpatterns += [
    path("api/v1/", include(v1_router.urls)),
    # Photos, GeoJSON and Open311: language-neutral.
    path("", include("feedback_plugin.urls")),
]

urlpatterns = urlpatterns + i18n_patterns(
    # Tracking, help and "me too" views of the feedback pages, under the language prefix.
    path("", include("feedback_plugin.public.urls")),
    path("", include(wagtail_urls)),
)
"""

STOCK_HEAD = "{% block extra_css %}"
PLUGIN_HEAD = "{% block extra_head %}{% endblock %}\n        {% block extra_css %}"


def replace_once(path, old, new):
    text = path.read_text()
    if text.count(old) != 1:
        sys.exit(f"configure: {path} is not as `wagtail start` writes it: {old!r} not found once")
    path.write_text(text.replace(old, new))


def main(project):
    package = Path(project)
    with (package / "settings" / "base.py").open("a") as settings:
        settings.write(SETTINGS)
    replace_once(package / "urls.py", STOCK_PAGES, PLUGIN_URLS)
    # The plugins' pages put their styles and scripts in the `extra_head` block of base.html.
    replace_once(package / "templates" / "base.html", STOCK_HEAD, PLUGIN_HEAD)


if __name__ == "__main__":
    main(sys.argv[1])
