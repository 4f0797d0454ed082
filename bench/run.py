"""`make bench`: runs every benchmark in bench/ and writes their figures to bench/results/latest.md.

Not part of the test suite. Each benchmark prints its figures as rows (bench/report.py): a value, the floor it is
measured against in the same run, the ratio, and the issue's target for it where there is one.
"""

import json
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.report import PREFIX  # noqa: E402

BENCHMARKS = ["geojson.py", "photos.py", "submissions.py", "slow3g.py", "reads.py", "peer.py"]
RESULTS = HERE / "results" / "latest.md"


def table(rows):
    lines = [
        "| benchmark | surface | value | floor | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, figure in rows:
        target = ""
        if figure["target"] is not None:
            unit = f" {figure['unit']}" if figure.get("target_is_value") else ""
            target = ("≥ " if figure["higher_is_better"] else "≤ ") + f"{figure['target']:.3g}{unit}"
        met = {None: "", True: "yes", False: "**no**"}[figure["met"]]
        lines.append(
            f"| {name} | {figure['surface']} | {figure['value']} {figure['unit']} | "
            f"{figure['floor']}: {figure['floor_value']} | {figure['ratio']} | {target} | {met} |"
        )
    return "\n".join(lines)


def main():
    rows, failed = [], []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, str(HERE / name)], stdout=subprocess.PIPE, text=True)  # noqa: S603
        for line in process.stdout:
            if line.startswith(PREFIX):
                rows.append((name.removesuffix(".py"), json.loads(line.removeprefix(PREFIX))))
            print(line, end="", flush=True)
        if process.wait() != 0:
            failed.append(name)
        print(f"== {name}: {time.perf_counter() - started:.0f} s", flush=True)
    RESULTS.parent.mkdir(exist_ok=True)
    when = time.strftime("%Y-%m-%d %H:%M")
    header = f"# Benchmark results\n\n{when} on {platform.node()}, Python {platform.python_version()}.\n\n"
    failures = "".join(f"\n**{name} failed**: see its output.\n" for name in failed)
    RESULTS.write_text(header + table(rows) + "\n" + failures)
    print(f"\nwrote {RESULTS.relative_to(HERE.parent)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
