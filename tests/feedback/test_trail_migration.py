"""Unit changes recorded before the trail stored data keep showing the right unit, in the viewer's language."""

import importlib

import pytest
from django.apps import apps
from django.utils import translation

from feedback_plugin.models import FeedbackEvent
from tests.factories import ResponsibleUnitFactory, locale, make_feedback

pytestmark = pytest.mark.django_db

migration = importlib.import_module("feedback_plugin.migrations.0004_route_all_feedback_and_trail_data")


def test_unit_names_stored_by_old_unit_changes_become_unit_keys():
    unit = ResponsibleUnitFactory(name="Jätehuolto")
    english = unit.copy_for_translation(locale("en"))
    english.name = "Waste management"
    english.save()
    event = FeedbackEvent.objects.create(
        feedback=make_feedback(),
        action=FeedbackEvent.Action.ASSIGNED,
        old_value="Poistettu yksikkö",
        new_value=unit.name,
    )

    migration.unit_names_to_keys(apps, schema_editor=None)

    event.refresh_from_db()
    assert (event.old_value, event.new_value) == ("Poistettu yksikkö", str(unit.translation_key))
    with translation.override("en"):
        assert str(event) == "Unit changed: Poistettu yksikkö → Waste management"
