from django.core.management.base import BaseCommand

from feedback_plugin.map_cells import LEVELS, rebuild


class Command(BaseCommand):
    help = "Recounts the public map's clusters (map cells) from the public feedback, one zoom level at a time."

    def handle(self, *args, **options):
        def progress(level, cells):
            self.stdout.write(f"Zoom level {level + 1}/{len(LEVELS)}: {cells} cell(s) so far.")

        self.stdout.write(f"Rebuilt {rebuild(progress)} map cell(s).")
