from django.core.management.base import BaseCommand

from feedback_plugin.idempotency import clear_expired


class Command(BaseCommand):
    help = "Deletes the idempotency keys of submissions older than FEEDBACK_PLUGIN['IDEMPOTENCY_KEY_HOURS']."

    def handle(self, *args, **options):
        self.stdout.write(f"Cleared {clear_expired()} idempotency key(s).")
