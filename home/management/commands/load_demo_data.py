from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks

from home.demo import DEMO_ADMIN_PASSWORD, DEMO_ADMIN_USERNAME, DEMO_HOSTNAME, DEMO_PORT, load_site_demo_data

DEMO_DATA_HOOK = "load_demo_data"


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
        # Plugins add their own demo content; each function receives the home page of every language.
        for load_plugin_demo_data in hooks.get_hooks(DEMO_DATA_HOOK):
            load_plugin_demo_data(homes)
        self.stdout.write(
            self.style.SUCCESS(f"Demo data ready. Admin login: {DEMO_ADMIN_USERNAME} / {DEMO_ADMIN_PASSWORD}")
        )
