"""The public feedback list: filters, paging and category names in a fixed number of queries."""

import datetime

from django import forms
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..location import in_bbox, parse_bbox
from ..models import CLOSED_STATUSES, FeedbackCategory, Kind, ServiceArea

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 50
PERIODS = {"30": 30, "90": 90, "365": 365}


class FeedbackFilterForm(forms.Form):
    category = forms.ChoiceField(label=_("Topic"), required=False)
    area = forms.ChoiceField(label=_("Service area"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All")), *Kind.choices])
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("All")), ("open", _("Open")), ("closed", _("Closed"))]
    )
    period = forms.ChoiceField(
        label=_("Received"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("30", _("In the last 30 days")),
            ("90", _("In the last 90 days")),
            ("365", _("In the last year")),
        ],
    )
    bbox = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        categories = FeedbackCategory.objects.in_active_locale().active().filter(is_confidential=False)
        self.fields["category"].choices = [("", _("All")), *((c.code, c.name) for c in categories.order_by("name"))]
        areas = ServiceArea.objects.in_active_locale()
        self.fields["area"].choices = [("", _("All")), *((str(a.translation_key), a.name) for a in areas)]

    def clean_bbox(self):
        value = self.cleaned_data["bbox"]
        return parse_bbox(value) if value else None

    def filtered(self, queryset):
        """The queryset narrowed by every valid filter; invalid filters are shown as errors and ignored."""
        if not self.is_bound:
            return queryset
        self.is_valid()
        data = self.cleaned_data
        if data.get("category"):
            queryset = queryset.filter(category__code=data["category"])
        if data.get("area"):
            queryset = queryset.filter(category__service_area__translation_key=data["area"])
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        if data.get("status") == "open":
            queryset = queryset.exclude(status__in=CLOSED_STATUSES)
        elif data.get("status") == "closed":
            queryset = queryset.filter(status__in=CLOSED_STATUSES)
        if data.get("period"):
            since = timezone.now() - datetime.timedelta(days=PERIODS[data["period"]])
            queryset = queryset.filter(received_at__gte=since)
        if data.get("bbox"):
            queryset = queryset.filter(in_bbox(*data["bbox"]))
        return queryset


def page_size(request):
    try:
        size = int(request.GET.get("per_page", DEFAULT_PAGE_SIZE))
    except ValueError:
        return DEFAULT_PAGE_SIZE
    return min(max(size, 1), MAX_PAGE_SIZE)


def paginate(queryset, request):
    return Paginator(queryset, page_size(request)).get_page(request.GET.get("page"))


def query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
