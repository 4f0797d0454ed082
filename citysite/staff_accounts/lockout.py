"""The admin login lockout page (django-axes): what a locked login gets, in the user's language."""

from axes.helpers import get_cool_off
from django.shortcuts import render

from feedback_plugin.client_address import client_ip_address


def lockout_address(request):
    """The one client-address rule for django-axes, which keeps the address in a GenericIPAddressField: None
    when it is unknown (a request without REMOTE_ADDR, such as the test client's force_login), never a text that
    PostgreSQL's inet type refuses."""
    address = client_ip_address(request)
    return str(address) if address else None


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
