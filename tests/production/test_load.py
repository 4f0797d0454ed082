"""A storm of submissions on two app servers of four gunicorn workers each, on SQLite and on PostgreSQL: every
accepted submission is stored, with its photos, and no photo file is left without its item. LOAD_CLIENTS ×
LOAD_REQUESTS (10 × 10 here; `make bench` runs 50 × 20).
"""

import contextlib
import os

import pytest

from tests.production.harness import ProductionSite
from tests.production.load import mixed_load, open311_key, stored
from tests.production.postgres import running_cluster

pytestmark = pytest.mark.production

CLIENTS = int(os.environ.get("LOAD_CLIENTS", "10"))
REQUESTS_EACH = int(os.environ.get("LOAD_REQUESTS", "10"))


@pytest.fixture(params=["sqlite", "postgresql"])
def deployment(request, tmp_path):
    with contextlib.ExitStack() as stack:
        database_url = stack.enter_context(running_cluster()).url if request.param == "postgresql" else None
        site = ProductionSite(tmp_path / "site", database_url, extra_env={"TRUSTED_PROXY_COUNT": "1"})
        stack.callback(site.stop)
        yield prepared(site)


def prepared(site):
    site.prepare()
    site.manage("load_demo_data")
    site.python("from feedback_plugin.models import Feedback; Feedback.objects.all().delete()")
    # The demo's photo files stay behind when its items are deleted (Django never deletes files with rows).
    site.files_before_load = set(stored(site)["files"])
    return site


def test_every_accepted_submission_is_stored_with_its_photos_and_no_orphan_file(deployment):
    # Two app servers on one database and one photo store, requests alternating between them.
    servers = [deployment.start_server(workers=4) for _ in range(2)]
    result = mixed_load([server.url for server in servers], CLIENTS, REQUESTS_EACH, open311_key(deployment))

    assert result.sent == CLIENTS * REQUESTS_EACH
    assert not [status for status in result.statuses if status >= 500], result.statuses
    assert result.accepted == result.sent, result.statuses
    after = stored(deployment)
    assert after["items"] == result.accepted
    assert len(after["photos"]) == result.photos_sent
    new_files = sorted(set(after["files"]) - deployment.files_before_load)
    assert new_files == after["photos"], "every new photo file belongs to a stored photo, and every photo has one"
