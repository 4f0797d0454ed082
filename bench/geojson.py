"""Benchmark (not a test): the GeoJSON map endpoint over 100,000 public items in a throwaway SQLite database.

Run with `make bench` (all benchmarks) or `.venv/bin/python bench/geojson.py [count]` (1000000 for a million;
generating them takes a few minutes). Prints the median time of each request, and the rate over a seeded set
of varied boxes and zooms, which a response cache could not answer.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = {
    "city-wide (zoom 11, clustered)": "bbox=27.4,62.7,28.0,63.1&zoom=11",
    "district (zoom 14, clustered)": "bbox=27.62,62.87,27.72,62.91&zoom=14",
    "street level (zoom 17, single items)": "bbox=27.672,62.890,27.682,62.894&zoom=17",
    "city-wide, a date period (direct)": "bbox=27.4,62.7,28.0,63.1&zoom=11&received_after=2026-11-01",
}
REPEAT = 20
VARIED = 500
UNLIMITED = {"anonymous": (10**6, 60), "user": (10**6, 60), "api_client": (10**6, 60)}


def varied_queries(seed=2026):
    """Map views of a browser window (about 1280 × 800 pixels) anywhere in the city, at zoom 10 to 17."""
    rng = random.Random(seed)
    queries = []
    for _ in range(VARIED):
        zoom = rng.randint(10, 17)
        width, height = 1280 / 256 * 360 / 2**zoom, 800 / 256 * 180 / 2**zoom
        west, south = 27.677 + rng.uniform(-0.2, 0.2) - width / 2, 62.892 + rng.uniform(-0.1, 0.1) - height / 2
        queries.append(f"bbox={west:.5f},{south:.5f},{west + width:.5f},{south + height:.5f}&zoom={zoom}")
    return queries


def setup_django(database):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "citysite.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()


def main(count=100_000):
    with tempfile.TemporaryDirectory() as directory:
        setup_django(Path(directory) / "bench.sqlite3")
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client, override_settings
        from django.test.utils import CaptureQueriesContext

        from bench.data import generate_feedback
        from tests.factories import CategoryFactory

        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("createcachetable")
        print(f"migrate: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        generate_feedback(CategoryFactory(code="bench"), count)
        print(f"generated {count:,} items: {time.perf_counter() - started:.1f} s")
        client = Client()
        for name, query in REQUESTS.items():
            client.get(f"/api/v1/feedback/geojson/?{query}")
            timings = []
            for _ in range(REPEAT):
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(f"/api/v1/feedback/geojson/?{query}")
                timings.append(time.perf_counter() - started)
            features = response.json()["features"]
            covered = sum(feature["properties"].get("count", 1) for feature in features)
            print(
                f"geojson {name}: {statistics.median(timings) * 1000:.1f} ms p50, {len(features)} features "
                f"covering {covered:,} items, {len(queries)} queries, {len(response.content) / 1024:.0f} KB"
            )
        timings = []
        # One client asks for more than the anonymous rate limit allows in a minute: the bench times the map.
        with override_settings(FEEDBACK_PLUGIN={**getattr(settings, "FEEDBACK_PLUGIN", {}), "API_RATES": UNLIMITED}):
            for query in varied_queries():
                started = time.perf_counter()
                response = client.get(f"/api/v1/feedback/geojson/?{query}")
                timings.append(time.perf_counter() - started)
                assert response.status_code == 200, response.content
        print(
            f"geojson {VARIED} varied boxes and zooms: {statistics.median(timings) * 1000:.1f} ms p50, "
            f"{len(timings) / sum(timings):.0f} requests/s in one process"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
