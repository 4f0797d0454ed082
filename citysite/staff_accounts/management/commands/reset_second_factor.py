from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from ...second_factor import reset_second_factor


class Command(BaseCommand):
    help = (
        "Removes a staff user's authenticator app and recovery codes, for a lost or replaced phone: at their next "
        "sign-in they set up a new one."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist as error:
            raise CommandError(f"No user is called {username!r}.") from error
        removed = reset_second_factor(user)
        if removed:
            self.stdout.write(f"Removed the second factor of {username}: they set up a new one at next sign-in.")
        else:
            self.stdout.write(f"{username} had no second factor to remove.")
