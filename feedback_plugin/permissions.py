"""Who may see and handle which feedback in the admin, in one place.

Every admin view (inbox, export, handling, actions, photos) asks this policy. The rules:
- a superuser sees everything;
- other staff need the model permission for the action, and see only the feedback of the units whose staff
  group they belong to (a unit's translations share the group);
- customer service, who route everything, have ``feedback_plugin.route_all_feedback``: they also see the
  non-confidential feedback of every unit, and feedback not assigned to any unit;
- feedback in a confidential category also needs ``feedback_plugin.handle_confidential_feedback``, and
  membership of its unit's group, whatever else the user may do;
- nobody deletes feedback through the admin: handling leaves a trail, deletion would erase it.

``sees_personal_data`` names the users the admin shows residents' personal data, so that a site can ask them
for more than a password.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

from .models import Feedback, ResponsibleUnit

CONFIDENTIAL_PERMISSION = "feedback_plugin.handle_confidential_feedback"
ROUTE_ALL_PERMISSION = "feedback_plugin.route_all_feedback"
# Viewing or changing feedback both open the handling view, which shows the resident's contact data.
HANDLING_ACTIONS = ["view", "change"]


def handled_unit_keys(user):
    """The translation keys of the units whose staff group the user belongs to."""
    return ResponsibleUnit.objects.filter(staff_group__in=user.groups.all()).values("translation_key")


class FeedbackPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        if action == "delete":
            return False
        return super().user_has_permission(user, action)

    def visible_to(self, user):
        """The filter for feedback the user may work on, given they have the model permission."""
        if user.is_superuser:
            return Q()
        non_confidential = Q(category__is_confidential=False)
        own_units = Q(unit__translation_key__in=handled_unit_keys(user))
        if not user.has_perm(CONFIDENTIAL_PERMISSION):
            own_units &= non_confidential
        if user.has_perm(ROUTE_ALL_PERMISSION):
            return own_units | non_confidential
        return own_units

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return Feedback.objects.none()
        return Feedback.objects.filter(self.visible_to(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.instances_user_has_any_permission_for(user, actions).filter(pk=instance.pk).exists()


feedback_permission_policy = FeedbackPermissionPolicy(Feedback)


def sees_personal_data(user):
    """Whether the admin shows the user residents' contact data or confidential feedback."""
    return (
        user.is_superuser
        or user.has_perm(CONFIDENTIAL_PERMISSION)
        or feedback_permission_policy.user_has_any_permission(user, HANDLING_ACTIONS)
    )
