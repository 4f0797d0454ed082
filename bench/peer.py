"""Benchmark (not a test): our Open311 against the peer's, 6aika/issue-reporting, at 100,000 items.

The peer is built and seeded by ../shared/peers/setup.sh (see its README); this bench finds it in PEER_WORK and
serves it as its bench.sh does: gunicorn with 2 sync workers, DEBUG off. Our side is seeded by bench/generate.py
with the same spread (730 days, the same box around Kuopio) and served the same way, with production settings.
Each endpoint is run on the peer and then on ours, ``ROUNDS`` times in turn, so both see the same machine noise, and
each figure is the median of its rounds. Both answer 100 requests a page: the peer by default, ours with
``page_size=100``. The filtered list asks each side for its own category whose share of open items is nearest the
peer's 'service_code=172&status=open'.

Run with `make bench`, or `.venv/bin/python bench/peer.py`. Without a seeded peer in PEER_WORK (default
var/peer), it runs `../shared/peers/setup.sh ../shared/peers/6aika-issue-reporting 100000` there first.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.reads import WORKERS, fill, idle, wrk  # noqa: E402
from bench.report import row  # noqa: E402
from tests.production.harness import HOST, ProductionSite, free_port, wait_until_answering  # noqa: E402

COUNT = 100_000
ROUNDS = 4
PEER_SOURCE = ROOT.parent / "shared" / "peers" / "6aika-issue-reporting"
DEFAULT_PEER_WORK = ROOT / "var" / "peer"

OURS = """
import json
from django.db.models import Count
from feedback_plugin.models import CLOSED_STATUSES
from feedback_plugin.privacy import public_feedback
public = public_feedback()
total = public.count()
open_counts = public.exclude(status__in=CLOSED_STATUSES).values("category__code").annotate(n=Count("pk"))
shares = {row["category__code"]: row["n"] / total for row in open_counts}
item = public.order_by("?").values_list("reference", flat=True).first()
print(json.dumps({"shares": shares, "item": item, "total": total}))
"""


def peer_server(work):
    """The peer as ../shared/peers/bench.sh serves it: (url, process)."""
    database = work / f"db-{COUNT}.sqlite3"
    port = free_port()
    env = {
        "PATH": os.environ["PATH"],
        "DEBUG": "0",
        "SECRET_KEY": "peer-bench-not-secret",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "PYTHONPYCACHEPREFIX": str(work / "pycache"),
        "PYTHONWARNINGS": "ignore",
        "LANGUAGES": "en,fi",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    command = [str(work / "venv/bin/gunicorn"), "--chdir", str(PEER_SOURCE), "-w", str(WORKERS), "-k", "sync"]
    process = subprocess.Popen(  # noqa: S603 - the peer's own gunicorn
        [*command, "-b", f"{HOST}:{port}", "--log-level", "warning", "cfh.wsgi:application"],
        env=env,
    )
    url = f"http://{HOST}:{port}"
    wait_until_answering(url + "/api/georeport/v2/services.json", process)
    return url, process


def nearest(shares, share):
    return min(shares, key=lambda code: abs(shares[code] - share))


def seeded_peer():
    """The peer's folder and the parameters its seed wrote, built and seeded first if PEER_WORK has none."""
    if not PEER_SOURCE.is_dir():
        raise SystemExit(f"bench/peer.py needs the peer beside this repository, as ../shared/peers: {PEER_SOURCE}")
    work = Path(os.environ.get("PEER_WORK", DEFAULT_PEER_WORK)).resolve()
    params = work / f"params-{COUNT}.json"
    if not params.exists():
        setup = PEER_SOURCE.parent / "setup.sh"
        environment = {**os.environ, "PEER_WORK": str(work)}
        subprocess.run([str(setup), str(PEER_SOURCE), str(COUNT)], env=environment, check=True)  # noqa: S603
    return work, json.loads(params.read_text())


def main():
    work, params = seeded_peer()
    with tempfile.TemporaryDirectory() as directory:
        site = ProductionSite(Path(directory) / "site", extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
        site.manage("load_demo_data")
        fill(site, COUNT)
        facts = json.loads(site.python(OURS))
        code = nearest(facts["shares"], params["count_service_open"] / params["count_all"])
        peer = "/api/georeport/v2/"
        ours = "/open311/v2/"
        endpoints = {
            "services.json": (f"{peer}services.json", f"{ours}services.json"),
            "requests.json (100 a page)": (f"{peer}requests.json", f"{ours}requests.json?page_size=100"),
            "requests.json?service_code&status=open": (
                f"{peer}requests.json?service_code={params['service_code']}&status=open",
                f"{ours}requests.json?service_code={code}&status=open&page_size=100",
            ),
            "requests/{id}.json": (
                f"{peer}requests/{params['identifier']}.json",
                f"{ours}requests/{facts['item']}.json",
            ),
            "requests.json?bbox": (
                f"{peer}requests.json?bbox={params['bbox']}",
                f"{ours}requests.json?bbox={params['bbox']}&page_size=100",
            ),
        }
        peer_url, peer_process = peer_server(work)
        try:
            server = site.start_server(workers=WORKERS)
            for name, (peer_path, our_path) in endpoints.items():
                peer_rates, our_rates = [], []
                for _round in range(ROUNDS):
                    idle(peer_url, "/api/georeport/v2/services.json")
                    peer_rates.append(checked(wrk(peer_url, [peer_path]), name))
                    idle(server.url)
                    our_rates.append(checked(wrk(server.url, [our_path]), name))
                print(f"{name}: peer {peer_rates}, ours {our_rates} req/s", flush=True)
                row(
                    f"Open311 {name}, {COUNT:,} items, ours against the peer",
                    statistics.median(our_rates),
                    "req/s",
                    "peer",
                    statistics.median(peer_rates),
                    target=2,
                )
        finally:
            peer_process.terminate()
            site.stop()


def checked(result, name):
    rate, refused = result
    if refused:
        raise SystemExit(f"{name}: {refused} answers were not 2xx or 3xx")
    return rate


if __name__ == "__main__":
    main()
