"""The public form carries a key made when it is shown: sending the same form again stores it once."""

import re
import time

import pytest
from django.core.cache import cache

from feedback_plugin.models import Feedback
from feedback_plugin.public.forms import start_token

from .conftest import form_data

pytestmark = pytest.mark.django_db

FORM = "/fi/anna-palautetta/"


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


def shown_key(client):
    html = client.get(FORM).content.decode()
    return re.search(r'name="idempotency_key" value="([^"]+)"', html).group(1)


def test_each_shown_form_has_its_own_key(client, feedback_pages, category):
    assert shown_key(client) != shown_key(client)


def test_sending_the_same_form_again_leads_to_the_first_thank_you_page(client, feedback_pages, category):
    data = form_data(idempotency_key=shown_key(client))
    first = client.post(FORM, data)
    again = client.post(FORM, data)
    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert again["Idempotent-Replayed"] == "true"
    assert Feedback.objects.count() == 1


def test_the_same_form_sent_with_other_text_asks_before_making_new_feedback(client, feedback_pages, category):
    the_key = shown_key(client)
    client.post(FORM, form_data(idempotency_key=the_key))
    changed = client.post(FORM, form_data(idempotency_key=the_key, description="Toinenkin katuvalo on rikki."))
    assert changed.status_code == 422
    html = changed.content.decode()
    assert "This Idempotency-Key" not in html
    assert "Tämä lomake on jo lähetetty toisella sisällöllä." in html
    new_key = re.search(r'name="idempotency_key" value="([^"]+)"', html).group(1)
    assert new_key != the_key
    sent_again = client.post(FORM, form_data(idempotency_key=new_key, description="Toinenkin katuvalo on rikki."))
    assert sent_again.status_code == 302
    assert Feedback.objects.count() == 2


def test_a_draft_sent_again_with_a_newer_start_token_leads_to_the_first_thank_you_page(
    client, feedback_pages, category
):
    the_key = shown_key(client)
    first = client.post(FORM, form_data(idempotency_key=the_key))
    again = client.post(FORM, form_data(idempotency_key=the_key, started=start_token(time.time() - 5)))
    assert again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Feedback.objects.count() == 1
