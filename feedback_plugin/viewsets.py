"""Wagtail admin viewsets: the feedback inbox where staff handle feedback."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import Feedback


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Feedback inbox")
    menu_order = 150
    add_to_admin_menu = True
    url_prefix = "feedback"
    url_namespace = "feedback_inbox"
    inspect_view_enabled = True
    list_display = ["reference", "category", "status", "received_at"]
    exclude_form_fields = ["tracking_token", "reference"]


feedback_viewset = FeedbackViewSet("feedback")
