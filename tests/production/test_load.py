"""A storm of submissions on four gunicorn workers: every accepted submission is stored, with its photos, and
no photo file is left without its item. LOAD_CLIENTS × LOAD_REQUESTS (10 × 10 here; `make bench` runs 50 × 20).
"""

import os

import pytest

from tests.production.harness import ProductionSite
from tests.production.load import mixed_load

pytestmark = pytest.mark.production

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "10"))
REQUESTS_EACH = int(os.environ.get("LOAD_REQUESTS", "10"))

STORED = """
from feedback_plugin.models import Feedback, FeedbackPhoto
from django.core.files.storage import storages
from feedback_plugin.conf import feedback_setting
storage = storages[feedback_setting("PHOTO_STORAGE")]
def files(folder=""):
    directories, names = storage.listdir(folder)
    yield from (f"{folder}{name}" for name in names)
    for directory in directories:
        yield from files(f"{folder}{directory}/")
rows = sorted(FeedbackPhoto.objects.values_list("image", flat=True))
print(Feedback.objects.count(), len(rows), sorted(files()) == rows)
"""


def open311_key(site):
    return site.python(
        "from feedback_plugin.models import ApiClient\n"
        "client = ApiClient(name='Load test'); key = client.issue_key(); client.save(); print(key)"
    )


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    site = ProductionSite(tmp_path_factory.mktemp("load"), extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
    site.manage("load_demo_data")
    site.python("from feedback_plugin.models import Feedback; Feedback.objects.all().delete()")
    yield site
    site.stop()


def test_every_accepted_submission_is_stored_with_its_photos_and_no_orphan_file(deployment):
    server = deployment.start_server(workers=4)
    result = mixed_load([server.url], CLIENTS, REQUESTS_EACH, open311_key(deployment))

    assert result.sent == CLIENTS * REQUESTS_EACH
    assert not [status for status in result.statuses if status >= 500], result.statuses
    assert result.accepted == result.sent, result.statuses
    items, photos, files_match_rows = deployment.python(STORED).split()
    assert int(items) == result.accepted
    assert int(photos) == result.photos_sent
    assert files_match_rows == "True"
