"""``PreparedQuery`` runs SQL compiled once with other values, and gives what its queryset gives."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback_plugin.models import Feedback, Reply
from feedback_plugin.prepared import PreparedQuery, padded
from feedback_plugin.services import add_reply
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db

BY_REFERENCE = PreparedQuery(lambda reference: Feedback.objects.filter(reference=reference).values("pk", "received_at"))
REPLIES = PreparedQuery(
    lambda *pks: Reply.objects.filter(feedback_id__in=pks).values_list("feedback_id", "body", "created_at")
)


def test_each_run_gives_the_rows_of_its_own_values_as_the_queryset_does():
    category = CategoryFactory()
    first, second = make_feedback(category), make_feedback(category)
    for item in (first, second):
        assert BY_REFERENCE.dicts(item.reference) == list(
            Feedback.objects.filter(reference=item.reference).values("pk", "received_at")
        )
    assert BY_REFERENCE.dicts("no-such-reference") == []


def test_a_list_of_any_length_gives_the_rows_of_its_values_once_each():
    items = [make_feedback(CategoryFactory()) for _ in range(3)]
    for item in items:
        add_reply(item, f"Vastaus {item.pk}")
    for chosen in (items[:1], items[:2], items):
        pks = [item.pk for item in chosen]
        expected = list(Reply.objects.filter(feedback_id__in=pks).values_list("feedback_id", "body", "created_at"))
        assert REPLIES.rows(*padded(pks)) == expected and len(expected) == len(pks)


def test_a_run_is_one_query_and_each_shape_is_built_once():
    built = []

    def build(*pks):
        built.append(len(pks))
        return Reply.objects.filter(feedback_id__in=pks).values_list("body")

    replies = PreparedQuery(build)
    item = make_feedback(CategoryFactory())
    add_reply(item, "Korjattu.")
    for pks in ([item.pk], [item.pk, item.pk], [item.pk]):
        with CaptureQueriesContext(connection) as context:
            assert replies.rows(*pks) == [("Korjattu.",)]
        assert len(context.captured_queries) == 1
    assert built == [1, 2]


def test_padding_repeats_the_last_value_up_to_a_power_of_two():
    assert [padded([7]), padded([1, 2, 3]), padded([1, 2, 3, 4])] == [[7], [1, 2, 3, 3], [1, 2, 3, 4]]
    assert {len(padded(range(1, n + 1))) for n in range(1, 1001)} == {2**k for k in range(11)}


def test_a_value_that_the_orm_changes_is_refused():
    changed = PreparedQuery(lambda text: Feedback.objects.filter(title__icontains=text).values("pk"))
    with pytest.raises(TypeError, match="0 times"):
        changed.dicts("kuoppa")
