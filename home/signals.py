"""The cached theme (home/theme.py) is forgotten whenever what it was built from changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.images import get_image_model
from wagtail.models import Site

from .models import ServiceName, ThemeSettings
from .theme import forget_themes


def theme_saved(sender, instance, **kwargs):
    forget_themes([instance.site_id])


def service_name_changed(sender, instance, **kwargs):
    forget_themes([instance.theme.site_id])


def image_changed(sender, instance, **kwargs):
    # A new file for the logo, or the logo deleted (its setting's foreign key is then nulled without a save): images
    # change seldom enough that every site's theme is rebuilt.
    forget_themes(Site.objects.values_list("pk", flat=True))


def connect():
    post_save.connect(theme_saved, sender=ThemeSettings)
    post_save.connect(service_name_changed, sender=ServiceName)
    post_delete.connect(service_name_changed, sender=ServiceName)
    post_save.connect(image_changed, sender=get_image_model())
    post_delete.connect(image_changed, sender=get_image_model())
