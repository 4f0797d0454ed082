"""The city's theme as the public pages use it: one site-wide value per site (feedback_plugin/sitewide.py), built
from ThemeSettings on the first request after an editor saves it, so a page costs no query for its name, colours,
logo and icons."""

import hashlib
from dataclasses import dataclass

from django.templatetags.static import static
from django.utils.translation import get_language, gettext
from wagtail.models import Site

from feedback_plugin.sitewide import remembered

from .models import DEFAULT_COLOURS, ThemeSettings


@dataclass(frozen=True)
class Icon:
    rendition: str  # the logo's rendition filter
    default: str  # the icon in static used when there is no logo
    size: int
    purpose: str = "any"


ICONS = {
    "icon_192": Icon("fill-192x192|format-png", "icons/icon-192.png", 192),
    "icon_512": Icon("fill-512x512|format-png", "icons/icon-512.png", 512),
    # A maskable icon is cut to a circle or rounded square by the phone: the default keeps its mark inside the
    # safe zone (the middle 80 %); a logo is used as the editor cropped it.
    "maskable_512": Icon("fill-512x512|format-png", "icons/icon-maskable-512.png", 512, "maskable"),
    "apple_touch_icon": Icon("fill-180x180|format-png", "icons/apple-touch-icon.png", 180),
}
# Twice the 40 CSS pixels the header shows, for high-density screens.
HEADER_LOGO = "height-80|format-png"
# The CSS custom property (static/css/site.css) each colour of the setting sets.
CSS_PROPERTIES = {
    "primary_colour": "--color-brand",
    "accent_colour": "--color-brand-dark",
    "text_on_primary_colour": "--color-on-brand",
}


@dataclass(frozen=True)
class Theme:
    colours: dict
    names: dict  # language code -> (name, short name)
    logo: dict | None = None  # rendition URLs of the logo by ICONS key, and "header": (url, width, height)

    @property
    def version(self):
        """Changes whenever a colour does: the theme stylesheet's URL carries it, so browsers may keep it a year."""
        values = "".join(self.colours[field] for field in CSS_PROPERTIES)
        return hashlib.sha256(values.encode()).hexdigest()[:12]

    @property
    def name(self):
        return self.names.get(get_language(), (gettext("City feedback service"), ""))[0]

    @property
    def short_name(self):
        return self.names.get(get_language(), ("", gettext("Feedback")))[1]

    @property
    def header_logo(self):
        return self.logo and self.logo["header"]

    @property
    def icon_urls(self):
        """Each of ICONS: the logo's rendition, or the default icon without a logo."""
        return {key: self.logo[key] if self.logo else static(icon.default) for key, icon in ICONS.items()}

    def stylesheet(self):
        declarations = "".join(f"{CSS_PROPERTIES[field]}:{value};" for field, value in self.colours.items())
        return f":root{{{declarations}}}\n"


DEFAULT_THEME = Theme(colours=DEFAULT_COLOURS, names={})


def build_theme(site):
    setting = ThemeSettings.for_site(site)
    names = {
        service_name.locale.language_code: (service_name.name, service_name.short_name)
        for service_name in setting.service_names.select_related("locale")
    }
    logo = None
    if setting.logo:
        header = setting.logo.get_rendition(HEADER_LOGO)
        # Shown at half its pixel size: sharp on a high-density screen.
        logo = {"header": (header.url, header.width // 2, header.height // 2)}
        logo.update({key: setting.logo.get_rendition(icon.rendition).url for key, icon in ICONS.items()})
    colours = {field: getattr(setting, field) for field in CSS_PROPERTIES}
    return Theme(colours=colours, names=names, logo=logo)


def theme_for_request(request):
    """The theme of the request's site, kept on the request for the rest of the page."""
    if not hasattr(request, "_city_theme"):
        site = Site.find_for_request(request)
        request._city_theme = remembered(("theme", site.pk), lambda: build_theme(site)) if site else DEFAULT_THEME
    return request._city_theme
