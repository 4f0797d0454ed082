"""A category's rules are shared by its translations: the fields wagtail-localize synchronises."""

import pytest

from feedback_plugin.models import FeedbackCategory
from tests.factories import CategoryFactory, ResponsibleUnitFactory, translate_category

pytestmark = pytest.mark.django_db


def test_saving_a_category_copies_every_synchronised_field_to_its_translations():
    unit = ResponsibleUnitFactory()
    category = CategoryFactory(unit=unit)
    english = translate_category(category, "en", name="Street lights")
    english_unit = unit.get_translation(english.locale)
    category.code = "street-lights"
    category.sort_order = 7
    category.is_active = False
    category.is_confidential = True
    category.routing_emails = "lights@example.fi"
    category.target_days = 3
    category.save()
    english = FeedbackCategory.objects.get(pk=english.pk)
    assert (english.code, english.sort_order, english.is_active, english.is_confidential) == (
        "street-lights",
        7,
        False,
        True,
    )
    assert (english.routing_emails, english.target_days, english.unit) == ("lights@example.fi", 3, english_unit)
    assert english.name == "Street lights"
