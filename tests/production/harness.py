"""The site as an operator runs it: production settings, gunicorn processes, a shared database and media.

`ProductionSite` is one deployment (one database, one photo store, one set of static files); each
`start_server()` is one more app server on it. Requests reach the servers as a TLS-terminating proxy sends them:
`proxy_headers()` gives the client's address in X-Forwarded-For and `X-Forwarded-Proto: https`.
"""

import atexit
import functools
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

REPOSITORY = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"
STARTUP_SECONDS = 90
# Several masters run side by side here; gunicorn's control socket has one default path per user.
GUNICORN_OPTIONS = ["--no-control-socket"]

# collectstatic's output depends on the code, not on the deployment: built once per test session.
_static_root = {}


def proxy_headers(client_address):
    """What the TLS-terminating proxy in front of the app servers adds to a resident's request."""
    return {"X-Forwarded-For": client_address, "X-Forwarded-Proto": "https"}


def free_port():
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_answering(url, process, timeout=STARTUP_SECONDS):
    """Waits until `url` gives any HTTP answer; fails at once if the process has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args} exited with {process.returncode} before answering")
        try:
            requests.get(url, headers=proxy_headers(HOST), timeout=30, allow_redirects=False)
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
        else:
            return
    raise RuntimeError(f"{url} did not answer within {timeout} s")


def stop_process(process, group=False):
    """Stops ``process``, and with ``group`` every process of its session: a shell started with
    ``start_new_session=True`` and what it runs, which a signal to the shell alone would leave running."""
    if process.poll() is None:
        send = functools.partial(os.killpg, process.pid) if group else process.send_signal
        send(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            send(signal.SIGKILL)
            process.wait()


@dataclass
class Server:
    """One gunicorn master with its workers."""

    url: str
    process: subprocess.Popen

    def stop(self):
        stop_process(self.process)


@dataclass
class ProductionSite:
    workdir: Path
    database_url: str | None = None
    extra_env: dict = field(default_factory=dict)
    servers: list = field(default_factory=list)

    def __post_init__(self):
        self.workdir = Path(self.workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        env = {
            name: value for name, value in os.environ.items() if name not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
        }
        env.update(
            DJANGO_SETTINGS_MODULE="citysite.settings.production",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS=f"{HOST},localhost",
            SQLITE_PATH=str(self.workdir / "db.sqlite3"),
            MEDIA_ROOT=str(self.workdir / "media"),
            PRIVATE_MEDIA_ROOT=str(self.workdir / "private-media"),
            STATIC_ROOT=str(_shared_static_root()),
            WAGTAILADMIN_BASE_URL=f"https://{HOST}",
            LOG_LEVEL="WARNING",
        )
        if self.database_url:
            env["DATABASE_URL"] = self.database_url
        env.update(self.extra_env)
        self.env = env

    def manage(self, *args, **kwargs):
        """Runs `manage.py` under this deployment's environment; a failure raises with its output."""
        return subprocess.run(  # noqa: S603 - our own manage.py
            [sys.executable, "manage.py", *args],
            cwd=REPOSITORY,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
            **kwargs,
        )

    def python(self, code):
        """Runs Python in `manage.py shell` under this deployment's environment; returns what it printed."""
        return self.manage("shell", "--no-imports", "-c", code).stdout.strip()

    def prepare(self):
        """What docs/deployment.md has an operator run before starting the servers."""
        self.manage("migrate", "--no-input")
        self.manage("createcachetable")
        static_root = Path(self.env["STATIC_ROOT"])
        if not (static_root / "staticfiles.json").exists():
            self.manage("collectstatic", "--no-input")
        return self

    def start_server(self, workers=4):
        """One more app server on this deployment's database and media, as the deployment docs run it."""
        port = free_port()
        process = subprocess.Popen(  # noqa: S603 - our own app under gunicorn
            [
                sys.executable,
                "-m",
                "gunicorn",
                "citysite.wsgi",
                "-w",
                str(workers),
                "-b",
                f"{HOST}:{port}",
                *GUNICORN_OPTIONS,
            ],
            cwd=REPOSITORY,
            env=self.env,
        )
        server = Server(url=f"http://{HOST}:{port}", process=process)
        self.servers.append(server)
        try:
            wait_until_answering(server.url + "/", process)
        except RuntimeError:
            server.stop()
            raise
        return server

    def stop(self):
        for server in self.servers:
            server.stop()
        self.servers.clear()


def _shared_static_root():
    if "path" not in _static_root:
        path = Path(tempfile.mkdtemp(prefix="citysite-static-"))
        atexit.register(shutil.rmtree, path, ignore_errors=True)
        _static_root["path"] = path
    return _static_root["path"]
