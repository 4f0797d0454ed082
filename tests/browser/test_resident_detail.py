"""The public detail page in a real browser: the small map of the spot, "me too" in place and follow by e-mail,
and the follower's link pages, in Finnish and English on desktop and phone, with axe."""

import re

import pytest
from playwright.sync_api import expect

from feedback_plugin import follower_links, services
from feedback_plugin.models import Feedback, Follower
from tests.factories import make_feedback

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


INDEX = {"fi": "/fi/palautteet/", "en": "/en/feedback-list/"}
TEXT = {
    "fi": {
        "map": "Kartta palautteen paikasta",
        "marker": "Palautteen paikka",
        "support": "Tämä on minunkin asiani",
        "supporters": "1 asukas tukee tätä palautetta.",
        "thanks": "Kiitos tuestasi.",
        "email": "Sähköpostiosoitteesi",
        "follow": "Seuraa",
        "confirm": "Vahvista seuranta",
        "confirmed": "Seuraat tätä palautetta",
        "unsubscribed": "Et enää seuraa tätä palautetta",
        "invalid": "Linkki ei toimi",
    },
    "en": {
        "map": "Map of where the feedback is",
        "marker": "The spot of the feedback",
        "support": "This is my issue too",
        "supporters": "1 resident supports this feedback.",
        "thanks": "Thank you for your support.",
        "email": "Your e-mail",
        "follow": "Follow",
        "confirm": "Confirm that you want to follow",
        "confirmed": "You follow this feedback",
        "unsubscribed": "You no longer follow this feedback",
        "invalid": "The link does not work",
    },
}


def test_a_resident_sees_the_spot_supports_in_place_and_asks_to_follow(
    language, live_server, feedback_pages, category, device_page, assert_accessible
):
    text = TEXT[language]
    feedback = make_feedback(category, title="Katulamppu pimeänä")
    page = device_page
    page.goto(f"{live_server.url}{INDEX[language]}{feedback.reference}/")

    spot = page.get_by_role("region", name=text["map"])
    expect(spot).to_have_class(re.compile(r"\bleaflet-container\b"))
    expect(spot.get_by_alt_text(text["marker"])).to_be_visible()
    # A map that only shows: it takes no keyboard focus and no scroll wheel, so tabbing and scrolling pass it by.
    assert spot.get_attribute("tabindex") is None
    assert_accessible(page)

    page.get_by_role("button", name=text["support"]).click()
    expect(page.get_by_role("status").filter(has_text=text["thanks"])).to_be_visible()
    expect(page.locator("#supporter-count")).to_have_text(text["supporters"])
    assert page.url.endswith(f"{feedback.reference}/")
    assert Feedback.objects.get().supporter_count == 1
    assert_accessible(page)

    page.get_by_label(text["email"]).fill("neighbour@example.fi")
    page.get_by_role("button", name=text["follow"], exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(text["confirm"])
    follower = Follower.objects.get()
    assert (follower.email, follower.language, follower.confirmed_at) == ("neighbour@example.fi", language, None)
    assert_accessible(page)


def test_the_followers_link_pages_are_accessible(
    language, live_server, feedback_pages, category, device_page, assert_accessible
):
    text = TEXT[language]
    follower = services.add_follower(make_feedback(category), "neighbour@example.fi", language)
    confirm, unsubscribe = follower_links.confirmation_token(follower), follower_links.unsubscribe_token(follower)
    page = device_page
    for path, heading in [
        (f"confirm/{confirm}/", text["confirmed"]),
        (f"unsubscribe/{unsubscribe}/", text["unsubscribed"]),
        ("confirm/forged/", text["invalid"]),
    ]:
        page.goto(f"{live_server.url}/{language}/feedback/follow/{path}")
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        assert_accessible(page)
