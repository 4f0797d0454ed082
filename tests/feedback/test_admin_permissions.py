"""Who sees what in the feedback admin. Unit staff see their unit's feedback only; confidential feedback needs
the confidential-handler permission; superusers see everything."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from feedback_plugin.models import FeedbackPhoto, Status
from tests.factories import (
    CategoryFactory,
    ResponsibleUnitFactory,
    UserFactory,
    image_bytes,
    make_feedback,
    translate_category,
)
from tests.second_factor import verified_login

from .staff import unit_staff

pytestmark = pytest.mark.django_db

INBOX = reverse("feedback_inbox:index")


@pytest.fixture
def unit_a_item():
    return make_feedback(CategoryFactory(name="Katuvalot"), title="Yksikön A asia")


@pytest.fixture
def unit_b_item():
    return make_feedback(CategoryFactory(name="Jäteastiat"), title="Yksikön B asia")


@pytest.fixture
def confidential_item(unit_a_item):
    return make_feedback(
        CategoryFactory(unit=unit_a_item.unit, is_confidential=True, name="Terveyspalvelut"), title="Arkaluonteinen"
    )


@pytest.fixture
def staff_a(client, unit_a_item):
    user = unit_staff(unit_a_item.unit)
    verified_login(client, user)
    return user


def urls_for(feedback):
    photo = FeedbackPhoto.objects.create(
        feedback=feedback, image=ContentFile(image_bytes(), name="x.jpg"), width=64, height=48
    )
    return {
        "inspect": reverse("feedback_inbox:inspect", args=[feedback.pk]),
        "photo": reverse("feedback_inbox:photo", args=[feedback.pk, photo.pk]),
    }


def listed(client, **params):
    return {item.reference for item in client.get(INBOX, params).context["object_list"]}


def test_unit_staff_list_only_their_units_feedback(client, staff_a, unit_a_item, unit_b_item):
    assert listed(client) == {unit_a_item.reference}


def test_unit_staff_cannot_open_another_units_feedback_or_its_photos(client, staff_a, unit_a_item, unit_b_item):
    own, other = urls_for(unit_a_item), urls_for(unit_b_item)

    assert client.get(own["inspect"]).status_code == 200
    assert client.get(own["photo"]).status_code == 200
    assert client.get(other["inspect"], follow=True).status_code == 404
    assert client.get(other["photo"], follow=True).status_code == 404


@pytest.mark.parametrize(("action", "data"), [("status", {"status": Status.DONE}), ("reply", {"body": "Hei"})])
def test_unit_staff_cannot_act_on_another_units_feedback(client, staff_a, unit_b_item, action, data):
    response = client.post(reverse("feedback_inbox:act", args=[unit_b_item.pk, action]), data, follow=True)

    assert response.status_code == 404
    unit_b_item.refresh_from_db()
    assert unit_b_item.status == Status.RECEIVED and not unit_b_item.replies.exists()


def test_export_contains_only_the_units_feedback(client, staff_a, unit_a_item, unit_b_item):
    content = b"".join(client.get(INBOX, {"export": "csv"}).streaming_content).decode()

    assert unit_a_item.reference in content
    assert unit_b_item.reference not in content


def test_staff_of_a_translated_unit_share_its_group(client, unit_a_item):
    english = translate_category(unit_a_item.category, "en")
    user = unit_staff(english.unit)  # the group set on the English row is the unit's group
    verified_login(client, user)

    assert listed(client) == {unit_a_item.reference}


def test_confidential_feedback_is_hidden_from_unit_staff_without_the_permission(
    client, staff_a, unit_a_item, confidential_item
):
    assert listed(client) == {unit_a_item.reference}
    assert client.get(urls_for(confidential_item)["inspect"], follow=True).status_code == 404


def test_confidential_handlers_of_the_unit_see_confidential_feedback(client, unit_a_item, confidential_item):
    handler = unit_staff(unit_a_item.unit, "handle_confidential_feedback")
    verified_login(client, handler)

    assert listed(client) == {unit_a_item.reference, confidential_item.reference}
    assert client.get(urls_for(confidential_item)["inspect"]).status_code == 200


@pytest.fixture
def customer_service(client):
    """A member of the customer-service unit, whose group may see and route all non-confidential feedback."""
    user = unit_staff(ResponsibleUnitFactory(name="Asiakaspalvelu"), "route_all_feedback")
    verified_login(client, user)
    return user


def test_customer_service_see_and_route_every_units_non_confidential_feedback(
    client, customer_service, unit_a_item, unit_b_item, confidential_item
):
    response = client.post(
        reverse("feedback_inbox:act", args=[unit_b_item.pk, "category"]), {"category": unit_a_item.category.pk}
    )

    assert listed(client) == {unit_a_item.reference, unit_b_item.reference}
    assert client.get(urls_for(confidential_item)["inspect"], follow=True).status_code == 404
    assert response["Location"] == reverse("feedback_inbox:inspect", args=[unit_b_item.pk])
    unit_b_item.refresh_from_db()
    assert unit_b_item.unit == unit_a_item.unit


def test_routing_all_feedback_with_the_confidential_permission_still_needs_the_confidential_unit(
    client, unit_a_item, confidential_item
):
    user = unit_staff(ResponsibleUnitFactory(), "route_all_feedback", "handle_confidential_feedback")
    verified_login(client, user)
    assert listed(client) == {unit_a_item.reference}

    user.groups.add(unit_a_item.unit.staff_group or unit_staff(unit_a_item.unit).groups.get())
    assert listed(client) == {unit_a_item.reference, confidential_item.reference}


def test_superusers_see_everything(client, unit_a_item, unit_b_item, confidential_item):
    verified_login(client, UserFactory(is_superuser=True))

    assert listed(client) == {unit_a_item.reference, unit_b_item.reference, confidential_item.reference}
    assert client.get(urls_for(unit_b_item)["inspect"]).status_code == 200


def test_staff_without_feedback_permissions_are_refused(client, unit_a_item):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    verified_login(client, user)

    assert client.get(INBOX)["Location"] == reverse("wagtailadmin_home")
    assert client.get(urls_for(unit_a_item)["inspect"], follow=True).status_code == 404


def test_view_only_staff_can_read_but_not_act(client, unit_a_item):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    group = unit_a_item.unit.staff_group or unit_staff(unit_a_item.unit).groups.get()
    viewer_perms = Permission.objects.filter(codename__in=["access_admin", "view_feedback"])
    user.user_permissions.add(*viewer_perms)
    user.groups.add(group)
    group.permissions.clear()
    verified_login(client, user)

    assert client.get(reverse("feedback_inbox:inspect", args=[unit_a_item.pk])).status_code == 200
    response = client.post(reverse("feedback_inbox:act", args=[unit_a_item.pk, "status"]), {"status": Status.DONE})
    # Wagtail turns PermissionDenied into a redirect to the dashboard with an error message.
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    unit_a_item.refresh_from_db()
    assert unit_a_item.status == Status.RECEIVED


def test_anonymous_users_are_sent_to_the_login_page(client, unit_a_item):
    response = client.get(urls_for(unit_a_item)["photo"])

    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_nobody_deletes_feedback_through_the_admin(client, unit_a_item):
    verified_login(client, UserFactory(is_superuser=True))

    response = client.post(reverse("feedback_inbox:delete", args=[unit_a_item.pk]))

    assert response.status_code == 302
    assert type(unit_a_item).objects.filter(pk=unit_a_item.pk).exists()


@pytest.mark.parametrize("name", ["edit", "history", "usage"])
def test_generic_object_views_do_not_reveal_another_units_feedback(client, staff_a, unit_b_item, name):
    response = client.get(reverse(f"feedback_inbox:{name}", args=[unit_b_item.pk]), follow=True)

    assert response.status_code == 404
    assert unit_b_item.title not in response.content.decode()


def test_the_demo_customer_service_group_sees_all_units_non_confidential_feedback(client):
    from feedback_plugin.models import FeedbackCategory
    from home.demo.feedback import ensure_taxonomy, ensure_units
    from tests.factories import locale

    units = ensure_units(locale("fi"), locale("en"))
    ensure_taxonomy(locale("fi"), locale("en"), units)
    categories = FeedbackCategory.objects.in_default_locale()
    street_lights = make_feedback(categories.get(code="street-lighting"))
    bus = make_feedback(categories.get(code="bus-services"))
    confidential = make_feedback(categories.filter(is_confidential=True).first())
    agent, street_worker = UserFactory(), UserFactory()
    agent.groups.add(units["service"].staff_group)
    street_worker.groups.add(units["streets"].staff_group)

    verified_login(client, agent)
    assert listed(client) == {street_lights.reference, bus.reference}
    assert confidential.unit != units["service"]
    verified_login(client, street_worker)
    assert listed(client) == {street_lights.reference}
