"""Photo storages for tests: the one the settings name, a disk that fills up, and S3 for real over HTTP (moto's
server, not a mock of boto)."""

import errno
import uuid
from pathlib import Path

import boto3
import pytest
from django.core.files.storage import FileSystemStorage

from citysite.settings.media import photo_storage


def use_photo_storage_from_settings(monkeypatch):
    """The photo field took its storage when the model was defined, so a changed STORAGES setting doesn't reach
    it: point it at the storage the settings name now."""
    from django.core.files.storage import storages

    from feedback_plugin.models import FeedbackPhoto

    monkeypatch.setattr(FeedbackPhoto._meta.get_field("image"), "storage", storages["feedback_photos"])


class FillingDisk(FileSystemStorage):
    """A disk with room for ``room`` more files: the next save fails as a full disk does."""

    def __init__(self, room=0, **options):
        super().__init__(**options)
        self.room = room

    def _save(self, name, content):
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= 1
        return super()._save(name, content)


def use_photo_storage(settings, monkeypatch, storage):
    settings.STORAGES = {**settings.STORAGES, "feedback_photos": storage}
    use_photo_storage_from_settings(monkeypatch)


@pytest.fixture(scope="session")
def s3_endpoint():
    """An S3-compatible service on a free local port, for the whole session."""
    from moto.server import ThreadedMotoServer  # imported by the tests that use it: it brings a web framework

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


S3_ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
    "S3_REGION_NAME": "us-east-1",
}


@pytest.fixture
def s3_environment(s3_endpoint, monkeypatch):
    """The environment an operator sets for S3 (citysite/settings/media.py reads it), without a bucket yet."""
    environment = {**S3_ENVIRONMENT, "S3_ENDPOINT_URL": s3_endpoint}
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    return environment


def new_bucket(environment):
    """A fresh, empty bucket: each test gets its own."""
    name = f"test-{uuid.uuid4().hex}"
    s3_client(environment).create_bucket(Bucket=name)
    return name


def s3_client(environment):
    return boto3.client(
        "s3",
        endpoint_url=environment["S3_ENDPOINT_URL"],
        region_name=environment["S3_REGION_NAME"],
        aws_access_key_id=environment["AWS_ACCESS_KEY_ID"],
        aws_secret_access_key=environment["AWS_SECRET_ACCESS_KEY"],
    )


def stored_object(environment, bucket, name):
    return s3_client(environment).get_object(Bucket=bucket, Key=name)["Body"].read()


@pytest.fixture
def s3_photos(s3_environment, settings, monkeypatch):
    """Photos in an S3 bucket, configured as an operator does: PHOTO_STORAGE_S3_BUCKET and the settings."""
    bucket = new_bucket(s3_environment)
    monkeypatch.setenv("PHOTO_STORAGE_S3_BUCKET", bucket)
    use_photo_storage(settings, monkeypatch, photo_storage(default_root=None))
    return bucket


@pytest.fixture(params=["full disk", "full disk after one photo", "missing bucket"])
def broken_photo_store(request, settings, monkeypatch, tmp_path):
    """A photo storage that fails to save: a disk that is full at once or after one photo (OSError), or an S3
    bucket that does not exist (botocore's ClientError). Returns a function that lists the files it holds."""
    if request.param == "missing bucket":
        request.getfixturevalue("s3_environment")
        monkeypatch.setenv("PHOTO_STORAGE_S3_BUCKET", f"missing-{uuid.uuid4().hex}")
        use_photo_storage(settings, monkeypatch, photo_storage(default_root=None))
        return list
    location = tmp_path / "broken"
    room = 1 if request.param == "full disk after one photo" else 0
    use_photo_storage(
        settings, monkeypatch, {"BACKEND": "tests.storage.FillingDisk", "OPTIONS": {"location": location, "room": room}}
    )
    return lambda: [path for path in Path(location).rglob("*") if path.is_file()]
