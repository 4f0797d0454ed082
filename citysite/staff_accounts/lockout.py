"""The admin login lockout (django-axes): whose address a failure counts against, and the page a locked login gets."""

from axes.helpers import get_cool_off
from django.shortcuts import render

from feedback_plugin.submission import client_ip


def client_address(request):
    """The client's address as the site's limits read it, so a lockout counts the resident of an address, not
    the proxy in front of every app server."""
    return client_ip(request)


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
