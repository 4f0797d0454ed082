import django_otp
from django import forms
from django.utils.translation import gettext_lazy as _

from .second_factor import device_for_code


class CodeForm(forms.Form):
    """One code, checked against one device; a valid form names the device that accepted it."""

    error_messages = {
        "wrong": _("The code is not right. Check it and try again."),
        "throttled": _(
            "Too many wrong codes in a row. Wait a moment, then try again: each wrong code makes the wait longer."
        ),
    }
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false", "autofocus": True}
        ),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def device_for(self, code):
        raise NotImplementedError

    def clean_code(self):
        # Apps show codes in groups ("123 456"); recovery codes are lower case.
        code = "".join(self.cleaned_data["code"].split()).lower()
        device = self.device_for(code)
        if device is None:
            raise forms.ValidationError(self.error_messages["wrong"])
        allowed, _details = device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(self.error_messages["throttled"])
        self.device = django_otp.verify_token(self.user, device.persistent_id, code)
        if self.device is None:
            raise forms.ValidationError(self.error_messages["wrong"])
        return code


class EnrolForm(CodeForm):
    """The first code from the authenticator app being set up."""

    def __init__(self, *args, authenticator, **kwargs):
        super().__init__(*args, **kwargs)
        self.authenticator = authenticator

    def device_for(self, code):
        return self.authenticator


class VerifyForm(CodeForm):
    """A code from the app, or a recovery code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("The six digits your authenticator app shows, or one of your recovery codes.")

    def device_for(self, code):
        return device_for_code(self.user, code)
