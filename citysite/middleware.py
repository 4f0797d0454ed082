"""Site-wide middleware."""

import re

from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers

# Language-neutral machine interfaces: their 404 is an answer, not a page missing its /fi/ prefix.
API_PATH = re.compile(r"^/(api|open311)/")


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware, except that an API's 404 is returned as it is instead of being redirected
    to a language-prefixed URL (which Wagtail's catch-all page route would always accept)."""

    def process_response(self, request, response):
        if response.status_code == 404 and API_PATH.match(request.path_info):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
