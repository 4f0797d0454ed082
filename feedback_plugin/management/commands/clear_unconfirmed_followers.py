from django.core.management.base import BaseCommand

from feedback_plugin.services import clear_unconfirmed_followers


class Command(BaseCommand):
    help = (
        "Deletes the addresses that asked to follow an item and did not confirm within "
        "FEEDBACK_PLUGIN['FOLLOW_CONFIRMATION_DAYS']."
    )

    def handle(self, *args, **options):
        self.stdout.write(f"Cleared {clear_unconfirmed_followers()} unconfirmed follower(s).")
