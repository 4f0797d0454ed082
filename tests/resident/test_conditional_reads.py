"""Public reads answer conditional GETs from the public data version: a 304 while nothing public has changed, a
short public Cache-Control with Vary for the language, nothing public for a signed-in user or a page with a
form's token, and an item a moderator hides is gone at once from every read a cache revalidates."""

import pytest

from feedback_plugin import services
from feedback_plugin.models import Publication, ServiceRequestToken
from tests.factories import UserFactory, make_feedback

pytestmark = pytest.mark.django_db

FEEDBACK_LIST = "/en/feedback-list/"


def public_reads(reference):
    """Every public read that shows the item: {url: whether it lists items (else it is the item's own)}."""
    return {
        "/api/v1/feedback/?lang=en": True,
        f"/api/v1/feedback/{reference}/?lang=en": False,
        "/api/v1/feedback/geojson/?bbox=27.67,62.89,27.69,62.90&zoom=17": True,
        "/open311/v2/requests.json": True,
        f"/open311/v2/requests/{reference}.json": False,
        f"{FEEDBACK_LIST}feed/new/rss/": True,
        f"{FEEDBACK_LIST}feed/replies/atom/": True,
        FEEDBACK_LIST: True,
        f"{FEEDBACK_LIST}{reference}/": False,
    }


@pytest.fixture
def lamp(feedback_pages, category):
    feedback = make_feedback(category, title="Lamppu rikki", description="Katuvalo ei pala.")
    services.add_reply(feedback, "Vaihdamme lampun tällä viikolla.")
    return feedback


@pytest.fixture
def visitor(client, lamp):
    """A browser that has been on an item's page before, and holds the CSRF cookie its forms set: the page's
    ETag is for that cookie, so the first visit's is not current for the next one."""
    client.get(f"{FEEDBACK_LIST}{lamp.reference}/")
    return client


def shows_lamp(response):
    """Whether the read shows the item's title or its text (Open311 has no title, the map no text)."""
    content = response.content.decode()
    return "Lamppu rikki" in content or "Katuvalo ei pala." in content


def directives(response):
    return {directive.strip() for directive in response["Cache-Control"].split(",")}


def test_an_item_hidden_by_a_moderator_leaves_every_cached_public_read_at_once(
    visitor, lamp, django_capture_on_commit_callbacks
):
    client = visitor
    reads = public_reads(lamp.reference)
    etags = {}
    for url in reads:
        response = client.get(url)
        assert response.status_code == 200, url
        assert shows_lamp(response), url
        assert client.get(url, headers={"If-None-Match": response["ETag"]}).status_code == 304, url
        etags[url] = response["ETag"]

    with django_capture_on_commit_callbacks(execute=True):
        services.set_publication(lamp, Publication.HIDDEN, user=UserFactory())

    for url, lists_items in reads.items():
        response = client.get(url, headers={"If-None-Match": etags[url]})
        assert response.status_code == (200 if lists_items else 404), url
        assert not shows_lamp(response), url
        if lists_items:
            assert response["ETag"] != etags[url], url


def test_an_api_read_is_public_for_a_short_time_and_varies_with_the_language(client, lamp):
    response = client.get("/api/v1/feedback/")
    assert directives(response) == {"public", "max-age=60"}
    assert {"Accept", "Accept-Language"} <= {name.strip() for name in response["Vary"].split(",")}
    finnish = client.get("/api/v1/feedback/", headers={"Accept-Language": "fi"})
    assert finnish["ETag"] != client.get("/api/v1/feedback/", headers={"Accept-Language": "en"})["ETag"]


def test_a_304_carries_the_same_validator_and_caching_as_the_200(client, lamp):
    response = client.get("/open311/v2/services.xml")
    again = client.get("/open311/v2/services.xml", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert again["ETag"] == response["ETag"]
    assert directives(again) == {"public", "max-age=60"}


def test_any_public_change_gives_every_read_a_new_etag(client, lamp, django_capture_on_commit_callbacks):
    before = client.get("/api/v1/categories/")["ETag"]
    with django_capture_on_commit_callbacks(execute=True):
        services.add_supporter(lamp)
    assert client.get("/api/v1/categories/", headers={"If-None-Match": before}).status_code == 200


def test_an_etag_of_one_read_is_not_current_for_another(client, lamp):
    etag = client.get("/open311/v2/requests.json")["ETag"]
    assert client.get("/open311/v2/services.json", headers={"If-None-Match": etag}).status_code == 200


def test_a_signed_in_user_gets_nothing_public_and_no_304(client, lamp):
    etag = client.get("/api/v1/feedback/")["ETag"]
    client.force_login(UserFactory())
    for url in ("/api/v1/feedback/", FEEDBACK_LIST):
        response = client.get(url, headers={"If-None-Match": etag})
        assert response.status_code == 200
        assert "public" not in response.get("Cache-Control", "")
        assert not response.has_header("ETag")


def test_the_item_page_with_its_forms_revalidates_in_the_browser_only(visitor, lamp):
    client = visitor
    response = client.get(f"{FEEDBACK_LIST}{lamp.reference}/")
    assert directives(response) == {"private", "no-cache"}
    again = client.get(f"{FEEDBACK_LIST}{lamp.reference}/", headers={"If-None-Match": response["ETag"]})
    assert again.status_code == 304
    assert directives(again) == {"private", "no-cache"}


def test_the_list_page_is_public_and_errors_are_not(client, lamp):
    assert directives(client.get(FEEDBACK_LIST)) == {"public", "max-age=60"}
    missing = client.get(f"{FEEDBACK_LIST}2026-999999/")
    assert missing.status_code == 404
    assert "public" not in missing.get("Cache-Control", "")
    refused = client.get("/api/v1/feedback/?page_size=0")
    assert refused.status_code == 400
    assert not refused.has_header("ETag")


def test_the_token_lookup_of_open311_is_no_public_read(client, lamp):
    token = ServiceRequestToken.objects.create(feedback=lamp)
    response = client.get(f"/open311/v2/tokens/{token}.json")
    assert response.status_code == 200
    assert not response.has_header("ETag")
    assert "public" not in response.get("Cache-Control", "")


def test_a_feed_revalidated_by_its_date_alone_is_answered_in_full(client, lamp, django_capture_on_commit_callbacks):
    """The feed's Last-Modified is its newest item's date, which hiding an older one doesn't change."""
    response = client.get(f"{FEEDBACK_LIST}feed/new/rss/")
    with django_capture_on_commit_callbacks(execute=True):
        services.set_publication(lamp, Publication.HIDDEN, user=UserFactory())
    again = client.get(f"{FEEDBACK_LIST}feed/new/rss/", headers={"If-Modified-Since": response["Last-Modified"]})
    assert again.status_code == 200
    assert not shows_lamp(again)
