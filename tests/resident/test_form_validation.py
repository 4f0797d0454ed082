"""Acceptance 4: every validation error of the public form is shown in the resident's language next to its
field, and everything else the resident typed comes back in the response."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from feedback_plugin.models import CategoryQuestion, Feedback
from tests.factories import CategoryFactory, image_bytes, translate_category

from .conftest import form_data

pytestmark = pytest.mark.django_db

FORM_FI = "/fi/anna-palautetta/"
FORM_EN = "/en/give-feedback/"
TYPED = "Katuvalo ei pala Kauppakadun kulmassa."


def photo(content=None, name="photo.jpg"):
    return SimpleUploadedFile(name, content if content is not None else image_bytes(), content_type="image/jpeg")


def assert_rejected_keeping_input(response, message, status=400):
    html = response.content.decode()
    assert response.status_code == status
    assert message in html
    assert TYPED in html
    assert 'value="Kauppakatu 40"' in html
    assert Feedback.objects.count() == 0


def test_a_file_that_is_not_an_image_is_rejected(client, feedback_pages, category):
    data = form_data(photos=[photo(b"not an image at all")])
    response = client.post(FORM_FI, data)
    assert_rejected_keeping_input(response, "Tiedosto ei ole luettava kuva")


def test_more_than_three_photos_are_rejected(client, feedback_pages, category):
    response = client.post(FORM_FI, form_data(photos=[photo() for _ in range(4)]))
    assert_rejected_keeping_input(response, "Voit liittää enintään 3 kuvaa.")


def test_an_oversized_photo_is_rejected(client, feedback_pages, category, settings):
    settings.FEEDBACK_PLUGIN = {"MAX_PHOTO_BYTES": 1000}
    response = client.post(FORM_FI, form_data(photos=[photo(image_bytes(size=(400, 300)))]))
    assert_rejected_keeping_input(response, "Kuva on liian suuri")


def test_a_location_outside_the_city_is_rejected_in_english(client, feedback_pages, category):
    response = client.post(FORM_EN, form_data(latitude="60.169900", longitude="24.938400"))
    assert_rejected_keeping_input(response, "The location is outside the city")
    assert 'value="60.169900"' in response.content.decode()


def test_an_unknown_category_is_rejected(client, feedback_pages, category):
    response = client.post(FORM_FI, form_data(category="no-such-topic"))
    assert_rejected_keeping_input(response, "Valitse aihe luettelosta.")


def test_an_inactive_category_is_rejected(client, feedback_pages, category):
    category.is_active = False
    category.save()
    response = client.post(FORM_EN, form_data())
    assert_rejected_keeping_input(response, "Choose a category from the list.")


def test_a_missing_answer_to_a_required_extra_question_is_rejected(client, feedback_pages):
    bus = CategoryFactory(code="bus-services", name="Bussit")
    CategoryQuestion.objects.create(category=bus, code="line", label="Bussilinja", required=True)
    english = translate_category(bus, "en", name="Buses")
    english.questions.update(label="Bus line")
    response = client.post(FORM_EN, form_data(category="bus-services"))
    assert_rejected_keeping_input(response, "Answer the question “Bus line”.")


def test_a_filled_honeypot_is_rejected(client, feedback_pages, category):
    response = client.post(FORM_FI, form_data(website="http://spam.example"))
    assert_rejected_keeping_input(response, "Lomaketta ei voitu lähettää")


def test_a_form_sent_too_quickly_is_rejected(client, feedback_pages, category):
    from feedback_plugin.public.forms import start_token

    response = client.post(FORM_EN, form_data(started=start_token()))
    assert_rejected_keeping_input(response, "The form was sent too quickly")


def test_the_rate_limit_answers_with_a_clear_message(client, feedback_pages, category, settings):
    settings.FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (1, 3600)}
    assert client.post(FORM_FI, form_data()).status_code == 302
    response = client.post(FORM_FI, form_data())
    html = response.content.decode()
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert "Olet lähettänyt paljon palautetta lyhyessä ajassa" in html
    assert TYPED in html
    assert Feedback.objects.count() == 1


def test_a_valid_submission_is_saved_from_the_web_with_its_photo(client, feedback_pages, category):
    response = client.post(FORM_EN, form_data(photos=[photo()], latitude="62.892400", longitude="27.677000"))
    assert response.status_code == 302
    feedback = Feedback.objects.get()
    assert (feedback.channel, feedback.language, feedback.photos.count()) == ("web", "en", 1)
    assert str(feedback.latitude) == "62.892400"
    assert response["Location"].endswith(f"/thanks/{feedback.tracking_token}/")
