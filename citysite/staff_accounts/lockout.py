"""The admin login lockout page (django-axes): what a locked login gets, in the user's language."""

from axes.helpers import get_cool_off
from django.shortcuts import render


def lockout_response(request, original_response, credentials):
    """Wagtail's sign-in page layout saying the login is locked and for how long, in the user's language."""
    cool_off = get_cool_off(request)
    response = render(
        request,
        "staff_accounts/lockout.html",
        {"minutes": int(cool_off.total_seconds() // 60)},
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
