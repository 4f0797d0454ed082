"""The theme's language-neutral files: its stylesheet, the web app manifest and the favicon."""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from .models import LIGHT_BACKGROUNDS
from .theme import ICONS, theme_for_request

ONE_YEAR = 365 * 24 * 60 * 60


@require_safe
def theme_stylesheet(request):
    """The colours as CSS custom properties. Its URL names the version it was linked with (``?v=``): that URL
    always means these values, so it may be kept a year; an older version gets today's values, not to be kept."""
    theme = theme_for_request(request)
    response = HttpResponse(theme.stylesheet(), content_type="text/css; charset=utf-8")
    if request.GET.get("v") == theme.version:
        patch_cache_control(response, public=True, max_age=ONE_YEAR, immutable=True)
    else:
        patch_cache_control(response, no_cache=True)
    return response


@require_safe
@cache_control(public=True, max_age=60 * 60)
def manifest(request):
    """The web app manifest, in the site's default language: the app starts on its home page."""
    site = Site.find_for_request(request)
    with translation.override(settings.LANGUAGE_CODE):
        theme = theme_for_request(request)
        start_url = site.root_page.localized.get_url(request) if site else "/"
        data = {
            "name": theme.name,
            "short_name": theme.short_name,
            "lang": settings.LANGUAGE_CODE,
            "start_url": start_url,
            "scope": "/",
            "display": "standalone",
            "theme_color": theme.colours["primary_colour"],
            # The page's own background: the splash screen fades into the page that loads.
            "background_color": LIGHT_BACKGROUNDS[0],
            "icons": [
                {
                    "src": theme.icon_urls[key],
                    "sizes": f"{ICONS[key].size}x{ICONS[key].size}",
                    "type": "image/png",
                    "purpose": ICONS[key].purpose,
                }
                for key in ["icon_192", "icon_512", "maskable_512"]
            ],
        }
    return JsonResponse(data, content_type="application/manifest+json", json_dumps_params={"ensure_ascii": False})


@require_safe
def favicon(request):
    """Browsers ask for /favicon.ico wherever a page links its icons; the file itself is a static one."""
    return redirect(static("icons/favicon.ico"))
