from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from home.demo.feedback import load_feedback_demo_data
from home.demo.site import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, DEMO_HOSTNAME, DEMO_PORT, load_site_demo_data


class Command(BaseCommand):
    help = "Creates demo content so that a fresh install looks alive. Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname", default=DEMO_HOSTNAME, help="Host name the site is served at (the Site's absolute URLs)."
        )
        parser.add_argument("--port", type=int, default=DEMO_PORT, help="Port the site is served at.")

    @transaction.atomic
    def handle(self, *args, **options):
        homes = load_site_demo_data(options["hostname"], options["port"])
        load_feedback_demo_data(homes)
        # The FAQ and bulletin plugins are optional: their loaders import their models, which exist only
        # when the plugin is installed.
        if apps.is_installed("faq_plugin"):
            from home.demo.faq import load_faq_demo_data

            load_faq_demo_data(homes)
        if apps.is_installed("bulletin_plugin"):
            from home.demo.bulletins import load_bulletin_demo_data

            load_bulletin_demo_data(homes)
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready. Admin login: {DEMO_ADMIN_USERNAME} / {DEMO_ADMIN_PASSWORD}")
        )
