"""Open311's one way from an error to a response: the standard's list of ``{code, description}``, in JSON or
XML. Open311 has no field-level errors, so a field's message is prefixed with the parameter's name."""

from django.http import HttpResponse, JsonResponse
from rest_framework.views import exception_handler

from ..api.errors import protocol_exception
from .renderers import document

# The submission path's field names as Open311 parameters; the others (title, description) are the same.
OPEN311_NAMES = {
    "category": "service_code",
    "latitude": "lat",
    "longitude": "long",
    "address": "address_string",
    "photos": "media",
    "contact_email": "email",
    "contact_phone": "phone",
}


def attribute_name(code):
    return f"attribute[{code}]"


def open311_detail(rejected):
    return {name: error.messages for name, error in rejected.renamed(OPEN311_NAMES, attribute_name).items()}


def error_descriptions(detail, prefix=""):
    """DRF error detail flattened into ``field: message`` strings."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = "" if key in ("detail", "non_field_errors") else f"{prefix}{key}"
            yield from error_descriptions(value, f"{name}: " if name else prefix)
    elif isinstance(detail, list):
        for value in detail:
            yield from error_descriptions(value, prefix)
    else:
        yield f"{prefix}{detail}"


def error_list(status, detail):
    return [{"code": status, "description": description} for description in error_descriptions(detail)]


def open311_exception_handler(exc, context):
    response = exception_handler(protocol_exception(exc, open311_detail), context)
    if response is not None:
        response.data = error_list(response.status_code, response.data)
    return response


def open311_error_response(request, status, message):
    """An Open311 error answered outside an Open311 view (a server error): XML for a ``.xml`` path."""
    errors = error_list(status, message)
    if request.path_info.endswith(".xml"):
        return HttpResponse(document("errors", errors), content_type="text/xml; charset=utf-8", status=status)
    return JsonResponse(errors, status=status, safe=False)
