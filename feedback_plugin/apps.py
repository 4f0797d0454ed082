from importlib import import_module

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class FeedbackPluginConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "feedback_plugin"
    verbose_name = _("Feedback")

    def import_models(self):
        # Page types belong to the public layer, not to models/, yet they must be registered with the app
        # while Django loads models, like any model of the app.
        super().import_models()
        import_module(f"{self.name}.public.pages")

    def ready(self):
        # Registered before any admin view asks for a policy, so Wagtail never creates its fallback one.
        from wagtail.permissions import register_permission_policy

        # privacy.py and map_cells.py receive the models' signals, such as a category becoming confidential.
        from . import map_cells, privacy, public_cache, sitewide  # noqa: F401
        from .models import CategoryQuestion, Feedback, FeedbackCategory, ResponsibleUnit, ServiceArea
        from .permissions import feedback_permission_policy

        register_permission_policy(Feedback, feedback_permission_policy)
        public_cache.connect_signals()
        sitewide.connect()
        post_migrate.connect(map_cells.rebuild_if_missing, sender=self)
        # The list page's filter menus, Open311's services, and the public names of categories and units.
        for model in (FeedbackCategory, CategoryQuestion, ServiceArea, ResponsibleUnit):
            sitewide.register_site_wide_model(model)
