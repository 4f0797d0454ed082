"""The APIs' answers where no API view answers: an unknown path, and a server error; and every surface's
answer while the database is unreachable."""

import re
import sys

from django import db
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults
from rest_framework.exceptions import APIException

from feedback_plugin.api.errors import api_error_response
from feedback_plugin.open311.errors import open311_error_response

# Language-neutral machine interfaces: their 404 is an answer, not a page missing its /fi/ prefix, and their
# errors are in their own format.
API_PATH = re.compile(r"^/(api|open311)/")

# How long a client should wait before trying again while the database is unreachable: a restart or a
# fail-over takes about this long.
DATABASE_RETRY_AFTER = 30


def database_errors():
    """What a lost or refused database connection raises. Django wraps the driver's errors when it runs a
    query, but a connection closed or refused outside that wrapper raises psycopg's own."""
    errors = (db.OperationalError, db.InterfaceError)
    try:
        import psycopg
    except ImportError:
        return errors
    return (*errors, psycopg.OperationalError, psycopg.InterfaceError)


DATABASE_ERRORS = database_errors()


def api_not_found(request):
    """Any path under /api/ that no API route matches, in the shape of the API it is under (Wagtail's pages
    API says ``message``). A route rather than a 404 handler: under DEBUG, Django answers a path that matches
    no route with its HTML technical page and never calls the handler."""
    if request.path_info.startswith("/api/v2/"):
        return JsonResponse({"message": _("Not found.")}, status=404)
    return api_error_response(404, _("Not found."))


def server_error(request):
    """Django's answer to any uncaught exception, from a view or a middleware: a 503 with ``Retry-After`` if the
    database is unreachable, otherwise a 500; from the APIs in their error shape (Open311: the error list, XML
    for a ``.xml`` path)."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable(request)
    if not API_PATH.match(request.path_info):
        return defaults.server_error(request)
    return api_error(request, 500, str(APIException.default_detail))


def api_error(request, status, message):
    if request.path_info.startswith("/open311/"):
        return open311_error_response(request, status, message)
    return api_error_response(status, message)


def database_unavailable(request):
    """503 while the database is unreachable. The page is rendered without a request, so no context processor
    (site settings, the user) reaches for the database."""
    message = _("The service is temporarily unavailable. Please try again in a moment.")
    if API_PATH.match(request.path_info):
        response = api_error(request, 503, message)
    else:
        response = HttpResponse(render_to_string("503.html", {"message": message}), status=503)
    response["Retry-After"] = str(DATABASE_RETRY_AFTER)
    return response
