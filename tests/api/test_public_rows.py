"""``public_rows``, the lean read of the privacy gate, gives each public field as ``PublicFeedback`` shows it."""

import pytest
from django.utils import translation

from feedback_plugin import services
from feedback_plugin.models import Feedback, Publication
from feedback_plugin.photos import clean_photo
from feedback_plugin.privacy import ROW_COLUMNS, public_feedback, public_items, public_row, public_rows
from tests.factories import CategoryFactory, image_bytes, make_feedback, translate_category, upload

pytestmark = pytest.mark.django_db


def test_a_row_holds_the_public_values_of_its_item():
    category = CategoryFactory(code="streets", name="Kadut")
    item = make_feedback(
        category,
        title="Soita 040 123 4567",
        address="Kauppakatu 1, matti@example.fi",
        photos=[clean_photo(upload(image_bytes())), clean_photo(upload(image_bytes()))],
    )
    services.add_reply(item, "Soitimme numeroon 040 123 4567.")
    services.add_reply(item, "Korjattu.")
    [row] = public_rows(public_feedback().filter(pk=item.pk), [*ROW_COLUMNS, "category", "replies", "photos"])
    [shown] = public_items(public_feedback().filter(pk=item.pk))
    assert {name: row[name] for name in ROW_COLUMNS} == {name: getattr(shown, name) for name in ROW_COLUMNS}
    assert (row["category"].code, row["category"].name) == ("streets", "Kadut")
    assert row["replies"] == tuple({"body": reply.body, "created_at": reply.created_at} for reply in shown.replies)
    assert [reply["body"] for reply in row["replies"]] == ["Soitimme numeroon [removed].", "Korjattu."]
    assert row["photos"] == tuple(photo.url for photo in shown.photos) and len(row["photos"]) == 2
    assert "matti@example.fi" not in row["address"]


def test_a_category_without_a_translation_in_the_active_language_is_the_items_own():
    translated = CategoryFactory(code="parks", name="Puistot")
    translate_category(translated, "en", name="Parks")
    untranslated = CategoryFactory(code="streets", name="Kadut")
    items = [make_feedback(translated), make_feedback(untranslated)]
    with translation.override("en"):
        rows = public_rows(public_feedback().filter(pk__in=[item.pk for item in items]).order_by("pk"), ["category"])
    assert [row["category"].name for row in rows] == ["Parks", "Kadut"]


def test_a_row_that_is_not_public_is_refused():
    item = make_feedback(CategoryFactory())
    Feedback.objects.filter(pk=item.pk).update(publication=Publication.HIDDEN)
    with pytest.raises(PermissionError):
        public_rows(Feedback.objects.filter(pk=item.pk), ["reference"])


def test_a_private_field_cannot_be_asked_for():
    with pytest.raises(TypeError, match="not public"):
        public_rows(public_feedback(), ["reference", "contact_email"])


def test_the_row_of_one_item_by_reference_is_its_row_among_many():
    category = CategoryFactory(code="streets", name="Kadut")
    item = make_feedback(category, title="Soita 040 123 4567", photos=[clean_photo(upload(image_bytes()))])
    make_feedback(category)
    services.add_reply(item, "Korjattu.")
    fields = [*ROW_COLUMNS, "category", "replies", "photos"]
    [row] = public_row(item.reference, fields)
    [same] = public_rows(public_feedback().filter(pk=item.pk), fields)
    assert row == same
    assert row["title"] == "Soita [removed]" and len(row["photos"]) == 1


def test_an_item_that_is_not_public_has_no_row_by_reference():
    item = make_feedback(CategoryFactory())
    assert len(public_row(item.reference, ["reference"])) == 1
    Feedback.objects.filter(pk=item.pk).update(publication=Publication.HIDDEN)
    assert public_row(item.reference, ["reference"]) == []
    assert public_row("no-such-reference", ["reference"]) == []
