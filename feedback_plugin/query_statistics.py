"""The statistics SQLite's query planner needs to choose an index: ANALYZE's sqlite_stat1.

Without them SQLite guesses, and for a category named by its code it walks every public item instead of the
category's own: two seconds for a list of one category's open items at a million items, against 65 ms with them.
PostgreSQL keeps its statistics itself (autovacuum); SQLite only when told, so a deployment on SQLite runs
``manage.py refresh_query_statistics`` daily and after a bulk import (docs/operations.md)."""

from django.db import DEFAULT_DB_ALIAS, connections

# Rows read from each index: enough for the shape of the data, and well under a second at a million items.
ANALYSIS_LIMIT = 1000


def refresh(using=DEFAULT_DB_ALIAS):
    """ANALYZE on SQLite, reading at most ANALYSIS_LIMIT rows of each index; whether there was anything to do."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        cursor.execute("ANALYZE")
    return True
