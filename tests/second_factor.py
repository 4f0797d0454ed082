"""Staff sign-in for tests, with the second factor the admin asks of staff who see residents' personal data.

``verified_login`` does what a right code on the second-factor page does (``django_otp.login``: the device's id in
the session), after ``force_login``. Nothing in the site is relaxed for tests: a test that skips this helper meets
the second-factor page as staff do. (Django's ``Client.login`` does not work here: django-axes needs the request of
every ``authenticate`` call, and ``Client.login`` passes none.)
"""

import time

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice


def authenticator(user):
    """The user's confirmed authenticator app, as after setting it up."""
    device, _created = TOTPDevice.objects.get_or_create(user=user, confirmed=True, defaults={"name": "Authenticator"})
    return device


def code_for_key(key, step=30, t0=0, digits=6, drift=0):
    """The code an authenticator app holding this secret key shows now (the apps' defaults: 6 digits, 30 s)."""
    totp = TOTP(key, step, t0, digits, drift)
    totp.time = time.time()
    return f"{totp.token():0{digits}d}"


def code_now(device):
    return code_for_key(device.bin_key, device.step, device.t0, device.digits, device.drift)


def verified_login(client, user):
    """Signs the user in on the test client with their password and their authenticator app."""
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = authenticator(user).persistent_id
    session.save()
    return user
