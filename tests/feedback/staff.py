"""Staff users for admin tests: members of a unit's staff group, with the permissions the demo gives staff."""

from django.contrib.auth.models import Group, Permission

from tests.factories import UserFactory

STAFF_PERMISSIONS = ["access_admin", "view_feedback", "change_feedback", "add_feedback"]


def unit_staff(unit, *extra_permissions, username=None):
    """A staff user in ``unit``'s group (created if the unit has none) with the staff permissions."""
    if unit.staff_group is None:
        unit.staff_group = Group.objects.create(name=f"Staff of {unit.name}")
        unit.save()
    group = unit.staff_group
    group.permissions.add(*Permission.objects.filter(codename__in=[*STAFF_PERMISSIONS, *extra_permissions]))
    user = UserFactory(**({"username": username} if username else {}))
    user.groups.add(group)
    return user
