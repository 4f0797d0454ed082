"""The feedback taxonomy and reply templates as snippets, grouped under "Feedback settings" in the admin menu.
They are translatable (wagtail-localize), so Wagtail adds the locale filter and the translation actions."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from ..models import FeedbackCategory, ReplyTemplate, ResponsibleUnit, ServiceArea


class ServiceAreaViewSet(SnippetViewSet):
    model = ServiceArea
    icon = "folder-open-inverse"
    list_display = ["name", "sort_order"]
    search_fields = ["name", "description"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class FeedbackCategoryViewSet(SnippetViewSet):
    model = FeedbackCategory
    icon = "tag"
    list_display = ["name", "code", "service_area", "unit", "is_active", "is_confidential"]
    list_filter = ["service_area", "unit", "is_active", "is_confidential"]
    search_fields = ["name", "code", "description"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class ResponsibleUnitViewSet(SnippetViewSet):
    model = ResponsibleUnit
    icon = "group"
    list_display = ["name", "notification_email", "staff_group"]
    search_fields = ["name", "notification_email"]
    ordering = ["name"]


class ReplyTemplateViewSet(SnippetViewSet):
    model = ReplyTemplate
    icon = "doc-full"
    list_display = ["title", "category"]
    list_filter = ["category"]
    search_fields = ["title", "body"]
    ordering = ["title"]


class FeedbackSettingsViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Feedback settings")
    menu_icon = "cog"
    menu_order = 160
    items = (FeedbackCategoryViewSet, ServiceAreaViewSet, ResponsibleUnitViewSet, ReplyTemplateViewSet)
