"""The site's APIs: one REST API v1 router composed from the plugins' routers, and Wagtail's pages API v2."""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.utils import translation
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView
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


class OfflineRedocView(SpectacularRedocView):
    """ReDoc served wholly from the site. The template drops the Google Fonts links; the policy lets the page
    load only the site's own files, which stops the Redocly logo that ReDoc's sidebar footer always requests
    from cdn.redoc.ly (no ReDoc option hides it; ReDoc hides the image when it fails to load)."""

    template_name = "api/redoc.html"
    # ReDoc styles itself with inline <style> elements and runs its search in a blob: worker.
    content_security_policy = (
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:"
    )

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Security-Policy"] = self.content_security_policy
        return response
