from django.core.management.base import BaseCommand
from django.db import DEFAULT_DB_ALIAS

from feedback_plugin.query_statistics import refresh


class Command(BaseCommand):
    help = "Refreshes the statistics SQLite's query planner chooses indexes by (ANALYZE); PostgreSQL keeps its own."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="The database to analyze.")

    def handle(self, *args, database, **options):
        if refresh(database):
            self.stdout.write("Refreshed SQLite's query statistics.")
        else:
            self.stdout.write("This database keeps its own query statistics: nothing to do.")
