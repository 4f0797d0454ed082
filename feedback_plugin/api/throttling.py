"""The throttle of API v1 and Open311: one quota per request, counted in the shared counters.

DRF's own throttles keep each client's history in the cache with a get and a set (not atomic across workers)
and take the client from any X-Forwarded-For as sent, so a client that forges a new one each time is never
throttled. This one uses ``client_address.limit_key`` and the counters of ``rate_limits``, like the submission
limit.

Reads (GET, HEAD, OPTIONS) and writes have quotas of their own. A write is counted in the shared counter at once;
reads, many more and each cheap to answer, are counted by each worker and added to the shared counter in batches
(``rate_limits.BatchedCounter``), so that most reads cost no write to the store.
"""

from rest_framework.permissions import SAFE_METHODS
from rest_framework.throttling import BaseThrottle

from .. import rate_limits
from ..client_address import limit_key
from ..conf import feedback_setting
from .clients import request_api_client

# One per worker process: its reads not yet added to the shared counters.
READS = rate_limits.BatchedCounter()


class ClientRateThrottle(BaseThrottle):
    """Each request counts against one of ``FEEDBACK_PLUGIN["API_READ_RATES"]`` or ``["API_WRITE_RATES"]``: its
    API client's when it carries a valid key, its user's when signed in, otherwise its client address's. A key
    only raises the quota: an unknown or revoked key counts as anonymous."""

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
        if request.method in SAFE_METHODS:
            limit, window = feedback_setting("API_READ_RATES")[name]
            batch, seconds = feedback_setting("API_READ_BATCH")
            self.counted = READS.count(f"api-read-{name}:{ident}", limit, window, batch, seconds)
        else:
            limit, window = feedback_setting("API_WRITE_RATES")[name]
            self.counted = rate_limits.count(f"api-{name}:{ident}", limit, window)
        return self.counted.allowed

    def wait(self):
        return self.counted.retry_after
