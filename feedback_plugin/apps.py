from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FeedbackPluginConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feedback_plugin"
    verbose_name = _("Feedback")
