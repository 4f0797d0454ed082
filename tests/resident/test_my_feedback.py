"""“My feedback”: a resident asks for a link by e-mail and sees every item they sent from that address, and
only those; the link expires, can't be turned into another address's, and lets them withdraw contact data."""

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from feedback_plugin import my_feedback, services
from tests.factories import CategoryFactory, make_feedback

pytestmark = pytest.mark.django_db

REQUEST = "/en/feedback/mine/"
LINK = re.compile(r"https?://\S+/en/feedback/mine/([^/\s]+)/")


def link_for(address, language="en"):
    return f"/{language}{my_feedback.link_path(address)[3:]}"


def ask_for_link(client, address, language="en"):
    return client.post(f"/{language}/feedback/mine/", {"email": address})


def without_csrf(response):
    return re.sub(r'value="[^"]{32,}"', "", response.content.decode())


@pytest.fixture
def two_residents(feedback_pages, category):
    """Two items sent from one address, in different cases, and one from another resident."""
    older = make_feedback(category, title="Dark corner", contact_email="Resident@Example.fi")
    newer = make_feedback(category, title="Broken bench", contact_email="resident@example.fi")
    other = make_feedback(category, title="Someone else's", contact_email="neighbour@example.fi")
    mail.outbox.clear()
    return older, newer, other


def test_asking_for_a_link_sends_it_in_the_residents_language(client, two_residents):
    response = ask_for_link(client, "  RESIDENT@example.fi ")
    assert response.status_code == 200
    assert "If we have feedback sent from this address, we sent a link to it." in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["resident@example.fi"]
    assert message.subject == "Your link to your feedback"
    token = LINK.search(message.body).group(1)
    assert my_feedback.read_token(token) == "resident@example.fi"
    assert "The link works for 24 hours." in message.body


def test_the_answer_is_the_same_whether_or_not_the_address_has_feedback(client, two_residents):
    known = ask_for_link(client, "resident@example.fi")
    unknown = ask_for_link(client, "stranger@example.fi")
    assert (known.status_code, without_csrf(known)) == (unknown.status_code, without_csrf(unknown))
    assert [message.to for message in mail.outbox] == [["resident@example.fi"]]


def test_an_invalid_address_is_a_translated_400(client, feedback_pages):
    response = ask_for_link(client, "not an address", language="fi")
    assert response.status_code == 400
    assert "Anna sähköpostiosoite muodossa nimi@esimerkki.fi." in response.content.decode()
    assert client.post("/fi/feedback/mine/", {}).status_code == 400
    assert not mail.outbox


def test_too_many_requests_from_one_client_get_a_429_with_retry_after(client, feedback_pages, settings):
    settings.FEEDBACK_PLUGIN = {**settings.FEEDBACK_PLUGIN, "MY_FEEDBACK_REQUEST_RATE": (2, 3600)}
    statuses = [ask_for_link(client, f"resident{n}@example.fi").status_code for n in range(3)]
    limited = ask_for_link(client, "resident@example.fi")
    assert statuses[:2] == [200, 200]
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 3600
    assert "You have asked for many links in a short time." in limited.content.decode()


def test_the_link_lists_exactly_that_addresss_items_newest_first_with_replies(client, two_residents):
    older, newer, other = two_residents
    services.add_reply(older, "We fixed the lamp.")
    response = client.get(link_for("RESIDENT@example.fi"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index(f"Feedback {newer.reference}") < html.index(f"Feedback {older.reference}")
    assert "Broken bench" in html and "Dark corner" in html
    assert "We fixed the lamp." in html
    assert "Street lighting" in html
    assert "Someone else" not in html and other.reference not in html


def test_the_pages_are_never_cached_or_indexed(client, two_residents):
    for response in (client.get(REQUEST), ask_for_link(client, "x@example.fi"), client.get(link_for("x@example.fi"))):
        assert set(response["Cache-Control"].replace(" ", "").split(",")) == {"private", "no-store"}
        assert response["X-Robots-Tag"] == "noindex"
        assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_the_link_expires_and_the_page_offers_a_new_one(client, two_residents):
    url = link_for("resident@example.fi")
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=23, minutes=59)):
        assert client.get(url).status_code == 200
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=24, minutes=1)):
        response = client.get(url)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert f'href="{REQUEST}"' in response.content.decode()


def test_a_link_edited_to_another_address_is_refused(client, two_residents):
    mine = my_feedback.make_token("resident@example.fi")
    theirs = my_feedback.make_token("neighbour@example.fi")
    # The other address's payload with this link's timestamp and signature.
    forged = ":".join([theirs.split(":")[0], *mine.split(":")[1:]])
    response = client.get(f"/en/feedback/mine/{forged}/")
    assert response.status_code == 400
    assert "This link does not work" in response.content.decode()
    assert "Someone else" not in response.content.decode()
    assert client.get(f"/en/feedback/mine/{mine[:-2]}/").status_code == 400


def test_a_value_signed_for_another_purpose_is_not_a_link(client, two_residents):
    from django.core import signing

    assert client.get(f"/en/feedback/mine/{signing.dumps('resident@example.fi')}/").status_code == 400


def test_withdrawing_one_item_asks_first_then_erases_only_it(client, two_residents):
    older, newer, other = two_residents
    url = link_for("resident@example.fi")
    confirm = client.post(url, {"reference": older.reference})
    assert "Erase your contact details?" in confirm.content.decode()
    older.refresh_from_db()
    assert older.contact_email == "Resident@Example.fi"
    response = client.post(url, {"reference": older.reference, "confirm": "1"}, follow=True)
    html = response.content.decode()
    assert "Your contact details were erased from 1 item." in html
    assert older.reference not in html and newer.reference in html
    older.refresh_from_db(), newer.refresh_from_db(), other.refresh_from_db()
    assert older.contact_email == ""
    assert (newer.contact_email, other.contact_email) == ("resident@example.fi", "neighbour@example.fi")


def test_withdrawing_all_erases_every_item_of_the_address_and_no_one_elses(client, two_residents):
    older, newer, other = two_residents
    response = client.post(link_for("resident@example.fi"), {"confirm": "1"}, follow=True)
    html = response.content.decode()
    assert "Your contact details were erased from 2 items." in html
    assert "No feedback with contact details was sent from this address." in html
    older.refresh_from_db(), newer.refresh_from_db(), other.refresh_from_db()
    assert (older.contact_email, newer.contact_email) == ("", "")
    assert other.contact_email == "neighbour@example.fi"


def test_an_item_of_another_address_cant_be_withdrawn_through_the_link(client, two_residents):
    other = two_residents[2]
    client.post(link_for("resident@example.fi"), {"reference": other.reference, "confirm": "1"})
    other.refresh_from_db()
    assert other.contact_email == "neighbour@example.fi"


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_list_runs_the_same_queries_for_2_and_10_items(client, feedback_pages, category, language):
    def queries_for_list():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(link_for("resident@example.fi", language)).status_code == 200
        return len(captured)

    confidential = CategoryFactory(is_confidential=True)
    for number in range(2):
        services.add_reply(make_feedback(confidential, contact_email="resident@example.fi"), f"Reply {number}")
    # The site-wide values (the page tree, the navigation) are built by a first request; it also creates the theme's
    # settings row, a site-wide change, so they are built once more by the second.
    queries_for_list()
    queries_for_list()
    two = queries_for_list()
    for number in range(8):
        services.add_reply(make_feedback(category, contact_email="resident@example.fi"), f"Reply {number}")
    assert queries_for_list() == two


def test_the_tracking_page_the_confirmation_and_the_footer_link_to_the_request_page(client, feedback_pages, category):
    feedback = make_feedback(category)
    tracking = f"/en{feedback.get_tracking_url()[3:]}"
    confirmation = f"/en/give-feedback/thanks/{feedback.tracking_token}/"
    for url in (tracking, confirmation, "/en/"):
        assert f'href="{REQUEST}"' in client.get(url).content.decode()


def test_the_pages_keep_the_link_from_other_sites_but_let_their_own_forms_post(client, two_residents):
    # "no-referrer" would make a browser send "Origin: null" with the withdraw form, and CSRF would refuse it.
    for response in (client.get(REQUEST), client.get(link_for("resident@example.fi"))):
        assert response["Referrer-Policy"] == "same-origin"
