"""Follow by e-mail and "me too" on the public detail page, as a resident's browser and mail client use them."""

import datetime
import io

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.test import Client

from feedback_plugin import services
from feedback_plugin.models import Follower, Publication
from tests.factories import make_feedback
from tests.followers import link_in_mail

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(feedback_pages, category):
    return make_feedback(category, title="Katulamppu pimeänä")


@pytest.fixture
def mail_on_commit(django_capture_on_commit_callbacks):
    """Runs the mails that a request queues, as the worker would after the commit."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


def follow(client, item, email="neighbour@example.fi", language="fi"):
    return client.post(f"/{language}/feedback/follow/{item.reference}/", {"email": email})


def updates_to(address):
    return [message for message in mail.outbox if message.to == [address] and "/follow/confirm/" not in message.body]


def test_the_detail_page_offers_me_too_and_follow_as_plain_forms(client, item):
    html = client.get(f"/fi/palautteet/{item.reference}/").content.decode()
    assert f'action="/fi/feedback/support/{item.reference}/"' in html
    assert f'action="/fi/feedback/follow/{item.reference}/"' in html
    assert "0 asukasta tukee tätä palautetta." in html


def test_asking_to_follow_sends_a_confirmation_in_the_residents_language_and_no_update_before_it(
    client, item, mail_on_commit
):
    response = mail_on_commit(lambda: follow(client, item, language="en"))
    assert response.status_code == 200
    assert "Check your e-mail" in response.content.decode()
    assert "Confirm that you want to follow" in mail.outbox[-1].subject
    mail_on_commit(lambda: services.add_reply(item, "The lamp was replaced."))
    assert updates_to("neighbour@example.fi") == []


def test_the_confirmation_link_starts_updates_and_works_again_without_changing_anything(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    link = link_in_mail("neighbour@example.fi", "confirm")
    first = client.get(link)
    confirmed_at = Follower.objects.get().confirmed_at
    again = client.get(link)
    assert (first.status_code, again.status_code) == (200, 200)
    assert "Seuraat tätä palautetta" in again.content.decode()
    assert Follower.objects.get().confirmed_at == confirmed_at
    mail_on_commit(lambda: services.add_reply(item, "Lamppu vaihdettiin."))
    assert len(updates_to("neighbour@example.fi")) == 1


def test_the_answer_is_the_same_for_a_new_pending_or_confirmed_address(client, item, mail_on_commit):
    new = follow(client, item, "new@example.fi").content.decode()
    mail_on_commit(lambda: follow(client, item, "known@example.fi"))
    client.get(link_in_mail("known@example.fi", "confirm"))
    known = follow(client, item, "known@example.fi").content.decode()
    assert new.replace("new@", "known@") == known
    assert "known@example.fi" not in known
    assert Follower.objects.count() == 2


def test_a_tampered_confirmation_link_gets_a_clear_error_and_follows_nothing(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    link = link_in_mail("neighbour@example.fi", "confirm")
    response = client.get(link[:-3] + "xx/")
    assert response.status_code == 400
    assert "Vahvistuslinkki ei kelpaa" in response.content.decode()
    assert Follower.objects.get().confirmed_at is None


def test_an_expired_confirmation_link_gets_a_clear_error(client, item, mail_on_commit):
    with time_machine.travel(datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC)):
        mail_on_commit(lambda: follow(client, item, language="en"))
    link = link_in_mail("neighbour@example.fi", "confirm")
    with time_machine.travel(datetime.datetime(2026, 11, 8, 13, tzinfo=datetime.UTC)):
        response = client.get(link)
    assert response.status_code == 400
    assert "not valid or has expired" in response.content.decode()
    assert Follower.objects.get().confirmed_at is None


def test_addresses_that_never_confirmed_are_deleted_once_their_newest_link_has_expired(client, item, mail_on_commit):
    start = datetime.datetime(2026, 11, 1, 12, tzinfo=datetime.UTC)
    with time_machine.travel(start):
        mail_on_commit(lambda: follow(client, item, "never@example.fi"))
        mail_on_commit(lambda: follow(client, item, "again@example.fi"))
        mail_on_commit(lambda: follow(client, item, "confirmed@example.fi"))
        client.get(link_in_mail("confirmed@example.fi", "confirm"))
    with time_machine.travel(start + datetime.timedelta(days=6)):
        mail_on_commit(lambda: follow(client, item, "again@example.fi"))
    output = io.StringIO()
    with time_machine.travel(start + datetime.timedelta(days=7, hours=1)):
        call_command("clear_unconfirmed_followers", stdout=output)
        assert output.getvalue() == "Cleared 1 unconfirmed follower(s).\n"
        assert sorted(Follower.objects.values_list("email", flat=True)) == ["again@example.fi", "confirmed@example.fi"]
        # The link mailed on the sixth day still works, and the address follows from then on.
        assert client.get(link_in_mail("again@example.fi", "confirm")).status_code == 200
    assert Follower.objects.get(email="again@example.fi").confirmed_at is not None


def test_one_click_on_the_unsubscribe_link_stops_updates_and_offers_to_follow_again(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    client.get(link_in_mail("neighbour@example.fi", "confirm"))
    response = client.get(link_in_mail("neighbour@example.fi", "unsubscribe"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Et enää seuraa tätä palautetta" in html
    assert f'action="/fi/feedback/follow/{item.reference}/"' in html
    assert not Follower.objects.exists()
    mail_on_commit(lambda: services.add_reply(item, "Lamppu vaihdettiin."))
    assert updates_to("neighbour@example.fi") == []


def test_a_mail_clients_one_click_post_unsubscribes_without_a_csrf_token(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    client.get(link_in_mail("neighbour@example.fi", "confirm"))
    mail_on_commit(lambda: services.add_reply(item, "Lamppu vaihdettiin."))
    url = updates_to("neighbour@example.fi")[0].extra_headers["List-Unsubscribe"][1:-1]
    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Follower.objects.exists()


def test_unsubscribing_twice_shows_the_same_page(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    link = link_in_mail("neighbour@example.fi", "unsubscribe")
    assert [client.get(link).status_code for _ in range(2)] == [200, 200]


def test_a_forged_unsubscribe_link_is_refused_and_removes_nobody(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item, "a@example.fi"))
    link = link_in_mail("a@example.fi", "unsubscribe")
    response = client.get(link.replace("/unsubscribe/", "/unsubscribe/x"))
    assert response.status_code == 400
    assert Follower.objects.filter(email="a@example.fi").exists()


def test_a_confirmation_link_cannot_be_used_to_unsubscribe(client, item, mail_on_commit):
    mail_on_commit(lambda: follow(client, item))
    token = link_in_mail("neighbour@example.fi", "confirm").rsplit("/", 2)[-2]
    assert client.get(f"/fi/feedback/follow/unsubscribe/{token}/").status_code == 400
    assert Follower.objects.exists()


def test_following_is_rate_limited_like_support(client, item, settings):
    settings.FEEDBACK_PLUGIN = {"SUBMISSION_RATE": (1, 3600)}
    follow(client, item, "first@example.fi", language="en")
    response = follow(client, item, "second@example.fi", language="en")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 3600
    assert list(Follower.objects.values_list("email", flat=True)) == ["first@example.fi"]


def test_following_needs_a_valid_address_and_a_public_item(client, item):
    assert follow(client, item, "not an address").status_code == 400
    services.set_publication(item, Publication.HIDDEN)
    assert follow(client, item).status_code == 404
    assert not Follower.objects.exists()


def test_following_needs_a_csrf_token(item):
    response = Client(enforce_csrf_checks=True).post(f"/en/feedback/follow/{item.reference}/", {"email": "a@b.fi"})
    assert response.status_code == 403


def test_me_too_from_a_script_gets_the_new_count_to_show(client, item):
    response = client.post(f"/fi/feedback/support/{item.reference}/", HTTP_ACCEPT="application/json")
    assert response.json() == {
        "supporters": 1,
        "supporters_text": "1 asukas tukee tätä palautetta.",
        "message": "Kiitos tuestasi.",
    }


def test_me_too_without_a_script_gets_the_thank_you_page_with_the_count(client, item):
    response = client.post(f"/en/feedback/support/{item.reference}/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert "1 resident supports this feedback." in response.content.decode()
