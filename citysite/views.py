"""The APIs' answers where no API view answers: an unknown path, and a server error."""

import re

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from rest_framework.exceptions import APIException

from feedback_plugin.open311.renderers import document

# Language-neutral machine interfaces: their 404 is an answer, not a page missing its /fi/ prefix, and their
# errors are in their own format.
API_PATH = re.compile(r"^/(api|open311)/")


def api_not_found(request):
    """Any path under /api/ that no API route matches, in the shape of the API it is under (Wagtail's pages
    API says ``message``). A route rather than a 404 handler: under DEBUG, Django answers a path that matches
    no route with its HTML technical page and never calls the handler."""
    key = "message" if request.path_info.startswith("/api/v2/") else "detail"
    return JsonResponse({key: _("Not found.")}, status=404)


def server_error(request):
    """A 500 from the APIs in their error shape (Open311: the error list, XML for a ``.xml`` path)."""
    if not API_PATH.match(request.path_info):
        return defaults.server_error(request)
    message = str(APIException.default_detail)
    if not request.path_info.startswith("/open311/"):
        return JsonResponse({"detail": message}, status=500)
    errors = [{"code": 500, "description": message}]
    if request.path_info.endswith(".xml"):
        return HttpResponse(document("errors", errors), content_type="text/xml; charset=utf-8", status=500)
    return JsonResponse(errors, status=500, safe=False)
