from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from ..admin_paths import is_admin_path
from .second_factor import has_authenticator, requires_second_factor

# What a user who has signed in with a password but not yet with the second factor may open in the admin: the
# sign-in and sign-out, the second-factor pages, and what those pages load.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "staff_accounts_enrol",
    "staff_accounts_verify",
}


class SecondFactorMiddleware:
    """Sends staff who need a second factor to set it up, or to enter a code, before any other admin page. It
    runs after django-otp's OTPMiddleware, which tells from the session whether the user has entered a code."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            is_admin_path(request.path)
            and request.resolver_match.url_name not in OPEN_URL_NAMES
            and not request.user.is_verified()
            and requires_second_factor(request.user)
        ):
            step = "staff_accounts_verify" if has_authenticator(request.user) else "staff_accounts_enrol"
            return redirect_to_login(request.get_full_path(), login_url=reverse(step))
        return None
