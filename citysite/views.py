"""The APIs' answers where no API view answers: an unknown path, and a server error."""

import re

from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from rest_framework.exceptions import APIException

from feedback_plugin.api.errors import api_error_response
from feedback_plugin.open311.errors import open311_error_response

# Language-neutral machine interfaces: their 404 is an answer, not a page missing its /fi/ prefix, and their
# errors are in their own format.
API_PATH = re.compile(r"^/(api|open311)/")


def api_not_found(request):
    """Any path under /api/ that no API route matches, in the shape of the API it is under (Wagtail's pages
    API says ``message``). A route rather than a 404 handler: under DEBUG, Django answers a path that matches
    no route with its HTML technical page and never calls the handler."""
    if request.path_info.startswith("/api/v2/"):
        return JsonResponse({"message": _("Not found.")}, status=404)
    return api_error_response(404, _("Not found."))


def server_error(request):
    """A 500 from the APIs in their error shape (Open311: the error list, XML for a ``.xml`` path)."""
    if not API_PATH.match(request.path_info):
        return defaults.server_error(request)
    message = str(APIException.default_detail)
    if request.path_info.startswith("/open311/"):
        return open311_error_response(request, 500, message)
    return api_error_response(500, message)
