"""Item 7 of "Production-proof": when the photo storage fails, the form answers 503 in the resident's language,
keeps what they typed, and nothing is stored: no item, no photo file."""

import pytest
from django.core.cache import cache

from feedback_plugin.models import Feedback, FeedbackPhoto
from feedback_plugin.submission import PHOTO_STORE_RETRY_AFTER

from .conftest import form_data
from .test_form_validation import FORM_EN, FORM_FI, TYPED, photo

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


@pytest.mark.parametrize(
    ("form", "message", "photos_again"),
    [
        (FORM_FI, "valokuvien tallennus ei juuri nyt toimi", "Valitse valokuvat uudelleen"),
        (FORM_EN, "the photo storage is not working just now", "Choose your photos again"),
    ],
)
def test_a_broken_photo_store_answers_503_keeping_the_residents_input_and_storing_nothing(
    client, feedback_pages, category, broken_photo_store, form, message, photos_again
):
    response = client.post(form, form_data(photos=[photo(), photo()]))
    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == str(PHOTO_STORE_RETRY_AFTER)
    assert response["Content-Type"].startswith("text/html")
    assert message in html
    assert photos_again in html
    assert TYPED in html
    assert 'value="Kauppakatu 40"' in html
    assert (Feedback.objects.count(), FeedbackPhoto.objects.count()) == (0, 0)
    assert broken_photo_store() == []


def test_without_photos_the_form_is_saved_while_the_photo_store_is_broken(
    client, feedback_pages, category, broken_photo_store
):
    assert client.post(FORM_FI, form_data()).status_code == 302
    assert Feedback.objects.count() == 1
