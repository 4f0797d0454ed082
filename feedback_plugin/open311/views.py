"""Open311 GeoReport v2: a thin layer over the categories, the privacy gate and ``submission.submit``.

Every endpoint answers in ``.json`` and ``.xml``, takes ``jurisdiction_id``, and reports errors as a list of
``{code, description}``. The Helsinki/6Aika extensions run from ``extensions.EXTENSIONS``.
"""

import datetime
from functools import cache

from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, parsers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import idempotency, submission
from ..api.caching import PublicReadMixin
from ..api.clients import request_api_client
from ..api.throttling import ClientRateThrottle
from ..api.views import ScopedLanguageMixin, keyed_response
from ..filters import FeedbackFilterSet
from ..models import Channel, FeedbackCategory, ServiceRequestToken
from ..parameters import GIVE_PARAMETER_ONCE, repeated_names
from ..privacy import public_feedback, public_row, public_rows
from ..sitewide import remembered
from .errors import open311_exception_handler
from .extensions import extensions_for
from .renderers import Open311JSONRenderer, Open311XMLRenderer
from .serializers import (
    REQUEST_FIELDS,
    JurisdictionParameters,
    RequestListParameters,
    ServiceDefinitionSerializer,
    ServiceRequestCreateParameters,
    ServiceSerializer,
    attribute_answers,
    is_attribute_list,
    record_context,
    service_request,
)

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
CHANGESET = "2026-11-24T00:00:00Z"
MAX_REQUESTS = 1000
DEFAULT_WINDOW = datetime.timedelta(days=90)


class Open311View(ScopedLanguageMixin, PublicReadMixin, APIView):
    renderer_classes = [Open311JSONRenderer, Open311XMLRenderer]
    parser_classes = [parsers.FormParser, parsers.MultiPartParser]
    throttle_classes = [ClientRateThrottle]
    parameters_class = JurisdictionParameters
    xml_root = "service_requests"
    endpoint = "requests"

    def get_exception_handler(self):
        return open311_exception_handler

    def read_parameters(self, data, parameters_class=None, endpoint=None):
        """Validates the standard's parameters with those of the endpoint's extensions, once the extensions
        have set what the errors depend on (the language). Only ``attribute[code][]`` may repeat."""
        self.extensions = extensions_for(endpoint or self.endpoint)
        for extension in self.extensions:
            extension.activate(data)
        repeated = repeated_names(data, [name for name in data if is_attribute_list(name)])
        if repeated:
            raise exceptions.ValidationError({name: [GIVE_PARAMETER_ONCE] for name in repeated})
        parameters_class = parameters_with(parameters_class or self.parameters_class, tuple(self.extensions))
        if not data:
            # Most reads name no parameter at all.
            return dict(defaults_of(parameters_class))
        return validated(parameters_class, data)

    def row_fields(self, params):
        """The public fields the records are built from: the standard's and the extensions'."""
        return REQUEST_FIELDS.union(*(extension.row_fields(params) for extension in self.extensions))

    def service_requests(self, rows, params):
        """The public items' ``rows`` as the standard's records, each extended by the extensions."""
        context = record_context(self.request, params)
        records = []
        for row in rows:
            record = service_request(row, context)
            for extension in self.extensions:
                extension.extend_request(record, row, context)
            records.append(record)
        return records


@cache
def parameters_with(parameters_class, extensions):
    """The parameters serializer of an endpoint: the standard's fields and its extensions', built once."""
    fields = {name: field for extension in extensions for name, field in extension.parameters.items()}
    return type("Parameters", (parameters_class,), fields)


def validated(parameters_class, data):
    parameters = parameters_class(data=data)
    parameters.is_valid(raise_exception=True)
    return parameters.validated_data


@cache
def defaults_of(parameters_class):
    """What ``parameters_class`` makes of no parameters, validated once; one that requires a parameter raises
    each time, in the language of each request."""
    return validated(parameters_class, QueryDict())


class DiscoveryView(Open311View):
    xml_root = "discovery"
    endpoint = "discovery"

    def get(self, request, format=None):
        self.read_parameters(request.query_params)
        base = request.build_absolute_uri(reverse("feedback_photos:open311:discovery", kwargs={"format": "json"}))
        return Response(
            {
                "changeset": CHANGESET,
                "contact": str(_("Questions about the API: the city's feedback service.")),
                "key_service": str(_("API keys are issued by the city's feedback service.")),
                "endpoints": [
                    {
                        "specification": SPECIFICATION,
                        "url": base.rsplit("/discovery", 1)[0],
                        "changeset": CHANGESET,
                        "type": "production",
                        "formats": ["application/json", "text/xml"],
                    }
                ],
            }
        )


class ServiceListView(Open311View):
    xml_root = "services"
    endpoint = "services"

    def get(self, request, format=None):
        self.read_parameters(request.query_params)
        return Response(remembered(("open311 services", get_language()), services))


def services():
    categories = FeedbackCategory.objects.for_form().prefetch_related("questions")
    return ServiceSerializer(categories, many=True).data


class ServiceDefinitionView(Open311View):
    xml_root = "service_definition"
    endpoint = "service"

    def get(self, request, service_code, format=None):
        self.read_parameters(request.query_params)
        category = FeedbackCategory.objects.for_form().prefetch_related("questions").filter(code=service_code).first()
        if category is None:
            raise exceptions.NotFound(_("There is no service with this code."))
        return Response(ServiceDefinitionSerializer(category).data)


def requested_window(params):
    """The standard's default: the last 90 days, and never a range longer than that."""
    start, end = params.get("start_date"), params.get("end_date")
    if start is None and end is None:
        end = timezone.now()
    try:
        start = start or end - DEFAULT_WINDOW
        end = end or start + DEFAULT_WINDOW
    except OverflowError as error:
        raise exceptions.ValidationError({"start_date": [_("The date is out of range.")]}) from error
    if end - start > DEFAULT_WINDOW:
        raise exceptions.ValidationError({"end_date": [_("The date range can be at most 90 days.")]})
    return start, end


class ServiceRequestListView(Open311View):
    """GET lists public requests; POST creates one for a client with an API key."""

    def get(self, request, format=None):
        params = self.read_parameters(request.query_params, RequestListParameters)
        queryset = public_feedback().order_by("-received_at", "-pk")
        if params.get("service_request_id"):
            # The standard: asking for ids overrides every other filter.
            queryset = queryset.filter(reference__in=params["service_request_id"])
        else:
            queryset = self.filter_requests(queryset, params)
        rows = public_rows(queryset[:MAX_REQUESTS], self.row_fields(params))
        return Response(self.service_requests(rows, params))

    def filter_requests(self, queryset, params):
        start, end = requested_window(params)
        queryset = FeedbackFilterSet.apply(
            queryset,
            {
                "received_from": start,
                "received_until": end,
                "category": params.get("service_code"),
                "status": params.get("status"),
            },
        )
        for extension in self.extensions:
            queryset = extension.filter_requests(queryset, params)
        return queryset

    def post(self, request, format=None):
        # Parameters may come in the query string or the body (the body wins); files are read separately.
        data = QueryDict(mutable=True)
        for source in (request.query_params, request.POST):
            for key in source:
                data.setlist(key, source.getlist(key))
        self.read_parameters(data, JurisdictionParameters, "create")
        client = request_api_client(request)
        if client is None:
            raise exceptions.PermissionDenied(_("The api_key is missing or not valid."))
        fields = idempotency.form_fields(data, request.FILES)
        return keyed_response(
            request, f"open311:{client.pk}", fields, created, lambda keyed: self.create(data, client, keyed)
        )

    def create(self, data, client, keyed):
        params = self.read_parameters(data, ServiceRequestCreateParameters, "create")
        uploads = self.request.FILES.getlist("media") + self.request.FILES.getlist("media[]")
        feedback = submission.submit(
            submission_data(params, attribute_answers(self.request.POST)),
            uploads,
            Channel.API,
            None,
            api_client=client,
            idempotency=keyed,
        )
        status_code, answer = created(feedback)
        return Response(answer, status=status_code)


def created(feedback):
    return status.HTTP_201_CREATED, [
        {
            "service_request_id": feedback.reference,
            "token": feedback.open311_token.token,
            "service_notice": "",
            "account_id": None,
        }
    ]


def submission_data(params, answers):
    """The standard's POST parameters in ``submission.submit``'s terms."""
    return {
        "category": params["service_code"],
        "latitude": params["lat"],
        "longitude": params["long"],
        "extra_answers": answers,
        # Not fetched (no requests to arbitrary hosts); kept for staff with the answers.
        "kept_answers": {"media_url": params["media_url"]} if params.get("media_url") else {},
        "title": params["title"],
        "description": params["description"],
        "address": params["address_string"],
        "contact_name": f"{params['first_name']} {params['last_name']}".strip(),
        "contact_email": params["email"],
        "contact_phone": params["phone"],
        "wants_reply": bool(params["email"]),
    }


class ServiceRequestDetailView(Open311View):
    endpoint = "request"

    def get(self, request, service_request_id, format=None):
        params = self.read_parameters(request.query_params)
        records = self.service_requests(public_row(service_request_id, self.row_fields(params)), params)
        if not records:
            raise exceptions.NotFound(_("There is no public service request with this id."))
        return Response(records)


class TokenView(Open311View):
    """The request id for a token from POST, also before moderation; nothing else about the item."""

    endpoint = "token"
    # It answers for items not public yet, to whoever holds the token.
    public_read = False

    def get(self, request, token, format=None):
        self.read_parameters(request.query_params)
        request_token = ServiceRequestToken.objects.select_related("feedback").filter(token=token).first()
        if request_token is None:
            raise exceptions.NotFound(_("There is no service request with this token."))
        return Response([{"service_request_id": request_token.feedback.reference, "token": request_token.token}])


class UnknownEndpointView(Open311View):
    """Any other path under /open311/: a 404 in the standard's error list, in XML for a ``.xml`` path. A route
    rather than a 404 handler, so that it answers the same under DEBUG."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        raise exceptions.NotFound
