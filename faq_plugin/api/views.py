import django_filters
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from home.api_filters import LanguageFilterSet

from ..models import FAQ
from .serializers import FAQSerializer


class FAQFilterSet(LanguageFilterSet):
    topic = django_filters.NumberFilter(field_name="topic_id", label=_("Topic id"))
    category = django_filters.CharFilter(
        field_name="categories__code", distinct=True, label=_("Feedback category code (Open311 service_code)")
    )

    class Meta:
        model = FAQ
        fields = ["lang", "topic", "category"]


@extend_schema_view(
    list=extend_schema(summary="Published FAQ entries in one language", tags=["FAQ"]),
    retrieve=extend_schema(summary="One published FAQ entry", tags=["FAQ"]),
)
class FAQViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = FAQSerializer
    filterset_class = FAQFilterSet
    queryset = (
        FAQ.objects.filter(live=True)
        .select_related("topic", "locale")
        .prefetch_related("categories")
        .order_by("topic__sort_order", "topic__title", "sort_order", "question")
    )
