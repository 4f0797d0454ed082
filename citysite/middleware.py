from django.middleware.locale import LocaleMiddleware
from django.urls import get_urlconf, is_valid_path


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware redirects a 404 to the same path with a language prefix whenever that path
    resolves, and under ``i18n_patterns`` Wagtail's page serving resolves every path. That would turn a real
    404 from the admin, the APIs, Open311 or the photo views into a redirect. A path that resolves without a
    prefix belongs to a language-neutral view, so its 404 stays a 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and is_valid_path(request.path_info, get_urlconf()):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)
