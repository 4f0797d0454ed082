"""API v1 views: public feedback through the privacy gate, categories, and submissions from API clients."""

from django.conf import settings
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, parsers, status, viewsets
from rest_framework.filters import OrderingFilter
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from .. import idempotency, submission
from ..client_address import limit_key
from ..filters import FEEDBACK_PAGE_SIZE, CappedPaginator, FeedbackFilterSet, PageSize
from ..models import Channel, FeedbackCategory
from ..parameters import GIVE_PARAMETER_ONCE, repeated_names
from ..privacy import public_feedback, public_feedback_for_display, public_items, public_rows
from .caching import PublicReadMixin
from .clients import API_KEY_HEADER
from .errors import api_exception_handler
from .parsers import JSONParser
from .serializers import (
    FEEDBACK_ROW_FIELDS,
    CategorySerializer,
    ErrorSerializer,
    FeedbackCreatedSerializer,
    FeedbackCreateMultipartSerializer,
    FeedbackCreateSerializer,
    FeedbackSerializer,
    ValidationErrorSerializer,
    feedback_records,
)
from .throttling import ClientRateThrottle

LANGUAGE_PARAMETER = OpenApiParameter(
    "lang",
    OpenApiTypes.STR,
    enum=[code for code, _name in settings.LANGUAGES],
    description="Language of names and messages; without it, Accept-Language decides.",
)
THROTTLED = OpenApiResponse(
    ErrorSerializer, description="Too many requests: try again after the seconds that `Retry-After` gives."
)
ERROR_RESPONSES = {
    400: OpenApiResponse(ValidationErrorSerializer, description="Invalid parameters, with a message per field."),
    404: OpenApiResponse(ErrorSerializer, description="Not found."),
    429: THROTTLED,
}
PHOTO_STORE_UNAVAILABLE = OpenApiResponse(
    ErrorSerializer,
    description="The photo storage is not working, and nothing was stored: send again after `Retry-After` seconds.",
)
# DRF sets it from an exception's `wait`: every 429, and the photo storage's 503. drf-spectacular documents
# response headers as header parameters.
RETRY_AFTER = OpenApiParameter(
    "Retry-After",
    OpenApiTypes.INT,
    OpenApiParameter.HEADER,
    required=True,
    description="Seconds to wait before the next request.",
    response=[429, 503],
)
API_KEY = OpenApiParameter(
    API_KEY_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="A registered API client's key: the request counts against the client's own, higher quota.",
)


IDEMPOTENCY_KEY = OpenApiParameter(
    idempotency.HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description=(
        "A key of the client's choosing for this submission (16–255 visible ASCII characters, e.g. a UUID). "
        "Sent again with the same body, it gets the first answer again and stores nothing new; with another "
        "body it is a 422. Keys are kept for 24 hours."
    ),
)
IDEMPOTENT_REPLAYED = OpenApiParameter(
    idempotency.REPLAYED_HEADER,
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    enum=["true"],
    description="Present when the answer is the kept answer to an earlier request with the same Idempotency-Key.",
    response=[201],
)
KEY_REUSED = OpenApiResponse(ErrorSerializer, description="The Idempotency-Key was already used for another body.")


def keyed_response(request, scope, fields, answer, create):
    """``create(keyed)``'s answer under the request's Idempotency-Key (``keyed`` is None without one); a retry
    gets the kept ``answer(feedback)`` again, marked as a replay."""
    keyed = idempotency.keyed_submission(request.headers.get(idempotency.HEADER), scope, fields, answer)
    return idempotency.respond(keyed, lambda: create(keyed), replayed_response)


def replayed_response(stored):
    return Response(stored.answer_data(), status=stored.status, headers={idempotency.REPLAYED_HEADER: "true"})


class APISchema(AutoSchema):
    """The schema of every API v1 operation: it takes an API key, and a 429 answer carries ``Retry-After``."""

    def get_override_parameters(self):
        return [*super().get_override_parameters(), API_KEY, RETRY_AFTER]


class ScopedLanguageMixin:
    """A language chosen during the request lasts for this request only, not for whatever the thread serves
    next, and the response says which language it is in."""

    def dispatch(self, request, *args, **kwargs):
        with translation.override(translation.get_language()):
            return super().dispatch(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Language"] = translation.get_language()
        return response


class LanguageAPIMixin(ScopedLanguageMixin, PublicReadMixin):
    """``?lang=fi|en`` chooses the language of the response and its messages; otherwise Accept-Language. Reads
    are public reads, answered with an ETag and 304s."""

    throttle_classes = [ClientRateThrottle]
    schema = APISchema()
    # Parsers are the API's own choice, not a REST_FRAMEWORK default: wagtail-localize's admin views are DRF
    # views too, and they send multipart. JSON only here, because form encodings can't express null.
    parser_classes = [JSONParser]
    #: Query parameters that may repeat (arrays in the schema); any other parameter given twice is an error.
    repeatable_parameters = ()

    def get_exception_handler(self):
        return api_exception_handler

    def initial(self, request, *args, **kwargs):
        repeated = repeated_names(request.query_params, self.repeatable_parameters)
        if repeated:
            raise exceptions.ValidationError({name: [GIVE_PARAMETER_ONCE] for name in repeated})
        language = request.query_params.get("lang")
        if language is not None:
            if language not in dict(settings.LANGUAGES):
                raise exceptions.ValidationError({"lang": [_("Choose one of the site's languages.")]})
            translation.activate(language)
            request.LANGUAGE_CODE = language
        super().initial(request, *args, **kwargs)


def number_parameter(request, name, read):
    """A query parameter read by ``read``, its ValidationError under the parameter's name."""
    try:
        return read(request.query_params.get(name))
    except DjangoValidationError as error:
        raise exceptions.ValidationError({name: error.messages}) from error


class RowsPaginator(CappedPaginator):
    """Capped pages whose items are ``public_rows`` of the list's fields: plain values, not model instances."""

    def _get_page(self, object_list, number, paginator):
        return super()._get_page(public_rows(object_list, FEEDBACK_ROW_FIELDS), number, paginator)


class FeedbackPagination(PageNumberPagination):
    django_paginator_class = RowsPaginator
    page_size = FEEDBACK_PAGE_SIZE.default
    page_size_query_param = "page_size"
    max_page_size = FEEDBACK_PAGE_SIZE.maximum

    def get_page_size(self, request):
        """A page size out of range is an error, not silently changed: the schema states the bounds."""
        return number_parameter(request, self.page_size_query_param, FEEDBACK_PAGE_SIZE.parse)

    def get_page_number(self, request, paginator):
        # A page past the last one is a 404 (DRF's), a page that is not a number is a 400.
        return number_parameter(request, self.page_query_param, PageSize(default=1, maximum=10**9).parse)

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        bounds = {"page": {"minimum": 1, "maximum": 10**9}, "page_size": {"minimum": 1, "maximum": self.max_page_size}}
        for parameter in parameters:
            parameter["schema"].update(bounds.get(parameter["name"], {}))
        return parameters


@extend_schema_view(
    list=extend_schema(
        summary="Public feedback",
        parameters=[LANGUAGE_PARAMETER],
        responses={200: FeedbackSerializer, **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One public feedback item by reference",
        parameters=[LANGUAGE_PARAMETER],
        responses={200: FeedbackSerializer, **ERROR_RESPONSES},
    ),
    create=extend_schema(
        summary="Send feedback",
        description="The same rules as the web form. Photos go as repeated `photos` parts of a multipart body.",
        parameters=[LANGUAGE_PARAMETER, IDEMPOTENCY_KEY, IDEMPOTENT_REPLAYED],
        request={
            "multipart/form-data": FeedbackCreateMultipartSerializer,
            "application/json": FeedbackCreateSerializer,
        },
        responses={201: FeedbackCreatedSerializer, **ERROR_RESPONSES, 422: KEY_REUSED, 503: PHOTO_STORE_UNAVAILABLE},
    ),
)
class FeedbackViewSet(LanguageAPIMixin, mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Published feedback (public fields only), and submissions."""

    lookup_field = "reference"
    lookup_value_regex = r"\d{4}-\d{6}"
    pagination_class = FeedbackPagination
    filter_backends = [DjangoFilterBackend, OrderingFilter]
    filterset_class = FeedbackFilterSet
    ordering_fields = ["received_at", "updated_at", "supporter_count"]
    ordering = ["-received_at", "-pk"]
    # Only create has a body: multipart for photos, or JSON.
    parser_classes = [parsers.MultiPartParser, JSONParser]

    def get_queryset(self):
        # The list reads rows (RowsPaginator); one item is shown through the privacy gate's value objects.
        return public_feedback() if self.action == "list" else public_feedback_for_display()

    def get_serializer_class(self):
        return FeedbackCreateSerializer if self.action == "create" else FeedbackSerializer

    def get_object(self):
        feedback = self.get_queryset().filter(reference=self.kwargs["reference"]).first()
        if feedback is None:
            raise exceptions.NotFound(_("There is no public feedback with this reference."))
        return public_items([feedback])[0]

    def list(self, request, *args, **kwargs):
        rows = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(feedback_records(rows, request))

    def create(self, request, *args, **kwargs):
        # Multipart data (files included) is a QueryDict; a JSON body is any JSON value.
        fields = idempotency.form_fields(request.data) if hasattr(request.data, "getlist") else request.data
        return keyed_response(request, "api", fields, self.created, self.submit)

    def created(self, feedback):
        return status.HTTP_201_CREATED, FeedbackCreatedSerializer(feedback, context=self.get_serializer_context()).data

    def submit(self, keyed):
        serializer_class = (
            FeedbackCreateSerializer
            if self.request.content_type.startswith("application/json")
            else FeedbackCreateMultipartSerializer
        )
        serializer = serializer_class(data=self.request.data, context=self.get_serializer_context())
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        feedback = submission.submit(
            data, data.pop("photos", []), Channel.API, limit_key(self.request), idempotency=keyed
        )
        status_code, data = self.created(feedback)
        return Response(data, status=status_code)


@extend_schema_view(
    list=extend_schema(
        summary="Feedback categories with their service areas and extra questions",
        parameters=[LANGUAGE_PARAMETER],
        responses={200: CategorySerializer(many=True), **ERROR_RESPONSES},
    ),
    retrieve=extend_schema(
        summary="One category by code",
        parameters=[LANGUAGE_PARAMETER],
        responses={200: CategorySerializer, **ERROR_RESPONSES},
    ),
)
class CategoryViewSet(LanguageAPIMixin, viewsets.ReadOnlyModelViewSet):
    """Active categories in the requested language. ``code`` is the category's stable identifier."""

    serializer_class = CategorySerializer
    lookup_field = "code"
    lookup_value_regex = r"[-a-zA-Z0-9_]+"
    pagination_class = None
    filter_backends = []

    def get_queryset(self):
        return FeedbackCategory.objects.for_form().prefetch_related(Prefetch("questions"))
