"""Item 4 of "Production-proof": two app servers on one deployment share its photo store. With the photo bucket
that docs/deployment.md describes (here moto's S3 server over HTTP), a photo a resident uploads through one
server is served by the other, byte for byte, and only through the privacy-gated photo view."""

import pytest
import requests

from tests.factories import image_bytes
from tests.production.harness import ProductionSite, proxy_headers
from tests.storage import S3_ENVIRONMENT, new_bucket, stored_object

pytestmark = pytest.mark.production


@pytest.fixture
def bucket_site(tmp_path, s3_endpoint):
    environment = {**S3_ENVIRONMENT, "S3_ENDPOINT_URL": s3_endpoint}
    bucket = new_bucket(environment)
    site = ProductionSite(tmp_path / "site", extra_env={**environment, "PHOTO_STORAGE_S3_BUCKET": bucket}).prepare()
    site.python('from tests.factories import CategoryFactory; CategoryFactory(code="street-lighting")')
    yield site, environment, bucket
    site.stop()


def test_a_photo_uploaded_through_one_app_server_is_served_by_another_from_the_shared_bucket(bucket_site):
    site, environment, bucket = bucket_site
    first, second = site.start_server(workers=2), site.start_server(workers=2)
    headers = proxy_headers("198.51.100.30")

    created = requests.post(
        first.url + "/api/v1/feedback/",
        data={"category": "street-lighting", "description": "Katuvalo ei pala Kauppakadun kulmassa."},
        files={"photos": ("lamp.jpg", image_bytes(size=(640, 480)), "image/jpeg")},
        headers=headers,
        timeout=60,
    )
    assert created.status_code == 201, created.text
    reference = created.json()["reference"]
    item = requests.get(f"{second.url}/api/v1/feedback/{reference}/", headers=headers, timeout=30).json()
    [photo_url] = item["photos"]
    photo_path = photo_url.split("://", 1)[1].split("/", 1)[1]
    name = site.python(
        "from feedback_plugin.models import FeedbackPhoto; print(FeedbackPhoto.objects.get().image.name)"
    )

    served = requests.get(f"{second.url}/{photo_path}", headers=headers, timeout=30)

    assert served.status_code == 200
    assert served.headers["Content-Type"] == "image/jpeg"
    assert served.content == stored_object(environment, bucket, name)
    assert requests.get(f"{first.url}/{photo_path}", headers=headers, timeout=30).content == served.content
    assert not (site.workdir / "private-media").exists(), "no photo lands on an app server's disk"
