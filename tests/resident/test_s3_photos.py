"""Residents' photos on S3-compatible storage, configured through the environment as docs/deployment.md tells
operators, tested for real over HTTP against moto's S3 server: a private bucket, served only through the photo
view."""

import pytest
from django.core.cache import cache

from feedback_plugin.models import Feedback
from tests.factories import image_bytes, jpeg_with_gps, upload
from tests.storage import s3_client, stored_object

from .conftest import form_data

pytestmark = pytest.mark.django_db

ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"


@pytest.fixture(autouse=True)
def _clear_rate_limit():
    cache.clear()


def grantees(environment, bucket, name):
    grants = s3_client(environment).get_object_acl(Bucket=bucket, Key=name)["Grants"]
    return {grant["Grantee"].get("URI", grant["Grantee"].get("ID")) for grant in grants}


def test_a_photo_sent_through_the_form_is_stored_in_the_bucket_and_served_through_the_photo_view(
    client, feedback_pages, category, s3_environment, s3_photos
):
    response = client.post("/en/give-feedback/", form_data(photos=[upload(jpeg_with_gps())]))
    assert response.status_code == 302
    photo = Feedback.objects.get().photos.get()
    in_bucket = stored_object(s3_environment, s3_photos, photo.image.name)

    served = client.get(f"/feedback/photos/{photo.pk}/")

    assert served.status_code == 200
    assert b"".join(served.streaming_content) == in_bucket
    assert b"Exif" not in in_bucket


def test_a_photo_sent_through_the_api_is_served_to_its_submitter_from_the_bucket(
    client, category, s3_environment, s3_photos
):
    data = {"category": category.code, "description": "Katuvalo ei pala.", "photos": [upload(image_bytes())]}
    response = client.post("/api/v1/feedback/", data)
    assert response.status_code == 201, response.json()
    feedback = Feedback.objects.get()
    photo = feedback.photos.get()

    served = client.get(f"/feedback/track/{feedback.tracking_token}/photos/{photo.pk}/")

    assert b"".join(served.streaming_content) == stored_object(s3_environment, s3_photos, photo.image.name)


def test_a_photo_in_the_bucket_gets_no_public_grant_and_no_public_url(
    client, feedback_pages, category, s3_environment, s3_photos
):
    client.post("/en/give-feedback/", form_data(photos=[upload(image_bytes())]))
    photo = Feedback.objects.get().photos.get()
    assert not grantees(s3_environment, s3_photos, photo.image.name) & {ALL_USERS, AUTHENTICATED_USERS}
    # Should anything ever ask the storage for a URL, it is a signed one that expires.
    assert "Signature=" in photo.image.url
    assert "Expires=" in photo.image.url
    response = client.get(f"/en/feedback-list/{Feedback.objects.get().reference}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert s3_environment["S3_ENDPOINT_URL"] not in html
    assert f'src="/feedback/photos/{photo.pk}/"' in html


def test_a_photo_missing_from_the_bucket_is_a_404(client, category, s3_environment, s3_photos):
    data = {"category": category.code, "description": "Katuvalo ei pala.", "photos": [upload(image_bytes())]}
    client.post("/api/v1/feedback/", data)
    photo = Feedback.objects.get().photos.get()
    s3_client(s3_environment).delete_object(Bucket=s3_photos, Key=photo.image.name)
    assert client.get(f"/feedback/photos/{photo.pk}/").status_code == 404
