"""The admin's second-factor pages: setting up the authenticator app after the first sign-in, and the code asked at
every sign-in after that."""

from base64 import b32encode

import django_otp
import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.generic import FormView
from django_otp.plugins.otp_static.models import StaticDevice

from .forms import EnrolForm, VerifyForm
from .second_factor import (
    confirm_authenticator,
    has_authenticator,
    pending_authenticator,
    recovery_codes_left,
    requires_second_factor,
)


def qr_code_svg(text):
    """The QR code as inline SVG markup: the page needs no image file, and the secret never reaches a URL."""
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage)
    # qrcode's own markup of a URI the server made: nothing in it comes from a request.
    return mark_safe(image.to_string(encoding="unicode"))


def step_url(url_name, request):
    """The other second-factor page, keeping where the user was going."""
    query = request.GET.urlencode()
    return f"{reverse(url_name)}?{query}" if query else reverse(url_name)


def grouped(secret):
    """The secret in groups of four, as it is easiest to type into an app."""
    return " ".join(secret[start : start + 4] for start in range(0, len(secret), 4))


@method_decorator(never_cache, name="dispatch")
class SecondFactorView(FormView):
    """A page of the second factor for the signed-in user; a verified session, or a user who needs no second
    factor, goes on to where they were going."""

    def dispatch(self, request, *args, **kwargs):
        if not requires_second_factor(request.user) or request.user.is_verified():
            return redirect(self.next_url())
        return super().dispatch(request, *args, **kwargs)

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next")
        if url_has_allowed_host_and_scheme(url, {self.request.get_host()}, require_https=self.request.is_secure()):
            return url
        return reverse("wagtailadmin_home")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=self.next_url(), **kwargs)

    def sign_in_with(self, device):
        """Marks the session verified by the device, under a new session key: the session now opens more than it
        did, as at a password sign-in."""
        self.request.session.cycle_key()
        django_otp.login(self.request, device)


class EnrolView(SecondFactorView):
    template_name = "staff_accounts/enrol.html"
    form_class = EnrolForm

    def dispatch(self, request, *args, **kwargs):
        if has_authenticator(request.user):
            return redirect(step_url("staff_accounts_verify", request))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def authenticator(self):
        return pending_authenticator(self.request.user)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "authenticator": self.authenticator}

    def get_context_data(self, **kwargs):
        secret = b32encode(self.authenticator.bin_key).decode()
        return super().get_context_data(
            secret=grouped(secret),
            otpauth_url=self.authenticator.config_url,
            qr_code=qr_code_svg(self.authenticator.config_url),
            **kwargs,
        )

    def form_valid(self, form):
        codes = confirm_authenticator(form.device)
        self.sign_in_with(form.device)
        # Shown in this response only: the codes are never in a URL, a later page or the session.
        return render(self.request, "staff_accounts/recovery_codes.html", {"codes": codes, "next": self.next_url()})


class VerifyView(SecondFactorView):
    template_name = "staff_accounts/verify.html"
    form_class = VerifyForm

    def dispatch(self, request, *args, **kwargs):
        if not has_authenticator(request.user):
            return redirect(step_url("staff_accounts_enrol", request))
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        self.sign_in_with(form.device)
        if isinstance(form.device, StaticDevice):
            left = recovery_codes_left(self.request.user)
            messages.warning(
                self.request,
                ngettext(
                    "You signed in with a recovery code. You have %(count)d recovery code left.",
                    "You signed in with a recovery code. You have %(count)d recovery codes left.",
                    left,
                )
                % {"count": left},
            )
        return redirect(self.next_url())
