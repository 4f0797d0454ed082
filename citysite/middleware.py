"""Site-wide middleware."""

from django.core import signals
from django.middleware.locale import LocaleMiddleware
from django.urls import get_urlconf, is_valid_path
from django.utils.cache import patch_vary_headers
from django.utils.log import log_response

from .views import API_PATH, DATABASE_ERRORS, server_error


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects a 404 to the same path with a language prefix whenever that path
    resolves, and under ``i18n_patterns`` Wagtail's page serving resolves every path. That would turn a real
    404 from the admin, the APIs, Open311 or the photo views into a redirect. A 404 from an API path, or from
    a path that resolves without a prefix (a language-neutral view), stays a 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and (
            API_PATH.match(request.path_info) or is_valid_path(request.path_info, get_urlconf())
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class APIServerErrorMiddleware:
    """Under DEBUG, Django answers an uncaught exception with its HTML technical page, and never calls
    ``handler500``, even under /api/. API clients get their API's error shape in both modes, and every surface
    gets its 503 while the database is unreachable; the error is still signalled and logged as Django does it.

    Last in MIDDLEWARE, so that its ``process_exception`` is the first to see a view's exception. An exception
    raised in a middleware (a session saved while the database is down) never reaches it: Django turns that
    into a response with ``handler500``, which answers the same way."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not (API_PATH.match(request.path_info) or isinstance(exception, DATABASE_ERRORS)):
            return None
        signals.got_request_exception.send(sender=None, request=request)
        response = server_error(request)
        log_response(
            "%s: %s", response.reason_phrase, request.path, response=response, request=request, exception=exception
        )
        return response
