"""Composes the site: Wagtail, the plugins' URLs and API routers, language prefixes."""

from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularSwaggerView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from . import views
from .api import EnglishSchemaView, OfflineRedocView, pages_api_router, v1_router
from .sitemaps import TranslatedPagesSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", pages_api_router.urls),
    path("api/v1/", include(v1_router.urls)),
    path("api/schema/", EnglishSchemaView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("api/docs/redoc/", OfflineRedocView.as_view(url_name="schema"), name="redoc"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedPagesSitemap}}, name="sitemap"),
]

# Each plugin brings its own language-neutral URLs (APIs, photo views) and its language-prefixed pages.
localized_plugin_urls = []
for plugin in ["feedback_plugin", *settings.OPTIONAL_PLUGINS]:
    if not apps.is_installed(plugin):
        continue
    if find_spec(f"{plugin}.urls"):
        urlpatterns.append(path("", include(f"{plugin}.urls")))
    if find_spec(f"{plugin}.urls_localized"):
        localized_plugin_urls.append(path("", include(f"{plugin}.urls_localized")))

# Last of the language-neutral routes: every other path under /api/ is a JSON 404, also under DEBUG.
urlpatterns.append(re_path(r"^api/", views.api_not_found))

urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    *localized_plugin_urls,
    path("", include(wagtail_urls)),
)

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns = (
        staticfiles_urlpatterns() + static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns
    )

handler500 = "citysite.views.server_error"
