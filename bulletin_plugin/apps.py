from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BulletinPluginConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "bulletin_plugin"
    verbose_name = _("Bulletins")

    def ready(self):
        from feedback_plugin.sitewide import register_site_wide_model

        from .models import Bulletin

        # The site-wide banner.
        register_site_wide_model(Bulletin)
