"""Which requests are the admin's: the admin's security policy and its second factor apply to them."""

from functools import cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse


def is_admin_path(path):
    return path.startswith(admin_home(get_urlconf() or settings.ROOT_URLCONF, get_script_prefix()))


@cache
def admin_home(urlconf, script_prefix):
    """Where the admin starts: reversed once for each URLconf and script prefix, not for every request."""
    return reverse("wagtailadmin_home", urlconf=urlconf)
