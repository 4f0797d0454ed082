from django.core.management.base import BaseCommand

from feedback_plugin.notifications import retry_failed


class Command(BaseCommand):
    help = "Queues failed feedback e-mails again (those with attempts left)."

    def handle(self, *args, **options):
        self.stdout.write(f"Queued {retry_failed()} notification(s) again.")
