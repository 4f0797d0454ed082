"""`manage.py refresh_query_statistics`: on SQLite it gives the query planner the statistics it chooses indexes
by, so that a list of one category walks that category's items, not every public item; elsewhere it does
nothing, and says so."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection

from bench.data import generate_feedback
from feedback_plugin.filters import FeedbackFilterSet
from feedback_plugin.privacy import public_feedback
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def refresh():
    output = StringIO()
    call_command("refresh_query_statistics", stdout=output)
    return output.getvalue()


def plan(queryset):
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return " ".join(row[-1] for row in cursor.fetchall())


def category_count(code):
    listed = FeedbackFilterSet(data={"category": code, "status": "open"}, queryset=public_feedback()).qs
    return listed.order_by()[:10001].values("pk")


def test_on_sqlite_a_category_is_counted_through_its_own_index_once_the_statistics_are_there():
    if connection.vendor != "sqlite":
        assert refresh() == "This database keeps its own query statistics: nothing to do.\n"
        return
    categories = [CategoryFactory() for _ in range(12)]
    for year, category in enumerate(categories, start=1990):
        generate_feedback(category, 60, year=year)
    code = categories[0].code
    assert "USING INDEX feedback_public_location (publication=?)" in plan(category_count(code))
    assert refresh() == "Refreshed SQLite's query statistics.\n"
    with connection.cursor() as cursor:
        cursor.execute("SELECT idx FROM sqlite_stat1 WHERE tbl = 'feedback_plugin_feedback'")
        analyzed = {row[0] for row in cursor.fetchall()}
    assert "feedback_public_recent" in analyzed
    counted = plan(category_count(code))
    assert "(code=?)" in counted and "(category_id=?)" in counted and "(publication=?)" not in counted
