"""The public feedback list: filters, paging and category names in a fixed number of queries."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters

from ..filters import CLOSED, FEEDBACK_PAGE_SIZE, OPEN, CappedPaginator, FeedbackFilterSet
from ..models import FeedbackCategory, Kind, ServiceArea
from ..sitewide import remembered

PERIODS = {"30": 30, "90": 90, "365": 365}


class FeedbackListFilterSet(FeedbackFilterSet):
    """The public list's filters: the shared ones it offers, as menus, and the period in days. An invalid
    filter is shown as an error and left out; the list is never an error page."""

    OFFERED = ("category", "service_area", "kind", "status", "period", "bbox")

    period = filters.ChoiceFilter(
        label=_("Received"),
        method="filter_period",
        empty_label=_("Any time"),
        choices=[("30", _("In the last 30 days")), ("90", _("In the last 90 days")), ("365", _("In the last year"))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters = {name: self.filters[name] for name in self.OFFERED}
        categories, areas = remembered(("feedback list menus", get_language()), menu_choices)
        menus = {
            "category": (_("Topic"), categories),
            "service_area": (_("Service area"), areas),
            "kind": (_("Kind"), Kind.choices),
            "status": (_("Status"), [(OPEN, _("Open")), (CLOSED, _("Closed"))]),
        }
        for name, (label, choices) in menus.items():
            self.form.fields[name].label = label
            self.form.fields[name].widget = forms.Select(choices=[("", _("All")), *choices])
        self.form.fields["bbox"].widget = forms.HiddenInput()

    def filter_period(self, queryset, name, value):
        return queryset.filter(received_at__gte=timezone.now() - datetime.timedelta(days=PERIODS[value]))


def menu_choices():
    """The topics and service areas the list offers in the active language, site-wide values."""
    categories = FeedbackCategory.objects.in_active_locale().active().filter(is_confidential=False)
    areas = ServiceArea.objects.in_active_locale()
    return [(c.code, c.name) for c in categories.order_by("name")], [(a.pk, a.name) for a in areas]


def paginate(queryset, request):
    per_page = FEEDBACK_PAGE_SIZE.clamp(request.GET.get("per_page"))
    return CappedPaginator(queryset, per_page).get_page(request.GET.get("page"))


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
