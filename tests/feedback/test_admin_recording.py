"""Staff record feedback that came by phone, e-mail or at the service desk."""

from decimal import Decimal

import pytest
from django.urls import reverse

from feedback_plugin.models import Channel, Feedback

pytestmark = pytest.mark.django_db

ADD = reverse("feedback_inbox:add")


def form_data(chosen_category, **overrides):
    return {
        "channel": Channel.PHONE,
        "kind": "feedback",
        "language": "fi",
        "category": chosen_category.pk,
        "title": "Valo rikki",
        "description": "Asukas soitti: katuvalo on rikki.",
        "location": "SRID=4326;POINT(27.6770 62.8924)",
        "address": "",
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "allow_publication": "on",
        **overrides,
    }


def test_create_form_renders_the_map_panel_and_only_staff_channels(client, staff):
    response = client.get(ADD)

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-controller="leaflet-field"' in html
    assert 'value="phone"' in html and 'value="walk_in"' in html
    assert 'value="web"' not in html
    assert response.context["form"]["language"].value() == "fi"


def test_recorded_feedback_goes_through_create_feedback(client, staff, category):
    response = client.post(ADD, form_data(category, channel=Channel.WALK_IN, contact_email="asukas@example.fi"))

    feedback = Feedback.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("feedback_inbox:inspect", args=[feedback.pk])
    assert feedback.channel == Channel.WALK_IN
    assert (feedback.latitude, feedback.longitude) == (Decimal("62.892400"), Decimal("27.677000"))
    assert feedback.reference and feedback.unit == category.unit and feedback.due_date
    created = feedback.events.get()
    assert (created.action, created.user) == ("created", staff)


def test_location_is_optional(client, staff, category):
    client.post(ADD, form_data(category, location=""))

    assert Feedback.objects.get().latitude is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("location", "SRID=4326;POINT(24.94 60.17)"),  # Helsinki is outside the city
        ("location", "not a point"),
        ("channel", "web"),
        ("description", "short"),
        ("category", "999999"),
    ],
)
def test_bad_input_is_rejected_and_nothing_is_saved(client, staff, category, field, value):
    response = client.post(ADD, form_data(category, **{field: value}))

    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Feedback.objects.exists()


def test_staff_choose_the_residents_language_among_the_sites_languages_only(client, staff, category):
    response = client.post(ADD, form_data(category, language="de"))

    assert response.status_code == 400
    assert "language" in response.context["form"].errors
    assert not Feedback.objects.exists()
