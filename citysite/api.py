"""Wagtail's pages API v2: pages of both locales, filtered with ?locale=fi|en."""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

pages_api_router = WagtailAPIRouter("wagtailapi")
pages_api_router.register_endpoint("pages", PagesAPIViewSet)


def public_api_endpoints(endpoints):
    """drf-spectacular preprocessing hook: only the product's REST API v1 goes into the OpenAPI schema."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
