"""The feedback inbox in the Wagtail admin: list, filters, export, handling and staff-recorded feedback."""

import datetime

import django_filters
from django.db.models import OuterRef, Subquery
from django.shortcuts import redirect
from django.template.defaultfilters import yesno
from django.urls import path, reverse
from django.utils import dateformat, timezone
from django.utils.functional import cached_property
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Locale

from ..models import Feedback, FeedbackCategory, ResponsibleUnit
from ..permissions import feedback_permission_policy
from . import views
from .filters import FeedbackFilterSet
from .forms import LocationPanel, StaffFeedbackForm


def name_in_active_language(model, translation_key_path):
    """The name of the related taxonomy row in the admin user's language, as one subquery per list."""
    return Subquery(
        model.objects.filter(translation_key=OuterRef(translation_key_path), locale=Locale.get_active()).values("name")[
            :1
        ]
    )


def handling_url(feedback):
    return reverse("feedback_inbox:inspect", args=[feedback.pk])


def summary(feedback):
    return feedback.title or Truncator(feedback.description).chars(80)


class DueDateColumn(DateColumn):
    cell_template_name = "feedback_plugin/admin/due_date_cell.html"


class BooleanFilterAdapter(BaseFilterAdapter):
    """Shows an active yes/no filter as "Overdue: Yes" in the user's language; Wagtail shows Python's "True"."""

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            capfirst(yesno(self.value)),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)


def local_timestamp(value):
    """An export's timestamp as staff read it: local time to the minute, not UTC ISO with microseconds."""
    return dateformat.format(timezone.localtime(value), "Y-m-d H:i")


class FeedbackIndexView(generic.IndexView):
    export_headings = {
        field: capfirst(label)
        for field, label in [
            ("category_name", _("category")),
            ("unit_name", _("assigned unit")),
            ("get_kind_display", _("kind")),
            ("get_channel_display", _("channel")),
            ("get_status_display", _("status")),
            ("get_publication_display", _("publication")),
            ("language_name", _("language")),
        ]
    }
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        # Wagtail writes UTC; staff and their spreadsheets work in the city's time.
        datetime.datetime: {
            generic.IndexView.FORMAT_CSV: local_timestamp,
            generic.IndexView.FORMAT_XLSX: timezone.make_naive,
        },
    }

    @cached_property
    def no_results_message(self):
        # Wagtail's own messages here have no Finnish translation.
        if self.is_searching or self.is_filtering:
            return _("No feedback matches the search or the filters.")
        return _("There is no feedback to handle.")

    def get_base_queryset(self):
        visible = feedback_permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change"]
        )
        return visible.select_related("category", "unit").annotate(
            category_name=name_in_active_language(FeedbackCategory, "category__translation_key"),
            unit_name=name_in_active_language(ResponsibleUnit, "unit__translation_key"),
        )

    # Feedback changes only through the handling view, which records the trail; no generic edit, copy or delete.
    def get_edit_url(self, instance):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None


class FeedbackViewSet(ModelViewSet):
    model = Feedback
    icon = "comment"
    menu_label = _("Feedback inbox")
    menu_order = 150
    add_to_admin_menu = True
    url_prefix = "feedback"
    url_namespace = "feedback_inbox"
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = FeedbackIndexView
    inspect_view_class = views.FeedbackHandleView
    inspect_view_fields = [
        "kind",
        "category",
        "title",
        "description",
        "language",
        "address",
        "latitude",
        "longitude",
        "channel",
        "status",
        "unit",
        "due_date",
        "publication",
        "allow_publication",
        "duplicate_of",
        "supporter_count",
        "received_at",
        "first_reply_at",
        "closed_at",
    ]
    add_view_class = views.StaffFeedbackCreateView
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("channel"), FieldPanel("kind"), FieldPanel("language")]),
            FieldPanel("category"),
            FieldPanel("title"),
            FieldPanel("description"),
            LocationPanel("location"),
            FieldPanel("address"),
            MultiFieldPanel(
                [
                    FieldPanel("contact_name"),
                    FieldPanel("contact_email"),
                    FieldPanel("contact_phone"),
                    FieldPanel("wants_reply"),
                    FieldPanel("allow_publication"),
                ],
                heading=_("Contact data"),
            ),
        ],
        base_form_class=StaffFeedbackForm,
    )
    filterset_class = FeedbackFilterSet
    search_fields = ["reference", "title", "description", "address"]
    search_backend_name = None  # Feedback is not in the search index: the ORM searches these fields.
    ordering = ["-received_at", "-pk"]
    list_per_page = 30
    list_display = [
        TitleColumn("reference", label=capfirst(_("reference")), sort_key="reference", get_url=handling_url),
        Column("summary", label=capfirst(_("summary")), accessor=summary),
        Column("category_name", label=capfirst(_("category"))),
        Column("unit_name", label=capfirst(_("assigned unit"))),
        Column("kind", label=capfirst(_("kind")), accessor="get_kind_display"),
        Column("channel", label=capfirst(_("channel")), accessor="get_channel_display"),
        StatusTagColumn(
            "status", label=capfirst(_("status")), accessor="get_status_display", sort_key="status", primary=True
        ),
        DateColumn("received_at", label=capfirst(_("received")), sort_key="received_at"),
        DueDateColumn("due_date", label=capfirst(_("due date")), sort_key="due_date"),
    ]
    list_export = [
        "reference",
        "received_at",
        "get_kind_display",
        "category_name",
        "unit_name",
        "get_channel_display",
        "get_status_display",
        "get_publication_display",
        "due_date",
        "first_reply_at",
        "closed_at",
        "title",
        "description",
        "address",
        "latitude",
        "longitude",
        "language_name",
        "supporter_count",
    ]
    export_filename = "feedback"

    def redirect_to_handling(self, request, pk):
        return redirect(self.get_url_name("inspect"), pk=pk)

    def get_urlpatterns(self):
        # The generic per-object views neither scope by unit nor record the trail. Their names stay (other admin
        # parts link to them), but they all lead to the handling view, which shows the trail and checks access.
        replaced = {
            "edit": "edit/",
            "delete": "delete/",
            "history": "history/",
            "history_results": "history-results/",
            "usage": "usage/",
        }
        urlpatterns = [pattern for pattern in super().get_urlpatterns() if pattern.name not in replaced]
        return [
            *urlpatterns,
            *[path(f"{prefix}<int:pk>/", self.redirect_to_handling, name=name) for name, prefix in replaced.items()],
            path("inspect/<int:pk>/act/<slug:action>/", self.inspect_view, name="act"),
            path("inspect/<int:pk>/photos/<int:photo_pk>/", views.photo, name="photo"),
            path(
                "inspect/<int:pk>/notifications/<int:notification_pk>/retry/",
                views.retry_notification,
                name="retry_notification",
            ),
        ]


feedback_viewset = FeedbackViewSet("feedback")
