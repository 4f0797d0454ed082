"""Site-wide middleware."""

import re

from django.middleware.locale import LocaleMiddleware
from django.urls import get_urlconf, is_valid_path
from django.utils.cache import patch_vary_headers

# Language-neutral machine interfaces: their 404 is an answer, not a page missing its /fi/ prefix.
API_PATH = re.compile(r"^/(api|open311)/")


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
