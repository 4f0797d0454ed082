"""A form field sent twice is refused with a 400 naming it, in the resident's language, and nothing is stored:
a second ``category`` never chooses the topic. Photos and multiple-choice answers may repeat."""

import pytest
from django.core.cache import cache

from feedback_plugin.models import CategoryQuestion, Feedback
from tests.factories import CategoryFactory, image_bytes, upload

from .conftest import form_data

pytestmark = pytest.mark.django_db

FORM_FI = "/fi/anna-palautetta/"
FORM_EN = "/en/give-feedback/"


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (FORM_FI, "”Aihe” lähetettiin useammin kuin kerran."),
        (FORM_EN, "“Topic” was sent more than once."),
    ],
)
def test_a_repeated_category_is_refused_naming_the_field(client, feedback_pages, category, url, message):
    CategoryFactory(code="health", name="Terveys", is_confidential=True)
    response = client.post(url, form_data(category=["street-lighting", "health"]))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Feedback.objects.count() == 0


def test_a_repeated_hidden_field_is_named_too(client, feedback_pages, category):
    response = client.post(FORM_EN, form_data(latitude=["62.892400", "62.9"], longitude="27.677000"))
    assert response.status_code == 400
    assert "“latitude” was sent more than once." in response.content.decode()
    assert Feedback.objects.count() == 0


def test_several_photos_and_several_choices_are_still_one_submission(client, feedback_pages, category):
    CategoryQuestion.objects.create(
        category=category,
        code="what",
        label="Mikä vika?",
        type=CategoryQuestion.Type.MULTIPLE_CHOICE,
        choices="Ei pala\nVälkkyy",
    )
    photos = [upload(image_bytes()), upload(image_bytes("PNG"), "b.png")]
    response = client.post(FORM_FI, form_data(photos=photos, **{"extra-street-lighting-what": ["1", "2"]}))
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert feedback.photos.count() == 2
    assert feedback.extra_answers == {"what": ["1", "2"]}
