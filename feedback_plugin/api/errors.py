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

from ..conf import feedback_setting
from ..submission import PHOTO_STORE_RETRY_AFTER, SubmissionRejected


class RateLimited(exceptions.Throttled):
    """Over the shared submission limit. The counter's window is the longest wait, so it is the Retry-After."""

    default_code = "rate_limited"

    def __init__(self, detail):
        super().__init__(wait=feedback_setting("SUBMISSION_RATE")[1], detail=detail)


class PhotoStoreUnavailable(exceptions.APIException):
    """The photo storage failed and nothing was stored: the same request may be sent again after a while."""

    status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    default_code = "photo_store_unavailable"
    # DRF's exception handler sends ``wait`` as Retry-After.
    wait = PHOTO_STORE_RETRY_AFTER


def submission_exception(rejected, detail):
    """The DRF exception for a refused submission, in any of the DRF-based protocols: a 429 from the rate
    limit, a 503 when the photo storage failed, otherwise a 400 with the protocol's ``detail(rejected)``."""
    if rejected.rate_limited:
        return RateLimited(rejected.errors[NON_FIELD_ERRORS].messages[0])
    if rejected.unavailable:
        return PhotoStoreUnavailable(rejected.errors[NON_FIELD_ERRORS].messages[0])
    return exceptions.ValidationError(detail(rejected))


def api_detail(rejected):
    detail = {name: get_error_detail(error) for name, error in rejected.errors.items()}
    if rejected.answer_errors:
        detail["extra_answers"] = {code: get_error_detail(error) for code, error in rejected.answer_errors.items()}
    return detail


def api_exception_handler(exc, context):
    if isinstance(exc, SubmissionRejected):
        exc = submission_exception(exc, api_detail)
    return exception_handler(exc, context)


def api_error_response(status, message):
    """An API v1 error answered outside a DRF view: an unknown path, a server error."""
    return JsonResponse({"detail": message}, status=status)
