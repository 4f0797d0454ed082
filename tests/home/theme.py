"""A city theme for tests: a dark green look with a logo, unlike the demo's default blue."""

import io

from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Site

from home.models import ServiceName, ThemeSettings

GREEN_THEME = {"primary_colour": "#0b5d1e", "accent_colour": "#063b12", "text_on_primary_colour": "#ffffff"}
GREEN_NAMES = {"fi": ("Vihreän kaupungin palaute", "Vihreä"), "en": ("Green city feedback", "Green")}


def logo_image(size=(800, 600), colour=(11, 93, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    # A transactional test's flush takes the root collection that Wagtail's migration made.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return get_image_model().objects.create(
        title="Logo", file=ImageFile(buffer, name="logo.png"), collection=collection
    )


def green_theme(with_logo=True):
    """The default site's theme, saved as an editor would: colours, a name in each language and a logo."""
    theme = ThemeSettings.for_site(Site.objects.get(is_default_site=True))
    for field, colour in GREEN_THEME.items():
        setattr(theme, field, colour)
    theme.logo = logo_image() if with_logo else None
    theme.full_clean()
    theme.save()
    for code, (name, short_name) in GREEN_NAMES.items():
        ServiceName.objects.update_or_create(
            theme=theme,
            locale=Locale.objects.get(language_code=code),
            defaults={"name": name, "short_name": short_name},
        )
    return theme
