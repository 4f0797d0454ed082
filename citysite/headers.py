"""Security headers that differ by part of the site: the Content-Security-Policy (django-csp's middleware, with the
admin's policy and the map tile servers added per request) and the Permissions-Policy."""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware
from django.conf import settings
from wagtailgeowidget import app_settings as geowidget_settings

from feedback_plugin.conf import feedback_setting

from .admin_paths import is_admin_path


def tile_origin(url_template):
    """The CSP source a Leaflet tile URL template loads from: a ``{s}`` subdomain becomes a wildcard."""
    parts = urlsplit(url_template.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme else parts.netloc


class SiteCSPMiddleware(CSPMiddleware):
    """The public policy is ``CONTENT_SECURITY_POLICY``, with images from the public maps' tile server; the admin
    gets ``CITYSITE_ADMIN_CSP``, with images from the admin map's tile server. A view that sets its own policy
    (the API docs, through django-csp's ``csp`` decorator) keeps it. The tile servers are read per request, so a
    city that configures another one is allowed exactly that host."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if is_admin_path(request.path):
            parts.config = settings.CITYSITE_ADMIN_CSP["DIRECTIVES"]
            tiles = geowidget_settings.GEO_WIDGET_LEAFLET_TILE_LAYER
        else:
            tiles = feedback_setting("MAP_TILE_URL")
        update = dict(parts.update or {})
        update["img-src"] = [*update.get("img-src", []), tile_origin(tiles)]
        parts.update = update
        return parts


class PermissionsPolicyMiddleware:
    """Every response denies the browser features in ``CITYSITE_PERMISSIONS_POLICY_DENIED``, except those its view
    already named in its own Permissions-Policy header: the feedback form allows geolocation for itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        own = response.get("Permissions-Policy", "")
        named = {directive.split("=")[0].strip() for directive in own.split(",")}
        denied = [f"{feature}=()" for feature in settings.CITYSITE_PERMISSIONS_POLICY_DENIED if feature not in named]
        response["Permissions-Policy"] = ", ".join(filter(None, [own, *denied]))
        return response
