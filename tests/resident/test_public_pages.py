"""The public feedback list, the item pages, the confirmation and the submitter's tracking page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from feedback_plugin import services
from feedback_plugin.filters import FEEDBACK_PAGE_SIZE
from feedback_plugin.models import Publication, Status
from feedback_plugin.photos import clean_photo
from tests.factories import CategoryFactory, image_bytes, make_feedback, upload

pytestmark = pytest.mark.django_db

LIST = "/en/feedback-list/"


def test_the_list_shows_public_items_with_their_category_in_english(client, feedback_pages, category):
    feedback = make_feedback(category, title="Dark corner")
    html = client.get(LIST).content.decode()
    assert "Dark corner" in html
    assert "Street lighting" in html
    assert f'href="/en/feedback-list/{feedback.reference}/"' in html


def test_the_list_filters_by_category_kind_status_and_area(client, feedback_pages, category):
    lamp = make_feedback(category, title="Lamp out", kind="feedback")
    done = make_feedback(category, title="Lamp fixed, thanks", kind="thanks")
    services.change_status(done, Status.DONE)
    other = make_feedback(CategoryFactory(code="parks"), title="Broken bench")

    def titles(query):
        html = client.get(f"{LIST}?{query}").content.decode()
        return {title for title in ("Lamp out", "Lamp fixed, thanks", "Broken bench") if title in html}

    assert titles("category=street-lighting") == {"Lamp out", "Lamp fixed, thanks"}
    assert titles("kind=thanks") == {"Lamp fixed, thanks"}
    assert titles("status=open") == {"Lamp out", "Broken bench"}
    assert titles("status=closed") == {"Lamp fixed, thanks"}
    assert titles(f"service_area={category.service_area.pk}") == {"Lamp out", "Lamp fixed, thanks"}
    assert titles("bbox=27.6,62.8,27.7,62.9") == {"Lamp out", "Lamp fixed, thanks", "Broken bench"}
    assert titles("bbox=25,60,25.1,60.1") == set()
    assert titles("period=30") == {"Lamp out", "Lamp fixed, thanks", "Broken bench"}
    assert lamp.reference and other.reference


def test_a_bad_bbox_filter_is_explained_not_a_server_error(client, feedback_pages, category):
    response = client.get(f"{LIST}?bbox=nonsense")
    assert response.status_code == 200
    assert "west,south,east,north" in response.content.decode()


def test_the_list_pages_with_a_bounded_page_size_and_a_constant_number_of_queries(
    client, feedback_pages, category, monkeypatch
):
    # The list brings a page size into the APIs' range instead of refusing it; a smaller maximum keeps this fast.
    monkeypatch.setattr(FEEDBACK_PAGE_SIZE, "maximum", 50)
    for number in range(3):
        feedback = make_feedback(category, title=f"Item {number}")
        services.add_reply(feedback, "Thanks")

    def queries(per_page):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{LIST}?per_page={per_page}").status_code == 200
        return len(captured)

    # The site-wide values (the page tree, the filter menus) are built by a first request; it also creates the theme's
    # settings row, a site-wide change, so they are built once more by the second.
    client.get(LIST)
    client.get(LIST)
    few = queries(1)
    for number in range(50):
        feedback = make_feedback(category, title=f"More {number}")
        services.add_reply(feedback, "Thanks")
        feedback.photos.create(image=clean_photo(upload(image_bytes())), width=64, height=48)
    assert queries(50) == few
    html = client.get(f"{LIST}?per_page=1000").content.decode()
    assert html.count('class="feedback-card"') == 50


def test_an_item_page_shows_text_photos_location_status_and_replies_with_date_and_unit(
    client, feedback_pages, category
):
    feedback = make_feedback(category, title="Lamp out", photos=[clean_photo(upload(image_bytes()))])
    services.change_status(feedback, Status.IN_PROGRESS)
    services.add_reply(feedback, "We will replace the lamp this week.")
    html = client.get(f"{LIST}{feedback.reference}/").content.decode()
    photo = feedback.photos.get()
    assert "Lamp out" in html
    assert "In progress" in html
    assert "We will replace the lamp this week." in html
    assert f"{category.unit.name} (en)" in html
    assert f'src="/feedback/photos/{photo.pk}/"' in html
    assert "62.89240, 27.67700" in html


@pytest.mark.parametrize("change", ["hidden", "refused", "confidential", "unknown"])
def test_an_item_that_is_not_public_has_no_page(client, feedback_pages, category, change):
    feedback = make_feedback(category)
    if change == "hidden":
        services.set_publication(feedback, Publication.HIDDEN)
    elif change == "refused":
        feedback = make_feedback(category, allow_publication=False)
    elif change == "confidential":
        feedback = make_feedback(CategoryFactory(is_confidential=True))
    reference = "2000-000001" if change == "unknown" else feedback.reference
    assert client.get(f"{LIST}{reference}/").status_code == 404


def test_the_confirmation_gives_the_reference_and_the_private_link_without_caching(client, feedback_pages, category):
    feedback = make_feedback(category)
    response = client.get(f"/en/give-feedback/thanks/{feedback.tracking_token}/")
    html = response.content.decode()
    assert feedback.reference in html
    assert feedback.get_tracking_url() in html
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"] == "noindex"
    assert client.get("/en/give-feedback/thanks/wrong-token/").status_code == 404


def test_the_tracking_page_shows_history_replies_answers_and_photos_even_when_confidential(
    client, feedback_pages, category
):
    feedback = make_feedback(CategoryFactory(is_confidential=True), photos=[clean_photo(upload(image_bytes()))])
    services.change_status(feedback, Status.IN_PROGRESS)
    services.add_reply(feedback, "We are on it.")
    response = client.get(f"/en{feedback.get_tracking_url()[3:]}")
    html = response.content.decode()
    assert "Status changed: In progress" in html
    assert "We are on it." in html
    assert f"/photos/{feedback.photos.get().pk}/" in html
    assert response["Referrer-Policy"] == "same-origin"
    assert "no-store" in response["Cache-Control"]


def test_the_resident_withdraws_their_contact_data_after_confirming(client, feedback_pages, category):
    feedback = make_feedback(category, contact_name="Resident", contact_email="resident@example.fi")
    with translation.override("en"):
        url = feedback.get_tracking_url()
    confirm = client.post(url, {"action": "erase_contact"})
    assert "Erase your contact details?" in confirm.content.decode()
    feedback.refresh_from_db()
    assert feedback.contact_email == "resident@example.fi"
    response = client.post(url, {"action": "erase_contact", "confirm": "1"}, follow=True)
    feedback.refresh_from_db()
    assert (feedback.contact_name, feedback.contact_email) == ("", "")
    assert "Your contact details were erased." in response.content.decode()


def test_the_tracking_page_shows_answers_to_extra_questions_with_their_labels(client, feedback_pages):
    from feedback_plugin.models import CategoryQuestion

    bus = CategoryFactory(code="bus-services")
    CategoryQuestion.objects.create(
        category=bus, code="what", label="Mitä tapahtui?", type="singlevaluelist", choices="Myöhästyi\nEi tullut"
    )
    feedback = make_feedback(bus, extra_answers={"what": "2"})
    html = client.get(feedback.get_tracking_url()).content.decode()
    assert "<dt>Mitä tapahtui?</dt><dd>Ei tullut</dd>" in html
