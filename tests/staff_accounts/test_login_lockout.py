"""Issue 13, item 3: wrong passwords lock the admin sign-in of that username from that address for 30 minutes, on a
page in the user's language; a real user elsewhere, and other users at the address, still sign in."""

import datetime

import pytest
import time_machine
from django.contrib.auth import authenticate
from django.test import RequestFactory
from django.utils import timezone

from tests.home.editors import editor

from .conftest import ADDRESS, sign_in

pytestmark = pytest.mark.django_db


def signed_in(client):
    return client.get("/admin/").status_code == 200


def test_twenty_wrong_passwords_lock_the_sign_in_and_the_right_one_is_refused(client, editor_account):
    statuses = [sign_in(client, "toimittaja", password=f"guess-{n}").status_code for n in range(20)]

    response = sign_in(client, "toimittaja")

    assert statuses == [200] * 4 + [429] * 16
    assert response.status_code == 429
    assert response["Retry-After"] == "1800"
    page = response.content.decode()
    assert "Kirjautuminen lukittu" in page
    assert "Kirjautuminen tällä tunnuksella on täältä lukittu 30 minuutiksi." in page
    assert not signed_in(client)


def test_the_lockout_page_speaks_english_to_an_english_browser(client, editor_account):
    for n in range(5):
        sign_in(client, "toimittaja", password=f"guess-{n}", HTTP_ACCEPT_LANGUAGE="en")

    response = sign_in(client, "toimittaja", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 429
    page = response.content.decode()
    assert "Sign-in locked" in page
    assert "Signing in as this user from here is locked for 30 minutes." in page


def test_four_wrong_passwords_do_not_lock_and_the_right_one_starts_the_count_again(client, editor_account):
    for n in range(4):
        sign_in(client, "toimittaja", password=f"guess-{n}")
    assert sign_in(client, "toimittaja").status_code == 302
    client.logout()

    statuses = [sign_in(client, "toimittaja", password=f"again-{n}").status_code for n in range(4)]

    assert statuses == [200] * 4
    assert sign_in(client, "toimittaja").status_code == 302


def test_the_real_user_signs_in_from_another_address_while_the_attackers_is_locked(client, editor_account):
    for n in range(20):
        sign_in(client, "toimittaja", password=f"guess-{n}")

    response = sign_in(client, "toimittaja", address="198.51.100.23")

    assert response.status_code == 302
    assert signed_in(client)


def test_other_users_at_the_locked_address_still_sign_in(client, editor_account):
    editor("kasittelija")
    for n in range(5):
        sign_in(client, "toimittaja", password=f"guess-{n}")

    assert sign_in(client, "kasittelija").status_code == 302


def test_the_lock_ends_thirty_minutes_after_the_last_wrong_password(client, editor_account):
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for n in range(5):
            sign_in(client, "toimittaja", password=f"guess-{n}")
        clock.shift(datetime.timedelta(minutes=29))
        still_locked = sign_in(client, "toimittaja").status_code
        clock.shift(datetime.timedelta(minutes=31))

        response = sign_in(client, "toimittaja")

    assert still_locked == 429
    assert response.status_code == 302


def test_the_lock_holds_for_every_sign_in_through_django_not_only_the_admin_form(client, editor_account):
    for n in range(5):
        sign_in(client, "toimittaja", password=f"guess-{n}")
    request = RequestFactory().post("/api/v1/feedback/", REMOTE_ADDR=ADDRESS)

    assert authenticate(request, username="toimittaja", password="password") is None
    assert authenticate(
        RequestFactory().post("/", REMOTE_ADDR="198.51.100.23"), username="toimittaja", password="password"
    )
