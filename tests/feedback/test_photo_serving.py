"""How the privacy-gated photo view answers: caching that lets a hidden item's photo go quickly, conditional
requests, and a photo whose file is gone."""

import logging

import pytest

from feedback_plugin import services
from feedback_plugin.models import Publication
from feedback_plugin.photos import clean_photo
from tests.factories import image_bytes, make_feedback, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def photo():
    feedback = make_feedback(photos=[clean_photo(upload(image_bytes()))])
    return feedback.photos.get()


def photo_url(photo):
    return f"/feedback/photos/{photo.pk}/"


def cache_directives(response):
    return {directive.strip() for directive in response["Cache-Control"].split(",")}


def test_a_public_photo_may_be_cached_by_shared_caches_for_a_minute_only(client, photo):
    response = client.get(photo_url(photo))
    assert response.status_code == 200
    assert cache_directives(response) == {"public", "max-age=60", "s-maxage=60"}
    assert response["ETag"]
    assert response["Last-Modified"]
    with photo.image.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_a_cache_revalidating_a_public_photo_gets_304_without_the_file(client, photo):
    first = client.get(photo_url(photo))
    by_etag = client.get(photo_url(photo), headers={"If-None-Match": first["ETag"]})
    by_date = client.get(photo_url(photo), headers={"If-Modified-Since": first["Last-Modified"]})
    for response in (by_etag, by_date):
        assert response.status_code == 304
        assert response.content == b""
        assert response["ETag"] == first["ETag"]
        assert cache_directives(response) == {"public", "max-age=60", "s-maxage=60"}


@pytest.mark.parametrize("conditional", [False, True])
def test_the_photo_of_an_item_hidden_later_is_a_404_at_once_even_to_a_revalidating_cache(client, photo, conditional):
    served = client.get(photo_url(photo))
    services.set_publication(photo.feedback, Publication.HIDDEN)
    headers = {"If-None-Match": served["ETag"]} if conditional else {}
    assert client.get(photo_url(photo), headers=headers).status_code == 404


def test_a_photo_missing_from_the_storage_is_a_404_logged_as_an_error(client, photo, caplog):
    photo.image.storage.delete(photo.image.name)
    with caplog.at_level(logging.ERROR, logger="feedback_plugin.public.views"):
        response = client.get(photo_url(photo))
    assert response.status_code == 404
    assert [record.levelno for record in caplog.records if record.name == "feedback_plugin.public.views"] == [
        logging.ERROR
    ]
    assert photo.image.name in caplog.text
    tracking = client.get(f"/feedback/track/{photo.feedback.tracking_token}/photos/{photo.pk}/")
    assert tracking.status_code == 404


def test_the_submitters_own_photo_link_is_never_stored_by_any_cache(client, photo):
    response = client.get(f"/feedback/track/{photo.feedback.tracking_token}/photos/{photo.pk}/")
    assert response.status_code == 200
    assert cache_directives(response) == {"private", "no-store"}
