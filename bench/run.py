"""Runs every benchmark in bench/ and prints its figures. Not part of the test suite."""

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["geojson.py", "photos.py"]


def main():
    here = Path(__file__).resolve().parent
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(here / name)], check=False).returncode != 0  # noqa: S603 - our own scripts
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
