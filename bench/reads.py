"""Benchmark (not a test): public reads at 100,000 and 1,000,000 items, as production serves them.

The site runs with production settings under gunicorn with 2 sync workers, on SQLite, or on the database in
DATABASE_URL (an empty one: the bench migrates it and fills it). Items come from bench/generate.py. `wrk -t2 -c16`
drives each surface for ``DURATION``, through a Lua script that sends each request from one of 256 residents behind
one proxy (X-Forwarded-For, with TRUSTED_PROXY_COUNT=1), and, for the varied surfaces, walks a seeded set of at least
500 different requests (pages, filters, bounding boxes, zooms), so that no response cache alone meets a target.

Figures, each against a floor measured in the same run:
- throughput of the API v1 list, Open311 requests.json and the GeoJSON map, varied, against the raw floor
  (bench/floor.py: one SQL query for 100 rows and json.dumps, under the same gunicorn);
- throughput of each public page type against the simplest Wagtail page of the site (the accessibility statement);
- time of one request at a time (median of ``SEQUENTIAL``) for each list, map and page at 1,000,000 against its time at
  100,000: flat means within 1.3×.
Needs wrk (`apt-get install wrk`). Run with `make bench` or `.venv/bin/python bench/reads.py [100000 1000000]`.
"""

import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import floor  # noqa: E402
from bench.report import row  # noqa: E402
from tests.production.harness import ProductionSite  # noqa: E402

SIZES = (100_000, 1_000_000)
WORKERS = 2
DURATION = os.environ.get("BENCH_DURATION", "10s")
VARIED = 600
SEQUENTIAL = 7
SEED = 15
SCRIPT = Path(__file__).with_name("wrk_paths.lua")
# Issue 15's absolute targets: the city-wide clustered map at 1,000,000 items in at most 100 ms, and the simplest
# Wagtail page at 1.5 times the 98 req/s the issue measured at 100,000 items (not measurable in the same run: it is
# the code before the issue).
CITY_WIDE_MAP_MS = 100
SIMPLEST_PAGE_BEFORE = 98
# The city-wide box and its districts, as the public map asks for them.
CITY = (27.4, 62.7, 28.0, 63.1)

PAGES = """
import json
from wagtail.models import Page, Site
from feedback_plugin.privacy import public_feedback
from feedback_plugin.public.pages import FeedbackIndexPage
root = Site.objects.get(is_default_site=True).root_page.localized
pages = {}
for page in Page.objects.live().public().descendant_of(root, inclusive=True).specific():
    if page.locale_id == root.locale_id:
        pages.setdefault(type(page).__name__, page.get_url())
item = public_feedback().order_by("-received_at").values_list("reference", flat=True).first()
pages["feedback detail"] = FeedbackIndexPage.public_detail_url(item)
codes = sorted(set(public_feedback().values_list("category__code", flat=True)))
print(json.dumps({"pages": pages, "item": item, "codes": codes}))
"""


def wrk(url, paths, duration=DURATION):
    """Requests per second and non-2xx answers of ``paths`` (walked in turn) on ``url``."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        output = subprocess.run(  # noqa: S603 - wrk on our own server
            ["wrk", "-t2", "-c16", f"-d{duration}", "-s", str(SCRIPT), url],  # noqa: S607
            env={**os.environ, "BENCH_PATHS": listing.name},
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        os.unlink(listing.name)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    refused = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return rate, int(refused.group(1)) if refused else 0


def idle(url, path="/health/live"):
    """wrk leaves up to 16 requests queued when it stops: the next run starts once the workers answer at once."""
    for _attempt in range(50):
        started = time.perf_counter()
        requests.get(url + path, timeout=30)
        if time.perf_counter() - started < 0.05:
            return
        time.sleep(0.2)


def sequential(url, path):
    """The median time in ms of ``SEQUENTIAL`` requests of ``path`` one at a time, after one to warm up."""
    headers = {"X-Forwarded-For": "10.1.0.1", "X-Forwarded-Proto": "https"}
    times = []
    for attempt in range(SEQUENTIAL + 1):
        started = time.perf_counter()
        response = requests.get(url + path, headers=headers, timeout=120)
        response.raise_for_status()
        if attempt:
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def varied_requests(codes, rng):
    """The seeded sets of requests for the three lists a map or a headless front end walks."""
    statuses = ["", "&status=open", "&status=closed"]

    def box():
        west, south = rng.uniform(27.55, 27.75), rng.uniform(62.82, 62.92)
        size = rng.choice([0.02, 0.05, 0.1])
        return f"{west:.3f},{south:.3f},{west + size * 2:.3f},{south + size:.3f}"

    def filtered(path, page_name, size_name, category_name, pages):
        """A list request: a page of 100 of everything, or one of the first pages of a category or a box."""
        choice = rng.random()
        if choice < 0.3:
            query = f"{page_name}={rng.randint(1, 3)}&{category_name}={rng.choice(codes)}"
        elif choice < 0.5:
            query = f"{page_name}={rng.randint(1, 3)}&bbox={box()}"
        else:
            query = f"{page_name}={rng.randint(1, pages)}"
        return f"{path}?{query}&{size_name}=100{rng.choice(statuses)}"

    def api_v1():
        return filtered("/api/v1/feedback/", "page", "page_size", "category", 40)

    def open311():
        return filtered("/open311/v2/requests.json", "page", "page_size", "service_code", 10)

    def geojson():
        zoom = rng.choice([11, 12, 13, 14, 15, 16, 17])
        span = 0.6 / 2 ** (zoom - 11)
        west = rng.uniform(CITY[0], CITY[2] - span)
        south = rng.uniform(CITY[1], CITY[3] - span / 2)
        bbox = f"{west:.4f},{south:.4f},{west + span:.4f},{south + span / 2:.4f}"
        return f"/api/v1/feedback/geojson/?bbox={bbox}&zoom={zoom}"

    return {
        name: sorted({make() for _ in range(VARIED * 2)})[:VARIED]
        for name, make in (
            ("API v1 list", api_v1),
            ("Open311 requests.json", open311),
            ("GeoJSON map", geojson),
        )
    }


def fill(site, count):
    """The site's items up to ``count``; returns the time it took."""
    have = int(site.python("from feedback_plugin.models import Feedback; print(Feedback.objects.count())"))
    started = time.perf_counter()
    if count > have:
        subprocess.run(  # noqa: S603 - our own generator
            [sys.executable, "bench/generate.py", str(count - have)], cwd=ROOT, env=site.env, check=True
        )
    return time.perf_counter() - started


def measure(site, floor_url, size):
    server = site.start_server(workers=WORKERS)
    try:
        facts = json.loads(site.python(PAGES))
        rng = random.Random(SEED)
        lists = varied_requests(facts["codes"], rng)
        floor_rate, _refused = wrk(floor_url, [f"/?offset={n}" for n in range(0, 1000, 7)])
        print(f"{size:,} items: raw floor {floor_rate:.0f} req/s", flush=True)
        rates = {}
        for name, paths in lists.items():
            idle(server.url)
            rates[name] = wrk(server.url, paths)
        pages = facts["pages"]
        simplest = pages.pop("AccessibilityStatementPage")
        idle(server.url)
        rates["simplest page"] = wrk(server.url, [simplest])
        for name, path in pages.items():
            idle(server.url)
            rates[name] = wrk(server.url, [path])
        times = {name: sequential(server.url, paths[0]) for name, paths in lists.items()}
        times["GeoJSON city-wide"] = sequential(
            server.url, "/api/v1/feedback/geojson/?bbox={},{},{},{}&zoom=11".format(*CITY)
        )
        times.update({name: sequential(server.url, path) for name, path in pages.items()})
        for name, (rate, refused) in rates.items():
            print(f"{size:,} items: {name}: {rate:.0f} req/s, {refused} refused", flush=True)
        return {"floor": floor_rate, "rates": rates, "times": times, "pages": pages}
    finally:
        server.stop()


def report(figures):
    smallest, largest = min(figures), max(figures)
    small, large = figures[smallest], figures[largest]
    label = f"{largest:,} items"
    for name in ("API v1 list", "Open311 requests.json", "GeoJSON map"):
        rate, refused = large["rates"][name]
        row(f"{name}, varied, {label} ({refused} refused)", rate, "req/s", "raw floor", large["floor"], target=1 / 3)
    simplest, _refused = large["rates"]["simplest page"]
    for name in large["pages"]:
        rate, refused = large["rates"][name]
        row(f"page {name}, {label} ({refused} refused)", rate, "req/s", "simplest page", simplest, target=0.8)
    row(
        f"GeoJSON city-wide clustered map, one request at a time, {label}",
        large["times"]["GeoJSON city-wide"],
        "ms",
        f"at {smallest:,}",
        small["times"]["GeoJSON city-wide"],
        target=CITY_WIDE_MAP_MS,
        higher_is_better=False,
        target_is_value=True,
    )
    simplest_before = small["rates"]["simplest page"][0]
    row(
        f"the simplest page, {smallest:,} items, against the issue's figure before",
        simplest_before,
        "req/s",
        "the issue's figure",
        SIMPLEST_PAGE_BEFORE,
        target=1.5,
    )
    for name, value in large["times"].items():
        row(
            f"one request at a time: {name}, {label} against {smallest:,}",
            value,
            "ms",
            f"at {smallest:,}",
            small["times"][name],
            target=1.3,
            higher_is_better=False,
        )


def main(sizes=SIZES):
    if not shutil.which("wrk"):
        raise SystemExit("bench/reads.py needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory() as directory:
        site = ProductionSite(
            Path(directory) / "site",
            database_url=os.environ.get("DATABASE_URL"),
            extra_env={"TRUSTED_PROXY_COUNT": "1"},
        ).prepare()
        site.manage("load_demo_data")
        floor_url, floor_process = floor.serve(directory, WORKERS)
        figures = {}
        try:
            for size in sizes:
                print(f"filled to {size:,} items in {fill(site, size):.0f} s", flush=True)
                figures[size] = measure(site, floor_url, size)
        finally:
            floor_process.terminate()
            site.stop()
    report(figures)


if __name__ == "__main__":
    main(tuple(int(size) for size in sys.argv[1:]) or SIZES)
