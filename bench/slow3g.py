"""Benchmark (not a test): the Finnish form page on a bad connection, as a resident's phone first sees it.

The site runs as production does (production settings, gunicorn, whitenoise's compressed manifest storage, the demo
data); Chromium on a Pixel 7 profile loads /fi/anna-palautetta/ with Slow 3G emulated through the DevTools protocol
(400 ms round trip, 400 kbit/s down and up) and its cache off, a first visit. Three runs, each in a fresh context;
the median of each figure is reported. docs/performance.md says what each figure means.

Map tiles come from another host: the bench answers them with one small PNG of its own and counts them apart.

Run with `make bench` (all benchmarks) or `.venv/bin/python bench/slow3g.py`.
"""

import io
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PIL import Image  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from bench.report import row  # noqa: E402
from feedback_plugin.conf import DEFAULTS  # noqa: E402
from tests.browser.chromium import LAUNCH_ARGS, MISSING, find_chromium  # noqa: E402
from tests.production.harness import HOST, ProductionSite, proxy_headers  # noqa: E402
from tests.production.load import FORM_PATH  # noqa: E402

RUNS = 3
WORKERS = 2
DEVICE = "Pixel 7"
# Chrome DevTools' "Slow 3G" preset as the issue states it: 400 ms round trip, 400 kbit/s = 50,000 bytes/s.
SLOW_3G = {"offline": False, "latency": 400, "downloadThroughput": 50_000, "uploadThroughput": 50_000}
MAP_BUTTON = "Valitse kartalta"
TILE_HOST = urlsplit(DEFAULTS["MAP_TILE_URL"]).hostname
TIMEOUT_MS = 120_000
# How often the page is asked whether a condition holds: each time is read to within this.
POLL_MS = 10
KB = 1000

# The form can be used: its submit button and category choices are shown and enabled, and its script has run, which
# shows as the map and location buttons it unhides (they are `hidden` in the HTML, for a page without JavaScript).
# A deferred script runs only after the stylesheets before it have loaded, so the page is also styled by then.
FORM_USABLE = """() => {
    const shown = (element) => !!element && element.getClientRects().length > 0
        && getComputedStyle(element).visibility !== "hidden";
    const usable = (control) => !control.disabled && (shown(control) || [...control.labels].some(shown));
    const form = document.getElementById("feedback-form");
    if (!form) return false;
    const submit = form.querySelector('button[type="submit"]');
    const categories = [...form.querySelectorAll('input[name="category"]')];
    const ready = shown(document.getElementById("show-map")) && !!submit && usable(submit)
        && categories.length > 0 && categories.every((input) => !input.disabled) && categories.some(usable);
    return ready ? performance.now() : false;
}"""
# The time of the resident's tap on "choose on a map", taken from the event itself.
RECORD_TAP = """() => document.getElementById("show-map").addEventListener("click", (event) => {
    window.benchMapTapped = event.timeStamp;
}, { capture: true, once: true })"""
# The map is ready: Leaflet has made the box its container and added the tile layer to it.
MAP_READY = """() => document.querySelector("#location-map.leaflet-container .leaflet-tile-pane .leaflet-layer")
    ? performance.now() - window.benchMapTapped : false"""
NAVIGATION = """() => {
    const entry = performance.getEntriesByType("navigation")[0];
    return { responseEnd: entry.responseEnd, domContentLoaded: entry.domContentLoadedEventEnd,
             load: entry.loadEventEnd };
}"""


def tile_png():
    """One 256 px map tile, one colour: what the tile server's answer costs is not the product's to measure."""
    buffer = io.BytesIO()
    Image.new("RGB", (256, 256), (170, 211, 223)).save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass
class Transfer:
    """The page's network traffic as the DevTools protocol reports it: compressed bytes per finished request."""

    urls: dict = field(default_factory=dict)
    kinds: dict = field(default_factory=dict)
    pending: set = field(default_factory=set)
    finished: list = field(default_factory=list)

    def watch(self, session):
        session.on("Network.requestWillBeSent", self.started)
        session.on("Network.loadingFinished", self.done)
        session.on("Network.loadingFailed", lambda event: self.pending.discard(event["requestId"]))

    def started(self, event):
        self.urls[event["requestId"]] = event["request"]["url"]
        self.kinds[event["requestId"]] = event.get("type", "")
        self.pending.add(event["requestId"])

    def done(self, event):
        self.pending.discard(event["requestId"])
        url = self.urls.get(event["requestId"], "")
        self.finished.append((url, self.kinds.get(event["requestId"], ""), event["encodedDataLength"]))

    def site_bytes(self):
        """Everything but the map tiles, which come from another host."""
        return sum(size for url, _, size in self.finished if urlsplit(url).hostname != TILE_HOST)

    def document_bytes(self):
        return sum(size for _, kind, size in self.finished if kind == "Document")

    def wait_until_idle(self, page):
        """Waits until every request the page has started has finished or failed."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        while self.pending:
            if time.monotonic() > deadline:
                raise SystemExit(f"requests still open: {[self.urls[key] for key in self.pending]}")
            page.wait_for_timeout(POLL_MS)  # lets Playwright deliver the protocol's events meanwhile


def slow_page(browser, device, tile):
    """A first visit on Slow 3G: a fresh context, the cache off, tiles answered by the bench."""
    context = browser.new_context(**device, extra_http_headers=proxy_headers(HOST))
    tiles = []

    def answer_tile(route):
        tiles.append(len(tile))
        route.fulfill(body=tile, content_type="image/png")

    context.route(lambda url: urlsplit(url).hostname == TILE_HOST, answer_tile)
    page = context.new_page()
    session = context.new_cdp_session(page)
    transfer = Transfer()
    transfer.watch(session)
    session.send("Network.enable")
    session.send("Network.setCacheDisabled", {"cacheDisabled": True})
    session.send("Network.emulateNetworkConditions", SLOW_3G)
    return context, page, transfer, tiles


def wait_for(page, condition):
    return page.wait_for_function(condition, polling=POLL_MS, timeout=TIMEOUT_MS).json_value()


def one_request(browser, device, url):
    """The floor: a tiny answer (the liveness probe) fetched as a page over the same link."""
    context, page, _, _ = slow_page(browser, device, b"")
    try:
        page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
        return page.evaluate(NAVIGATION)["responseEnd"]
    finally:
        context.close()


def visit(browser, device, url, tile):
    """One resident's first visit: the form until usable, then the map after a tap on "choose on a map"."""
    context, page, transfer, tiles = slow_page(browser, device, tile)
    try:
        page.goto(url, wait_until="commit", timeout=TIMEOUT_MS)
        usable = wait_for(page, FORM_USABLE)
        page.wait_for_load_state("load", timeout=TIMEOUT_MS)
        transfer.wait_until_idle(page)
        navigation = page.evaluate(NAVIGATION)
        without_map = transfer.site_bytes()
        page_resources = list(transfer.finished)
        page.evaluate(RECORD_TAP)
        page.get_by_role("button", name=MAP_BUTTON).click(timeout=TIMEOUT_MS)
        map_ready = wait_for(page, MAP_READY)
        transfer.wait_until_idle(page)
        return {
            "usable": usable / 1000,
            "map": map_ready / 1000,
            "without_map": without_map / KB,
            "with_map": transfer.site_bytes() / KB,
            "document": transfer.document_bytes() / KB,
            "tiles": len(tiles),
            "tile_bytes": sum(tiles),
            "navigation": navigation,
            "resources": page_resources,
            "map_resources": transfer.finished[len(page_resources) :],
        }
    finally:
        context.close()


def print_resources(run):
    print("what the first run transferred (compressed bytes, as the DevTools protocol reports them):")
    for heading, resources in (("form page", run["resources"]), ("after the tap on the map", run["map_resources"])):
        print(f"  {heading}:")
        for url, kind, size in resources:
            parts = urlsplit(url)
            where = {HOST: parts.path, TILE_HOST: f"{TILE_HOST} (answered by the bench)"}.get(parts.hostname, url[:60])
            print(f"    {size:>8,} B  {kind:<10} {where}")
    navigation = run["navigation"]
    print(
        f"  HTML received at {navigation['responseEnd']:.0f} ms, DOMContentLoaded at "
        f"{navigation['domContentLoaded']:.0f} ms, load at {navigation['load']:.0f} ms"
    )


FIGURES = [
    # key, what it is, unit, target, floor key, floor name
    ("usable", "form usable (controls shown and enabled, its script run)", "s", 2.5, "request", "one request"),
    ("map", "map ready after tapping “Valitse kartalta”", "s", 5.0, "request", "one request"),
    ("without_map", "transfer, form page without the map", "KB", 60, "document", "HTML document"),
    ("with_map", "transfer, with the map opened (tiles apart)", "KB", 120, "document", "HTML document"),
]


def report(runs, floors):
    median = {key: statistics.median(run[key] for run in runs) for key, *_ in FIGURES}
    median["request"] = statistics.median(floors)
    median["document"] = statistics.median(run["document"] for run in runs)
    print(
        f"\nSlow 3G ({SLOW_3G['latency']} ms, {SLOW_3G['downloadThroughput'] * 8 // 1000} kbit/s down and up, "
        f"cache off), {DEVICE}, {FORM_PATH}, median of {len(runs)} fresh visits (KB = {KB} bytes):"
    )
    print(f"  {'figure':<60} {'runs':<22} {'median':>8} {'target':>9}  met")
    for key, name, unit, target, *_ in FIGURES:
        values = ", ".join(f"{run[key]:.2f}" for run in runs)
        met = "yes" if median[key] <= target else "NO"
        print(f"  {name:<60} {values:<22} {median[key]:>6.2f} {unit:<2} ≤ {target:<4} {unit:<2} {met}")
    tiles = runs[0]
    print(
        f"  map tiles (another host, answered by the bench, not in the figures): {tiles['tiles']} requests, "
        f"{tiles['tile_bytes']:,} bytes"
    )
    print(f"  floors: one request on this link {median['request']:.2f} s, HTML document {median['document']:.2f} KB")
    for key, name, unit, target, floor_key, floor_name in FIGURES:
        row(
            f"Slow 3G: {name}",
            median[key],
            unit,
            floor_name,
            median[floor_key],
            target=target,
            higher_is_better=False,
            target_is_value=True,
        )


def warm_up(url):
    """Every worker renders the form before the first visit: a resident meets a server that has been up a while,
    not one still importing its code and compiling its templates."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for _ in range(3):
            answers = list(
                pool.map(lambda _: requests.get(url, headers=proxy_headers(HOST), timeout=60), range(WORKERS))
            )
            if any(answer.status_code != 200 for answer in answers):
                raise SystemExit(f"{url} answered {[answer.status_code for answer in answers]}")


def main():
    executable = find_chromium()
    if not executable:
        raise SystemExit(MISSING)
    with tempfile.TemporaryDirectory() as directory:
        site = ProductionSite(Path(directory) / "site", extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
        site.manage("load_demo_data")
        server = site.start_server(workers=WORKERS)
        tile = tile_png()
        try:
            warm_up(server.url + FORM_PATH)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=executable, args=LAUNCH_ARGS)
                device = playwright.devices[DEVICE]
                runs, floors = [], []
                for _ in range(RUNS):
                    floors.append(one_request(browser, device, server.url + "/health/live") / 1000)
                    runs.append(visit(browser, device, server.url + FORM_PATH, tile))
                browser.close()
            print_resources(runs[0])
            report(runs, floors)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
