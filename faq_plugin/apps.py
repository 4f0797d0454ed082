from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqPluginConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "faq_plugin"
    verbose_name = _("Frequently asked questions")
