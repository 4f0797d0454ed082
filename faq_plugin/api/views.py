from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets

from feedback_plugin.api.filters import LanguageFilterSet
from feedback_plugin.api.views import ERROR_RESPONSES, LanguageAPIMixin
from feedback_plugin.filters import CodeFilter, IdFilter

from ..models import FAQ
from .serializers import FAQSerializer


class FAQFilterSet(LanguageFilterSet):
    topic = IdFilter(field_name="topic_id", min_value=1, max_value=2_147_483_647, label=_("Topic id"))
    category = CodeFilter(
        field_name="categories__code", distinct=True, label=_("Feedback category code (Open311 service_code)")
    )

    class Meta:
        model = FAQ
        fields = ["lang", "topic", "category"]


@extend_schema_view(
    list=extend_schema(
        summary="Published FAQ entries in one language",
        tags=["FAQ"],
        responses={200: FAQSerializer(many=True), **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One published FAQ entry", tags=["FAQ"], responses={200: FAQSerializer, **ERROR_RESPONSES}
    ),
)
class FAQViewSet(LanguageAPIMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = FAQSerializer
    filterset_class = FAQFilterSet
    queryset = (
        FAQ.objects.filter(live=True)
        .select_related("topic", "locale")
        .prefetch_related("categories")
        .order_by("topic__sort_order", "topic__title", "sort_order", "question")
    )
