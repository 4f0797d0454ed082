"""API v1's one way from an error to a response: DRF's exception handler, taught the submission path's refusal.

API v1 names a submission's fields as ``submission.submit`` does, so its errors keep their names; the answers
are an object under ``extra_answers``. The rate limit is a 429 with ``Retry-After``, a failed photo storage a 503
with it.
"""

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import JsonResponse
from rest_framework import exceptions, status
from rest_framework.fields import get_error_detail
from rest_framework.views import exception_handler

from ..idempotency import HEADER, KeyRejected
from ..submission import PHOTO_STORE_RETRY_AFTER, SubmissionRejected


class RateLimited(exceptions.Throttled):
    """Over the shared submission limit: Retry-After is the time left in the limit's window."""

    default_code = "rate_limited"


class PhotoStoreUnavailable(exceptions.APIException):
    """The photo storage failed and nothing was stored: the same request may be sent again after a while."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "photo_store_unavailable"
    # DRF's exception handler sends ``wait`` as Retry-After.
    wait = PHOTO_STORE_RETRY_AFTER


class IdempotencyKeyReused(exceptions.APIException):
    status_code = 422
    default_code = "idempotency_key_reused"


def protocol_exception(exc, detail):
    """The DRF exception for the submission path's refusals, in any of the DRF-based protocols (their own
    ``detail(rejected)`` for a refused submission); any other exception as it is."""
    if isinstance(exc, SubmissionRejected):
        return submission_exception(exc, detail)
    if isinstance(exc, KeyRejected):
        if exc.status == IdempotencyKeyReused.status_code:
            return IdempotencyKeyReused(exc.message)
        return exceptions.ValidationError({HEADER: [exc.message]})
    return exc


def submission_exception(rejected, detail):
    """The DRF exception for a refused submission, in any of the DRF-based protocols: a 429 from the rate
    limit, a 503 when the photo storage failed, otherwise a 400 with the protocol's ``detail(rejected)``."""
    if rejected.rate_limited:
        return RateLimited(wait=rejected.retry_after, detail=rejected.errors[NON_FIELD_ERRORS].messages[0])
    if rejected.unavailable:
        return PhotoStoreUnavailable(rejected.errors[NON_FIELD_ERRORS].messages[0])
    return exceptions.ValidationError(detail(rejected))


def api_detail(rejected):
    detail = {name: get_error_detail(error) for name, error in rejected.errors.items()}
    if rejected.answer_errors:
        detail["extra_answers"] = {code: get_error_detail(error) for code, error in rejected.answer_errors.items()}
    return detail


def api_exception_handler(exc, context):
    return exception_handler(protocol_exception(exc, api_detail), context)


def api_error_response(status, message):
    """An API v1 error answered outside a DRF view: an unknown path, a server error."""
    return JsonResponse({"detail": message}, status=status)
