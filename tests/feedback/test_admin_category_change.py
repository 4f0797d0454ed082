"""Staff move an item to the right category when a resident picked the wrong one: it is routed anew, what
depends on the category follows, the trail records it, and a confidential category takes it off the public site."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core import mail
from django.urls import reverse

from feedback_plugin import privacy, services
from feedback_plugin.models import FeedbackEvent, Notification, Publication
from tests.factories import CategoryFactory, ResponsibleUnitFactory, UserFactory, make_feedback, translate_category
from tests.second_factor import verified_login

from .staff import unit_staff

pytestmark = pytest.mark.django_db

RECEIVED = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC)


def act(feedback):
    return reverse("feedback_inbox:act", args=[feedback.pk, "category"])


@pytest.fixture
def published_item(category):
    with time_machine.travel(RECEIVED, tick=False):
        feedback = make_feedback(category, title="Kuoppa tiellä")
    assert privacy.public_feedback().filter(pk=feedback.pk).exists()
    return feedback


@pytest.fixture
def waste_category():
    unit = ResponsibleUnitFactory(name="Jätehuolto", notification_email="jatehuolto@example.fi")
    return CategoryFactory(name="Roskaaminen", unit=unit, target_days=21, routing_emails="siivous@example.fi")


def test_changing_the_category_routes_the_item_to_the_new_unit_and_its_routing_e_mails(
    client, staff, published_item, waste_category, django_capture_on_commit_callbacks
):
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(act(published_item), {"category": waste_category.pk}, follow=True)

    published_item.refresh_from_db()
    assert (published_item.category, published_item.unit) == (waste_category, waste_category.unit)
    routed = published_item.notifications.get(kind=Notification.Kind.NEW_FEEDBACK, recipients__contains="jatehuolto")
    assert routed.recipients == "jatehuolto@example.fi,siivous@example.fi"
    assert [message.to for message in mail.outbox] == [["jatehuolto@example.fi", "siivous@example.fi"]]
    # The unit's staff who moved it no longer see it: they land in their inbox and are told why.
    assert response.redirect_chain == [(reverse("feedback_inbox:index"), 302)]
    assert "Palaute kuuluu nyt yksikölle, jonka palautteita et näe." in response.content.decode()
    assert client.get(reverse("feedback_inbox:inspect", args=[published_item.pk]), follow=True).status_code == 404


def test_the_due_date_follows_the_new_categorys_target_time(client, staff, published_item, waste_category):
    client.post(act(published_item), {"category": waste_category.pk})

    published_item.refresh_from_db()
    assert published_item.due_date == datetime.date(2026, 3, 23)  # received on 2 March, 21 days


def test_the_trail_records_the_old_and_new_category_and_the_new_unit(
    client, staff, category, published_item, waste_category
):
    old_unit = published_item.unit

    client.post(act(published_item), {"category": waste_category.pk})

    events = published_item.events.filter(action__in=[FeedbackEvent.Action.CATEGORY, FeedbackEvent.Action.ASSIGNED])
    assert [(event.action, event.user, str(event)) for event in events] == [
        ("category", staff, "Aihe vaihtui: Katuvalot → Roskaaminen"),
        ("assigned", staff, f"Yksikkö vaihtui: {old_unit.name} → Jätehuolto"),
    ]


def test_staff_choose_the_category_in_their_language_and_the_item_keeps_the_default_language_row(
    staff, category, published_item
):
    target = CategoryFactory(name="Kuopat", unit=category.unit)
    english = translate_category(target, "en", name="Potholes")

    services.change_category(published_item, english, staff)

    published_item.refresh_from_db()
    assert published_item.category == target


def test_moving_into_a_confidential_category_takes_the_item_off_the_public_site_at_once(
    client, staff, category, published_item
):
    confidential = CategoryFactory(name="Terveyspalvelut", unit=category.unit, is_confidential=True)

    client.post(act(published_item), {"category": confidential.pk})

    published_item.refresh_from_db()
    assert published_item.publication == Publication.HIDDEN
    assert not privacy.public_feedback().filter(pk=published_item.pk).exists()
    assert published_item.events.filter(action=FeedbackEvent.Action.PUBLICATION, new_value="hidden").exists()


def test_moving_out_of_a_confidential_category_publishes_nothing_by_itself(staff, category, published_item):
    confidential = CategoryFactory(name="Terveyspalvelut", unit=category.unit, is_confidential=True)
    services.change_category(published_item, confidential, staff)

    services.change_category(published_item, category, staff)

    published_item.refresh_from_db()
    assert published_item.publication == Publication.HIDDEN
    assert not privacy.public_feedback().filter(pk=published_item.pk).exists()


def test_choosing_the_same_category_changes_nothing(client, staff, category, published_item):
    before = (published_item.events.count(), published_item.notifications.count())

    client.post(act(published_item), {"category": category.pk})

    assert (published_item.events.count(), published_item.notifications.count()) == before


def test_view_only_staff_cannot_change_the_category(client, category, published_item, waste_category):
    viewer = UserFactory()
    viewer.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "view_feedback"]))
    viewer.groups.add(unit_staff(category.unit).groups.get())
    category.unit.staff_group.permissions.clear()
    verified_login(client, viewer)

    response = client.post(act(published_item), {"category": waste_category.pk})

    # Wagtail turns PermissionDenied into a redirect to the dashboard with an error message.
    assert response["Location"] == reverse("wagtailadmin_home")
    published_item.refresh_from_db()
    assert published_item.category == category


def test_staff_of_another_unit_cannot_change_the_category(client, published_item, waste_category):
    verified_login(client, unit_staff(waste_category.unit))

    response = client.post(act(published_item), {"category": waste_category.pk}, follow=True)

    assert response.status_code == 404
    published_item.refresh_from_db()
    assert published_item.category != waste_category
