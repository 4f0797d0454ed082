"""The form's start token has a minimum and a maximum age: a token kept for later is refused once it is older
than FORM_MAX_AGE_SECONDS, and the form comes back with the resident's answers and a fresh token, never a 500."""

import re

import pytest
import time_machine
from django.core.cache import cache

from feedback_plugin.models import Feedback

from .conftest import form_data

pytestmark = pytest.mark.django_db

FORM_FI = "/fi/anna-palautetta/"
FORM_EN = "/en/give-feedback/"
TYPED = "Katuvalo ei pala Kauppakadun kulmassa."
SHOWN = "2026-11-24 08:00:00+02:00"


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


def shown_token(client, url):
    """The start token of the form as a browser gets it."""
    html = client.get(url).content.decode()
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


def send(client, url, token):
    return client.post(url, form_data(started=token))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (FORM_FI, "Lomake oli auki liian kauan, eikä sitä lähetetty. Vastauksesi ovat tallessa"),
        (FORM_EN, "The form was open for too long and was not sent. Your answers are kept"),
    ],
)
def test_a_token_older_than_the_maximum_age_shows_the_form_again_with_the_answers(
    client, feedback_pages, category, url, message
):
    with time_machine.travel(SHOWN, tick=False) as traveller:
        token = shown_token(client, url)
        traveller.shift(4 * 3600 + 1)
        response = send(client, url, token)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert TYPED in html
    assert 'value="Kauppakatu 40"' in html
    assert Feedback.objects.count() == 0


def test_a_token_within_the_maximum_age_is_accepted(client, feedback_pages, category):
    with time_machine.travel(SHOWN, tick=False) as traveller:
        token = shown_token(client, FORM_EN)
        traveller.shift(4 * 3600 - 1)
        response = send(client, FORM_EN, token)
    assert response.status_code == 302
    assert Feedback.objects.count() == 1


def test_the_maximum_age_is_a_setting(client, feedback_pages, category, settings):
    settings.FEEDBACK_PLUGIN = {"FORM_MAX_AGE_SECONDS": 60}
    with time_machine.travel(SHOWN, tick=False) as traveller:
        token = shown_token(client, FORM_EN)
        traveller.shift(61)
        assert send(client, FORM_EN, token).status_code == 400
    assert Feedback.objects.count() == 0


def test_a_replayed_token_is_refused_once_it_is_too_old(client, feedback_pages, category):
    with time_machine.travel(SHOWN, tick=False) as traveller:
        token = shown_token(client, FORM_EN)
        traveller.shift(60)
        assert send(client, FORM_EN, token).status_code == 302
        traveller.shift(4 * 3600)
        assert send(client, FORM_EN, token).status_code == 400
    assert Feedback.objects.count() == 1


def test_the_form_that_comes_back_carries_a_fresh_token_that_is_accepted(client, feedback_pages, category):
    with time_machine.travel(SHOWN, tick=False) as traveller:
        token = shown_token(client, FORM_EN)
        traveller.shift(5 * 3600)
        refused = send(client, FORM_EN, token)
        fresh = re.search(r'name="started" value="([^"]+)"', refused.content.decode()).group(1)
        assert fresh != token
        traveller.shift(60)
        assert send(client, FORM_EN, fresh).status_code == 302
    assert Feedback.objects.count() == 1
