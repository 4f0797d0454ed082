"""The second factor of staff who see residents' personal data: an authenticator app (TOTP), and single-use
recovery codes for when the phone is lost. django-otp keeps the devices; this module says who needs them and how
they are set up."""

from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from feedback_plugin.permissions import sees_personal_data

RECOVERY_CODE_COUNT = 10


def requires_second_factor(user):
    return user.is_authenticated and sees_personal_data(user)


def has_authenticator(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def pending_authenticator(user):
    """The authenticator being set up: the same secret on every visit until a code from the app confirms it."""
    device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=False, defaults={"name": "Authenticator"})
    return device


def confirm_authenticator(device):
    """Confirms the authenticator and replaces the user's recovery codes. The codes are returned to be shown once."""
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.filter(user=device.user).delete()
        recovery = StaticDevice.objects.create(user=device.user, name="Recovery codes")
        StaticToken.objects.bulk_create(StaticToken(device=recovery, token=code) for code in codes)
    return codes


def device_for_code(user, code):
    """The one device a code is meant for: the authenticator's codes are digits only, of its length; anything else
    is a recovery code. Trying every device instead would count a failure against the ones not meant."""
    authenticator = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if authenticator and code.isdigit() and len(code) == authenticator.digits:
        return authenticator
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_codes_left(user):
    return StaticToken.objects.filter(device__user=user).count()


def reset_second_factor(user):
    """Removes the user's authenticator and recovery codes: at their next sign-in they set up new ones."""
    with transaction.atomic():
        authenticators, _by_model = TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
    return authenticators
