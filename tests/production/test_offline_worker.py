"""The service worker under production settings: the files it precaches are the hashed ones collectstatic wrote,
each served, so a deploy that changes one gives the browser a new worker."""

import json
import re

import pytest
import requests

from tests.production.harness import HOST, ProductionSite, proxy_headers

pytestmark = pytest.mark.production


def test_the_worker_precaches_hashed_static_files_and_the_offline_pages_that_all_answer(tmp_path):
    site = ProductionSite(tmp_path / "site").prepare()
    server = site.start_server(workers=1)
    try:
        worker = requests.get(f"{server.url}/sw.js", headers=proxy_headers(HOST), timeout=30)
        assert worker.headers["Content-Type"].startswith("application/javascript")
        assert worker.headers["Cache-Control"] == "no-cache"
        config = json.loads(re.match(r"var CONFIG = (.*);", worker.text).group(1))
        assert config["staticHashed"] is True
        static = [path for path in config["precache"] if path.startswith(config["staticUrl"])]
        assert len(static) == 4
        assert all(re.search(r"\.[0-9a-f]{12}\.(js|css)$", path) for path in static), static
        answers = {
            path: requests.get(f"{server.url}{path}", headers=proxy_headers(HOST), timeout=30).status_code
            for path in config["precache"]
        }
        assert set(answers.values()) == {200}, answers
    finally:
        site.stop()
