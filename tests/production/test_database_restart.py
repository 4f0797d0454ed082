"""Acceptance 3 on real processes: gunicorn with 4 workers on a PostgreSQL that is stopped and started again
mid-load. During the outage every surface answers 503 with Retry-After (JSON for the APIs); after the restart
no request fails, also on workers whose persistent connection predates it; a POST whose key was stored before
the outage, retried, gets its first answer and stores nothing."""

import uuid
from concurrent.futures import ThreadPoolExecutor

import psycopg
import pytest
import requests

from tests.production.harness import ProductionSite, proxy_headers
from tests.production.load import open311_key
from tests.production.postgres import running_cluster

pytestmark = pytest.mark.production

CLIENT = "203.0.113.7"
FEEDBACK = {"category": "potholes-and-pavements", "description": "Syvä kuoppa pyörätiellä koulun kohdalla."}
SURFACES = ["/api/v1/categories/", "/open311/v2/services.json", "/open311/v2/services.xml", "/fi/", "/en/"]
BURST = 80


@pytest.fixture
def postgres():
    with running_cluster() as cluster:
        yield cluster


def sql(cluster, query, params=()):
    with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres") as connection:
        return connection.execute(query, params).fetchall()


def feedback_count(cluster):
    return sql(cluster, "SELECT count(*) FROM feedback_plugin_feedback")[0][0]


def get(server, path):
    return requests.get(server.url + path, headers=proxy_headers(CLIENT), timeout=30)


def post_v1(server, key):
    headers = {**proxy_headers(CLIENT), "Idempotency-Key": key}
    return requests.post(server.url + "/api/v1/feedback/?lang=en", json=FEEDBACK, headers=headers, timeout=30)


def post_open311(server, api_key, key):
    data = {"api_key": api_key, "service_code": FEEDBACK["category"], "description": FEEDBACK["description"]}
    data["address_string"] = "Kauppakatu 1"
    headers = {**proxy_headers(CLIENT), "Idempotency-Key": key}
    return requests.post(server.url + "/open311/v2/requests.json", data=data, headers=headers, timeout=30)


def burst(server):
    """BURST requests over the surfaces, 8 at a time, so that every worker serves some."""
    paths = [SURFACES[index % len(SURFACES)] for index in range(BURST)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda path: get(server, path), paths))


def test_a_database_restart_gives_503s_then_no_500s_and_no_duplicates(tmp_path, postgres):
    site = ProductionSite(tmp_path, database_url=postgres.url, extra_env={"DB_CONN_MAX_AGE": "60"})
    site.prepare()
    site.manage("load_demo_data")
    api_key = open311_key(site)
    server = site.start_server(workers=4)
    try:
        v1_key, open311_idempotency_key = str(uuid.uuid4()), str(uuid.uuid4())
        first_v1, first_open311 = post_v1(server, v1_key), post_open311(server, api_key, open311_idempotency_key)
        assert (first_v1.status_code, first_open311.status_code) == (201, 201)
        stored = feedback_count(postgres)
        assert {response.status_code for response in burst(server)} == {200}

        postgres.stop()
        during = [*burst(server), post_v1(server, v1_key), post_open311(server, api_key, open311_idempotency_key)]
        assert {response.status_code for response in during} == {503}
        assert {response.headers["Retry-After"] for response in during} == {"30"}
        for response in during:
            api = response.url.split(server.url, 1)[1].startswith(("/api/", "/open311/"))
            expected = ("application/json", "text/xml") if api else ("text/html",)
            assert response.headers["Content-Type"].startswith(expected), response.url
        assert get(server, "/health/ready").status_code == 503
        assert get(server, "/health/live").status_code == 200

        postgres.start()
        after = burst(server)
        assert [response.status_code for response in after if response.status_code != 200] == []
        assert get(server, "/health/ready").json()["Database(alias='default')"] == "OK"

        # A restart nobody noticed: every worker still holds a connection from before it.
        postgres.stop()
        postgres.start()
        assert [response.status_code for response in burst(server) if response.status_code != 200] == []

        retried_v1, retried_open311 = post_v1(server, v1_key), post_open311(server, api_key, open311_idempotency_key)
        assert (retried_v1.status_code, retried_v1.content) == (201, first_v1.content)
        assert (retried_open311.status_code, retried_open311.content) == (201, first_open311.content)
        assert retried_v1.headers["Idempotent-Replayed"] == retried_open311.headers["Idempotent-Replayed"] == "true"
        assert feedback_count(postgres) == stored
    finally:
        site.stop()
