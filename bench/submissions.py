"""Benchmark (not a test): submissions through the form, API v1 and Open311, with and without a photo, under
production settings and gunicorn with 4 workers on SQLite, against the raw floor (bench/floor.py) in the same run;
then the full 50 × 20 mixed load of tests/production/test_load.py, whose stored items must equal the accepted.

Run with `make bench` or `.venv/bin/python bench/submissions.py`.
"""

import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import floor  # noqa: E402
from bench.report import row  # noqa: E402
from tests.production import load  # noqa: E402
from tests.production.harness import ProductionSite  # noqa: E402

CONCURRENCY = 8
REQUESTS = 120
WORKERS = 4


def throughput(send, count=REQUESTS):
    """Requests per second of `send(number)` over `count` numbers, CONCURRENCY at a time; all must be accepted."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
        results = list(pool.map(send, range(count)))
    elapsed = time.perf_counter() - started
    refused = [status for status, accepted in results if not accepted]
    if refused:
        raise SystemExit(f"{len(refused)} of {count} submissions were refused: {sorted(set(refused))}")
    return count / elapsed


def floor_post(url):
    import requests

    def send(number):
        response = requests.post(url + "/", data={"description": load.description(number)}, timeout=60)
        return response.status_code, response.status_code == 201

    return send


def main():
    with tempfile.TemporaryDirectory() as directory:
        site = ProductionSite(Path(directory) / "site", extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
        site.manage("load_demo_data")
        api_key = load.open311_key(site)
        server = site.start_server(workers=WORKERS)
        floor_url, floor_process = floor.serve(directory, WORKERS)
        try:
            floor_rate = throughput(floor_post(floor_url))
            for with_photo in (False, True):
                photo = "with a photo" if with_photo else "no photo"
                forms = [load.open_form(server.url) for _ in range(REQUESTS)]
                time.sleep(load.FORM_FILL_SECONDS)
                channels = {
                    "form": lambda n, p=with_photo, f=forms: load.send_form(server.url, n, p, f[n]),
                    "API v1": partial(load.send_api, server.url, with_photo=with_photo),
                    "Open311": partial(load.send_open311, server.url, with_photo=with_photo, api_key=api_key),
                }
                for name, send in channels.items():
                    rate = throughput(send)
                    row(f"submission: {name}, {photo}", rate, "req/s", "raw WSGI INSERT", floor_rate)

            site.python("from feedback_plugin.models import Feedback; Feedback.objects.all().delete()")
            files_before = set(load.stored(site)["files"])
            result = load.mixed_load([server.url], 50, 20, api_key)
            stored = load.stored(site)
            files_match = sorted(set(stored["files"]) - files_before) == stored["photos"]
            print(
                f"50 × 20 mixed load: {result.sent} sent, {result.accepted} accepted, {stored['items']} stored, "
                f"{len(stored['photos'])} photos, files match rows: {files_match}, {result.seconds:.1f} s, "
                f"{dict(result.statuses)}"
            )
            row(
                "50 × 20 mixed load: items stored per accepted",
                stored["items"],
                "items",
                "accepted",
                result.accepted,
                target=1.0,
            )
            if not files_match or len(stored["photos"]) != result.photos_sent:
                raise SystemExit("photo files and rows differ after the load")
        finally:
            server.stop()
            floor_process.terminate()
            floor_process.wait()


if __name__ == "__main__":
    main()
