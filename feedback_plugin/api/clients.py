"""Which registered API client sends a request: its key in the ``X-Api-Key`` header, or in the ``api_key``
parameter as Open311 names it (in the form body or the query string; the body wins, as in Open311's POST)."""

from rest_framework.permissions import SAFE_METHODS

from ..models import ApiClient

API_KEY_HEADER = "X-Api-Key"


def request_api_key(request):
    # A read has no body to parse: DRF would look for one in every GET.
    body = request.POST if request.method not in SAFE_METHODS else {}
    return request.headers.get(API_KEY_HEADER) or body.get("api_key") or request.query_params.get("api_key")


def request_api_client(request):
    """The active ``ApiClient`` whose key the request carries, or None; looked up once per request (the throttle
    and Open311's POST both ask)."""
    if not hasattr(request, "api_client"):
        key = request_api_key(request)
        request.api_client = ApiClient.objects.with_key(key) if key else None
    return request.api_client
