"""Site-wide error views."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults

from .middleware import API_PATH


def page_not_found(request, exception):
    """A JSON 404 for the APIs' unknown paths (Open311 in its error-list shape); the site's page otherwise."""
    if not API_PATH.match(request.path_info):
        return defaults.page_not_found(request, exception)
    message = _("Not found.")
    if request.path_info.startswith("/open311/"):
        return JsonResponse([{"code": 404, "description": message}], status=404, safe=False)
    return JsonResponse({"detail": message}, status=404)
