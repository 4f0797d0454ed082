"""The raw floor: a bare WSGI app on the same SQLite settings, served by the same gunicorn.

GET runs one SQL query for 100 rows and returns them with `json.dumps`; POST inserts one row and commits. Nothing
of Django, Wagtail or DRF is in the way, so the product's figures are read as a share of this.
Served as `gunicorn bench.floor:app` with FLOOR_DATABASE pointing at a file prepared by `prepare()`.
"""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs

ROWS = 1000
_connection = {}


def connection():
    if "db" not in _connection:
        db = sqlite3.connect(os.environ["FLOOR_DATABASE"], timeout=20, isolation_level=None)
        db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        _connection["db"] = db
    return _connection["db"]


def serve(directory, workers):
    """The floor under gunicorn with ``workers`` workers, on a database prepared in ``directory``: (url, process)."""
    from tests.production.harness import GUNICORN_OPTIONS, HOST, free_port, wait_until_answering

    database = Path(directory) / "floor.sqlite3"
    prepare(database)
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "bench.floor:app", "-w", str(workers), "-b", f"{HOST}:{port}"]
    process = subprocess.Popen(  # noqa: S603 - our own floor app
        [*command, *GUNICORN_OPTIONS],
        cwd=Path(__file__).resolve().parents[1],
        env={"FLOOR_DATABASE": str(database), "PATH": ""},
    )
    url = f"http://{HOST}:{port}"
    wait_until_answering(url + "/", process)
    return url, process


def prepare(path):
    db = sqlite3.connect(path)
    db.executescript(
        "PRAGMA journal_mode=WAL; CREATE TABLE item (id INTEGER PRIMARY KEY, description TEXT, created TEXT);"
    )
    db.executemany(
        "INSERT INTO item (description, created) VALUES (?, datetime('now'))",
        [(f"Katuvalo {n} ei pala.",) for n in range(ROWS)],
    )
    db.commit()
    db.close()


def app(environ, start_response):
    db = connection()
    if environ["REQUEST_METHOD"] == "POST":
        length = int(environ.get("CONTENT_LENGTH") or 0)
        fields = parse_qs(environ["wsgi.input"].read(length).decode())
        db.execute("BEGIN IMMEDIATE")
        cursor = db.execute(
            "INSERT INTO item (description, created) VALUES (?, datetime('now'))", (fields.get("description", [""])[0],)
        )
        db.execute("COMMIT")
        body, status = json.dumps({"id": cursor.lastrowid}), "201 Created"
    else:
        offset = int(parse_qs(environ.get("QUERY_STRING", "")).get("offset", ["0"])[0]) % ROWS
        rows = db.execute("SELECT id, description, created FROM item LIMIT 100 OFFSET ?", (offset,)).fetchall()
        body, status = json.dumps([{"id": i, "description": d, "created": c} for i, d, c in rows]), "200 OK"
    start_response(status, [("Content-Type", "application/json")])
    return [body.encode()]
