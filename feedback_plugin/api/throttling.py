"""The throttle of API v1 and Open311: one quota per request, counted in the shared counters.

DRF's own throttles keep each client's history in the cache with a get and a set (not atomic across workers)
and take the client from any X-Forwarded-For as sent, so a client that forges a new one each time is never
throttled. This one uses ``client_address.limit_key`` and ``rate_limits.count``, like the submission limit.
"""

from rest_framework.throttling import BaseThrottle

from .. import rate_limits
from ..client_address import limit_key
from ..conf import feedback_setting
from .clients import request_api_client


class ClientRateThrottle(BaseThrottle):
    """Each request counts against one of ``FEEDBACK_PLUGIN["API_RATES"]``: its API client's when it carries a
    valid key, its user's when signed in, otherwise its client address's. A key only raises the quota: an
    unknown or revoked key counts as anonymous."""

    def get_ident(self, request):
        return limit_key(request)

    def quota(self, request):
        api_client = request_api_client(request)
        if api_client is not None:
            return "api_client", api_client.pk
        if request.user.is_authenticated:
            return "user", request.user.pk
        return "anonymous", self.get_ident(request)

    def allow_request(self, request, view):
        name, ident = self.quota(request)
        limit, window = feedback_setting("API_RATES")[name]
        self.counted = rate_limits.count(f"api-{name}:{ident}", limit, window)
        return self.counted.allowed

    def wait(self):
        return self.counted.retry_after
