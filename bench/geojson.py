"""Benchmark (not a test): the GeoJSON map endpoint over 100,000 public items in a throwaway SQLite database.

Run with `make bench` (all benchmarks) or `.venv/bin/python bench/geojson.py [count]`.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = {
    "city-wide (zoom 11, clustered)": "bbox=27.4,62.7,28.0,63.1&zoom=11",
    "district (zoom 14, clustered)": "bbox=27.62,62.87,27.72,62.91&zoom=14",
    "street level (zoom 17, single items)": "bbox=27.672,62.890,27.682,62.894&zoom=17",
}
REPEAT = 20


def setup_django(database):
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "citysite.settings.test"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()


def main(count=100_000):
    with tempfile.TemporaryDirectory() as directory:
        setup_django(Path(directory) / "bench.sqlite3")
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client
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
            started = time.perf_counter()
            for _ in range(REPEAT):
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(f"/api/v1/feedback/geojson/?{query}")
            elapsed = (time.perf_counter() - started) / REPEAT * 1000
            features = response.json()["features"]
            covered = sum(feature["properties"].get("count", 1) for feature in features)
            print(
                f"geojson {name}: {elapsed:.0f} ms, {len(features)} features covering {covered:,} items, "
                f"{len(queries)} queries, {len(response.content) / 1024:.0f} KB"
            )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
