"""Composes the site: Wagtail, the plugins' URLs and API routers, language prefixes."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import pages, views
from .api import EnglishSchemaView, OfflineRedocView, OfflineSwaggerView, pages_api_router, v1_router
from .health import LivenessView, ReadinessView
from .sitemaps import TranslatedPagesSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", pages_api_router.urls),
    path("api/v1/", include(v1_router.urls)),
    path("api/schema/", EnglishSchemaView.as_view(), name="schema"),
    path("api/docs/", OfflineSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/docs/redoc/", OfflineRedocView.as_view(url_name="schema"), name="redoc"),
    # Probes: outside the language prefixes, no session, no rate limit.
    path("health/live", LivenessView.as_view(), name="health-live"),
    path("health/ready", ReadinessView.as_view(), name="health-ready"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
]

# The feedback plugin's language-neutral URLs (photos, GeoJSON, Open311) and its language-prefixed resident
# endpoints. The FAQ and bulletin plugins need no URLs of their own: their pages are Wagtail pages and their
# APIs are in v1_router.
urlpatterns.append(path("", include("feedback_plugin.urls")))

# The city's theme: its stylesheet, the web app manifest and the favicon, at the paths browsers look for them.
urlpatterns.append(path("", include("home.urls")))

# Last of the language-neutral routes: every other path under /api/ is a JSON 404, also under DEBUG.
urlpatterns.append(re_path(r"^api/", views.api_not_found))

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("", include("feedback_plugin.public.urls")),
    # wagtail.urls, its page serving through the page tree kept site-wide.
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, pages.serve, name="wagtail_serve"),
)

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = (
        staticfiles_urlpatterns() + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
    )

handler500 = "citysite.views.server_error"
