import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from feedback_plugin.api.filters import LanguageFilterSet
from feedback_plugin.api.views import ERROR_RESPONSES, LanguageAPIMixin
from feedback_plugin.filters import CodeFilter

from ..models import Bulletin, Priority
from .serializers import BulletinSerializer


class BulletinFilterSet(LanguageFilterSet):
    include = django_filters.ChoiceFilter(
        choices=[("expired", _("Expired bulletins too"))],
        method="filter_include",
        label=_("Include"),
        help_text=_("Only active bulletins are listed unless this is 'expired'."),
    )
    priority = django_filters.MultipleChoiceFilter(choices=Priority.choices, label=_("Priority"))
    category = CodeFilter(
        field_name="categories__code", distinct=True, label=_("Feedback category code (Open311 service_code)")
    )

    class Meta:
        model = Bulletin
        fields = ["lang", "include", "priority", "category"]

    def filter_include(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if self.form.cleaned_data.get("include") == "expired":
            # Bulletins that have not started yet stay unpublished until their start.
            return queryset.filter(valid_from__lte=timezone.now()).order_by("-valid_from")
        return queryset.active(timezone.now())


@extend_schema_view(
    list=extend_schema(
        summary="Active bulletins in one language",
        tags=["Bulletins"],
        responses={200: BulletinSerializer(many=True), **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One bulletin that has started",
        tags=["Bulletins"],
        responses={200: BulletinSerializer, **ERROR_RESPONSES},
    ),
)
class BulletinViewSet(LanguageAPIMixin, viewsets.ReadOnlyModelViewSet):
    repeatable_parameters = ("priority",)
    serializer_class = BulletinSerializer
    filterset_class = BulletinFilterSet
    queryset = Bulletin.objects.filter(live=True).select_related("locale").prefetch_related("categories")
