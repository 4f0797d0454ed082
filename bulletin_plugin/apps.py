from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinPluginConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bulletin_plugin"
    verbose_name = _("Bulletins")
