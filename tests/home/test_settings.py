import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_environment(**environment):
    """This process's environment with production settings and real values, without the suite's overrides."""
    return {
        **{
            name: value
            for name, value in os.environ.items()
            if name not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "DB_CONN_MAX_AGE"}
        },
        "DJANGO_SETTINGS_MODULE": "citysite.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "palaute.example.fi",
        **environment,
    }


def test_production_settings_pass_the_deployment_checks(tmp_path):
    env = production_environment(DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def production_value(expression, **environment):
    """What `expression` is under production settings and `environment`."""
    env = production_environment(**environment)
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    result = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_workers_keep_their_database_connection_unless_told_otherwise(tmp_path):
    """Opening a connection costs more than answering a read: production keeps each for 60 s by default."""
    age = 'settings.DATABASES["default"]["CONN_MAX_AGE"]'
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert production_value(age, DATABASE_URL=database) == "60"
    assert production_value(age, DATABASE_URL=database, DB_CONN_MAX_AGE="0") == "0"


def test_production_settings_refuse_a_missing_secret_key():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "citysite.settings.production", "SECRET_KEY": ""}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_concurrent_sqlite_writers_queue_instead_of_failing(tmp_path, settings, django_db_blocker):
    """Eight threads run read-modify-write transactions at once on a SQLite file with the project's options:
    none sees "database is locked" and no update is lost, because IMMEDIATE transactions take the write lock
    at BEGIN and wait on the busy timeout."""
    import threading

    from django.db import connections, transaction

    from citysite.settings.base import SQLITE_OPTIONS

    alias = "concurrency_check"
    connections.settings[alias] = {
        **connections.settings["default"],
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(tmp_path / "db.sqlite3"),
        "OPTIONS": SQLITE_OPTIONS,
    }
    errors = []

    def write():
        try:
            for _ in range(20):
                with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                    cursor.execute("SELECT value FROM counter WHERE id = 1")
                    (value,) = cursor.fetchone()
                    cursor.execute("UPDATE counter SET value = %s WHERE id = 1", [value + 1])
        except Exception as error:
            errors.append(error)
        finally:
            connections[alias].close()

    try:
        with django_db_blocker.unblock():
            with connections[alias].cursor() as cursor:
                cursor.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, value INTEGER)")
                cursor.execute("INSERT INTO counter VALUES (1, 0)")
            threads = [threading.Thread(target=write) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT value FROM counter WHERE id = 1")
                (total,) = cursor.fetchone()
                cursor.execute("PRAGMA journal_mode")
                (journal_mode,) = cursor.fetchone()
                cursor.execute("PRAGMA foreign_keys")
                (foreign_keys,) = cursor.fetchone()
            connections[alias].close()
    finally:
        del connections.settings[alias]

    assert errors == []
    assert total == 8 * 20
    assert (journal_mode, foreign_keys) == ("wal", 1)


def test_mail_and_database_connections_give_up_or_heal_by_default():
    """A hanging mail server costs a task 10 s, not minutes; a persistent database connection broken by a
    restart is replaced before it fails a request."""
    from django.conf import settings

    assert settings.EMAIL_TIMEOUT == 10
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
