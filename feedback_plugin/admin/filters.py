"""Filters of the feedback inbox."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.widgets import BooleanRadioSelect

from ..models import CLOSED_STATUSES, Channel, Feedback, FeedbackCategory, Kind, Publication, ResponsibleUnit, Status
from ..models.taxonomy import ServiceArea


def overdue_filter():
    return Q(due_date__lt=timezone.localdate()) & ~Q(status__in=CLOSED_STATUSES)


def in_active_language(model):
    """Taxonomy rows in the admin user's language; filtering matches every translation of the chosen row."""

    def queryset(request):
        return model.objects.in_active_locale()

    return queryset


class TranslatedChoiceFilter(django_filters.ModelChoiceFilter):
    """Chooses a translated row and filters by its translation key, so feedback pointing at any translation
    (feedback points at the default language) is found."""

    def filter(self, qs, value):
        if value in ([], (), {}, "", None):
            return qs
        return qs.filter(**{f"{self.field_name}__translation_key": value.translation_key})


class FeedbackFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=capfirst(_("status")), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    category = TranslatedChoiceFilter(label=capfirst(_("category")), queryset=in_active_language(FeedbackCategory))
    service_area = TranslatedChoiceFilter(
        label=capfirst(_("service area")), field_name="category__service_area", queryset=in_active_language(ServiceArea)
    )
    unit = TranslatedChoiceFilter(label=capfirst(_("assigned unit")), queryset=in_active_language(ResponsibleUnit))
    kind = django_filters.ChoiceFilter(label=capfirst(_("kind")), choices=Kind.choices)
    channel = django_filters.ChoiceFilter(label=capfirst(_("channel")), choices=Channel.choices)
    publication = django_filters.ChoiceFilter(label=capfirst(_("publication")), choices=Publication.choices)
    overdue = django_filters.BooleanFilter(
        label=capfirst(_("overdue")), method="filter_overdue", widget=BooleanRadioSelect
    )
    received_at = django_filters.DateFromToRangeFilter(label=capfirst(_("received")), widget=DateRangePickerWidget)

    class Meta:
        model = Feedback
        fields = []

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.filter(overdue_filter()) if value else queryset.exclude(overdue_filter())
