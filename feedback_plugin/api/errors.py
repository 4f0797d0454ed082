"""API v1's one way from an error to a response: DRF's exception handler, taught the submission path's refusal.

API v1 names a submission's fields as ``submission.submit`` does, so its errors keep their names; the answers
are an object under ``extra_answers``. The rate limit is a 429 with ``Retry-After``.
"""

from django.core.exceptions import NON_FIELD_ERRORS
from django.http import JsonResponse
from rest_framework import exceptions
from rest_framework.fields import get_error_detail
from rest_framework.views import exception_handler

from ..submission import SubmissionRejected


class RateLimited(exceptions.Throttled):
    """Over the shared submission limit: Retry-After is the time left in the limit's window."""

    default_code = "rate_limited"


def submission_exception(rejected, detail):
    """The DRF exception for a refused submission, in any of the DRF-based protocols: a 429 from the rate
    limit, otherwise a 400 with the protocol's ``detail(rejected)``."""
    if rejected.rate_limited:
        return RateLimited(wait=rejected.retry_after, detail=rejected.errors[NON_FIELD_ERRORS].messages[0])
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
