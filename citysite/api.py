"""The site's APIs: one REST API v1 router composed from the plugins' routers, and Wagtail's pages API v2."""

from importlib import import_module

from csp.constants import NONE, SELF, UNSAFE_INLINE
from csp.decorators import csp
from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.decorators import method_decorator
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

pages_api_router = WagtailAPIRouter("wagtailapi")
pages_api_router.register_endpoint("pages", PagesAPIViewSet)


def plugin_api_routers():
    """Each installed plugin's ``<plugin>.api.urls.router``, if it has one."""
    for plugin in ["feedback_plugin", *settings.OPTIONAL_PLUGINS]:
        if not apps.is_installed(plugin):
            continue
        try:
            module = import_module(f"{plugin}.api.urls")
        except ModuleNotFoundError as error:
            if error.name in (f"{plugin}.api", f"{plugin}.api.urls"):
                continue  # this plugin has no API
            raise
        yield module.router


def build_v1_router():
    router = DefaultRouter()
    for plugin_router in plugin_api_routers():
        router.registry.extend(plugin_router.registry)
    return router


v1_router = build_v1_router()


def public_api_endpoints(endpoints):
    """drf-spectacular preprocessing hook: only the product's REST API v1 goes into the OpenAPI schema."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


class EnglishSchemaView(SpectacularAPIView):
    """The OpenAPI schema, in English whatever the request's language: its summaries are English, and the
    model labels, help texts and choices it also shows are lazy translations that would follow the request."""

    def dispatch(self, request, *args, **kwargs):
        with translation.override("en"):
            response = super().dispatch(request, *args, **kwargs)
            response.render()  # here, while English is active: the lazy strings become text now
        response["Content-Language"] = "en"
        return response


# The API docs' own policy: Swagger UI and ReDoc run only the site's own scripts (Swagger UI's start-up script is a
# file of its own), but both style themselves with inline <style> elements, and ReDoc searches in a blob: worker.
# Loading only the site's own files also stops the Redocly logo that ReDoc's sidebar footer always requests from
# cdn.redoc.ly (no ReDoc option hides it; ReDoc hides the image when it fails to load).
API_DOCS_POLICY = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:"],
    "connect-src": [SELF],
    "worker-src": [SELF, "blob:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}


@method_decorator(csp(API_DOCS_POLICY), name="dispatch")
class OfflineSwaggerView(SpectacularSwaggerSplitView):
    """Swagger UI served wholly from the site, its start-up script from this view's ``?script`` URL."""


@method_decorator(csp(API_DOCS_POLICY), name="dispatch")
class OfflineRedocView(SpectacularRedocView):
    """ReDoc served wholly from the site. The template drops the Google Fonts links."""

    template_name = "api/redoc.html"
