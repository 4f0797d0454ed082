"""A throwaway PostgreSQL 15 cluster that a test starts, stops and starts again itself: in a temporary
directory, on a free port, with its unix socket there too. As root (CI), the server runs as ``postgres``."""

import contextlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.production.harness import free_port

PGBIN = Path("/usr/lib/postgresql/15/bin")


def require_postgres():
    """Skips without PostgreSQL's binaries, unless REQUIRE_POSTGRES=1 (CI): then the test fails."""
    if (PGBIN / "initdb").exists():
        return
    message = f"PostgreSQL 15 is not installed ({PGBIN}): apt-get install postgresql"
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.fail(message)
    pytest.skip(message)


class Cluster:
    def __init__(self, directory):
        self.directory = Path(directory)
        self.data = self.directory / "data"
        self.sockets = self.directory / "sock"
        self.log = self.directory / "postgres.log"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, program, *args, check=True):
        command = [str(PGBIN / program), *map(str, args)]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, check=check, capture_output=True, timeout=120)  # noqa: S603 - our own paths

    def init(self):
        self.sockets.mkdir()
        if self.as_postgres:
            for path in (self.directory, self.sockets):
                shutil.chown(path, "postgres", "postgres")
        self.run("initdb", "-D", self.data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8")

    def start(self):
        options = f"-p {self.port} -k {self.sockets} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run("pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60", "start", "-o", options)

    def running(self):
        return self.run("pg_ctl", "-D", self.data, "status", check=False).returncode == 0

    def stop(self):
        """As an operator's restart does: open connections are cut, running transactions rolled back."""
        self.run("pg_ctl", "-D", self.data, "-w", "-t", "60", "stop", "-m", "fast")


@contextlib.contextmanager
def running_cluster():
    """A started cluster, stopped and removed afterwards."""
    require_postgres()
    # Not under pytest's tmp_path: its folders are private to root, and the server runs as postgres.
    with tempfile.TemporaryDirectory(prefix="citysite-pg-") as directory:
        cluster = Cluster(directory)
        cluster.init()
        cluster.start()
        try:
            yield cluster
        finally:
            if cluster.running():
                cluster.stop()
