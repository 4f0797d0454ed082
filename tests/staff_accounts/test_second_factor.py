"""Issue 13, item 3: staff who see residents' contact data or confidential feedback set up an authenticator app at
their first sign-in and enter a code at every sign-in after it; recovery codes work once each; an editor who sees no
personal data signs in with a password alone."""

import datetime
import io
import re
from base64 import b32decode

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.factories import ResponsibleUnitFactory, UserFactory
from tests.feedback.staff import unit_staff
from tests.second_factor import authenticator, code_for_key, code_now, verified_login

from .conftest import sign_in

pytestmark = pytest.mark.django_db

ENROL = "/admin/second-factor/set-up/"
VERIFY = "/admin/second-factor/"
NEXT_STEP = datetime.timedelta(seconds=30)


def confidential_only(username):
    user = UserFactory(username=username, is_staff=False)
    user.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", "handle_confidential_feedback"]))
    return user


@pytest.fixture(params=["superuser", "unit staff, who see contact data", "confidential feedback permission"])
def handler(request, db):
    """A user the admin shows residents' personal data."""
    if request.param == "superuser":
        return UserFactory(username="paakayttaja", is_superuser=True)
    if request.param == "confidential feedback permission":
        return confidential_only("terveys")
    return unit_staff(ResponsibleUnitFactory(name="Terveyspalvelut"), username="kasittelija")


def wrong_code(device):
    """Six digits the app does not show now."""
    return f"{(int(code_now(device)) + 1) % 10**6:06d}"


def shown_secret(page):
    return re.search(r'class="second-factor-secret">([A-Z2-7 ]+)</code>', page).group(1).replace(" ", "")


def shown_recovery_codes(page):
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", page)


def enrol(client, username):
    """Signs in with the password and sets up the authenticator from the secret on the page; the recovery codes."""
    sign_in(client, username)
    page = client.get(ENROL).content.decode()
    response = client.post(ENROL, {"code": code_for_key(b32decode(shown_secret(page)))})
    return shown_recovery_codes(response.content.decode())


def test_after_the_password_the_admin_sends_them_to_set_up_the_second_factor(client, handler):
    response = sign_in(client, handler.username)
    inbox = client.get("/admin/feedback/")

    assert response.status_code == 302
    assert inbox.status_code == 302
    assert inbox["Location"] == f"{ENROL}?next=/admin/feedback/"
    page = client.get(inbox["Location"]).content.decode()
    assert "Ota kaksivaiheinen tunnistautuminen käyttöön" in page
    assert "<svg" in page
    assert f"secret={shown_secret(page)}" in page
    assert "otpauth://totp/Kaupungin%20palaute%3A" in page


def test_a_code_from_the_app_confirms_the_set_up_and_shows_ten_recovery_codes_once(client, handler):
    sign_in(client, handler.username)
    page = client.get(f"{ENROL}?next=/admin/feedback/").content.decode()

    response = client.post(ENROL, {"code": code_for_key(b32decode(shown_secret(page))), "next": "/admin/feedback/"})

    codes = shown_recovery_codes(response.content.decode())
    assert response.status_code == 200
    assert len(set(codes)) == 10
    assert 'href="/admin/feedback/"' in response.content.decode()
    assert client.get("/admin/").status_code == 200
    assert client.get(ENROL, follow=True).redirect_chain[-1][0] == "/admin/"
    assert not any(code in client.get("/admin/").content.decode() for code in codes)


def test_a_wrong_code_does_not_confirm_the_set_up(client, handler):
    sign_in(client, handler.username)
    client.get(ENROL)

    response = client.post(ENROL, {"code": wrong_code(TOTPDevice.objects.get())})

    assert "Koodi ei ole oikein. Tarkista se ja yritä uudelleen." in response.content.decode()
    assert not TOTPDevice.objects.get().confirmed
    assert client.get("/admin/")["Location"] == f"{ENROL}?next=/admin/"


def test_every_later_sign_in_asks_for_a_code_from_the_app(client, handler):
    with time_machine.travel(timezone.now()) as clock:
        enrol(client, handler.username)
        client.logout()
        sign_in(client, handler.username)
        asked = client.get("/admin/feedback/")
        clock.shift(NEXT_STEP)

        response = client.post(VERIFY, {"code": code_now(TOTPDevice.objects.get()), "next": "/admin/feedback/"})

    assert asked["Location"] == f"{VERIFY}?next=/admin/feedback/"
    assert response["Location"] == "/admin/feedback/"
    assert client.get("/admin/").status_code == 200


def test_the_code_gives_the_session_a_new_key(client, handler):
    device = authenticator(handler)
    sign_in(client, handler.username)
    key_after_password = client.cookies["sessionid"].value

    client.post(VERIFY, {"code": code_now(device)})

    assert client.cookies["sessionid"].value != key_after_password
    assert client.get("/admin/").status_code == 200


def test_the_verify_page_asks_for_the_app_code_or_a_recovery_code(client, handler):
    authenticator(handler)
    sign_in(client, handler.username)

    page = client.get(VERIFY).content.decode()

    assert "<h1>Kaksivaiheinen tunnistautuminen</h1>" in page
    assert "Todennussovelluksen näyttämät kuusi numeroa tai jokin varakoodeistasi." in page


def test_a_recovery_code_signs_in_once(client, handler):
    codes = enrol(client, handler.username)
    client.logout()
    sign_in(client, handler.username)

    first = client.post(VERIFY, {"code": codes[0].upper()}, follow=True)
    client.logout()
    sign_in(client, handler.username)
    again = client.post(VERIFY, {"code": codes[0]})

    assert first.redirect_chain[-1][0] == "/admin/"
    assert "Kirjauduit varakoodilla. Sinulla on 9 varakoodia jäljellä." in first.content.decode()
    assert "Koodi ei ole oikein. Tarkista se ja yritä uudelleen." in again.content.decode()
    assert client.get("/admin/")["Location"] == f"{VERIFY}?next=/admin/"


def test_after_a_wrong_code_the_next_is_refused_for_a_moment(client, handler):
    device = authenticator(handler)
    sign_in(client, handler.username)
    client.post(VERIFY, {"code": wrong_code(device)})

    response = client.post(VERIFY, {"code": code_now(device)})

    assert "Liian monta väärää koodia peräkkäin." in response.content.decode()
    assert client.get("/admin/").status_code == 302


def test_after_the_code_a_next_address_off_the_site_leads_to_the_admin_instead(client, handler):
    device = authenticator(handler)
    sign_in(client, handler.username)

    response = client.post(VERIFY, {"code": code_now(device), "next": "https://evil.example/"})

    assert response["Location"] == "/admin/"


def test_an_editor_who_sees_no_personal_data_signs_in_with_the_password_alone(client, editor_account):
    response = sign_in(client, editor_account.username)

    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get(ENROL)["Location"] == "/admin/"
    assert not TOTPDevice.objects.exists()


def test_an_operator_resets_a_lost_phone_and_the_next_sign_in_sets_up_a_new_one(client, handler):
    enrol(client, handler.username)
    client.logout()

    out = io.StringIO()
    call_command("reset_second_factor", handler.username, stdout=out)
    sign_in(client, handler.username)

    assert "Removed the second factor" in out.getvalue()
    assert client.get("/admin/")["Location"] == f"{ENROL}?next=/admin/"


def test_resetting_an_unknown_user_says_so():
    with pytest.raises(CommandError, match="No user is called 'nobody'"):
        call_command("reset_second_factor", "nobody")


def test_after_a_reset_a_session_already_open_is_sent_to_set_up_the_new_one(client, handler):
    verified_login(client, handler)

    call_command("reset_second_factor", handler.username, stdout=io.StringIO())

    assert client.get("/admin/")["Location"] == f"{ENROL}?next=/admin/"
