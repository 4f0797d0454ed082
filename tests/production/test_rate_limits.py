"""Issue 13, acceptance 2: behind the proxy, the submission limit counts residents, not the proxy, and holds
across 4 workers and two app servers: 60 residents are all accepted, and 11 submissions sent at once by one
resident get exactly 10 accepted and one 429 with the real time left in the hour as Retry-After."""

import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle

import pytest
import requests

from tests.production.harness import ProductionSite, proxy_headers

pytestmark = pytest.mark.production

HOUR = 3600
# The limit's windows are clock hours: a burst must not straddle one, or it would be counted in two.
BURST_SECONDS = 30


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Two app servers of 4 workers each, behind one trusted proxy, on one SQLite database."""
    site = ProductionSite(tmp_path_factory.mktemp("limits"), extra_env={"TRUSTED_PROXY_COUNT": "1"}).prepare()
    site.python("from tests.factories import CategoryFactory; CategoryFactory(code='street-lighting')")
    yield [site.start_server(workers=4), site.start_server(workers=4)]
    site.stop()


def submit(server, forwarded_for):
    return requests.post(
        f"{server.url}/api/v1/feedback/",
        json={"category": "street-lighting", "description": "Katuvalo ei pala Kauppakadun kulmassa."},
        headers=proxy_headers(forwarded_for),
        timeout=60,
    )


def seconds_left_in_hour():
    return HOUR - time.time() % HOUR


def wait_for_room_in_the_hour():
    while seconds_left_in_hour() < BURST_SECONDS:
        time.sleep(0.5)


def test_sixty_residents_behind_the_proxy_are_all_accepted(servers):
    statuses = [submit(server, f"203.0.113.{n}").status_code for n, server in zip(range(60), cycle(servers))]
    assert statuses == [201] * 60


def test_eleven_at_once_from_one_resident_get_ten_accepted_and_a_429_with_retry_after(servers):
    wait_for_room_in_the_hour()
    # Each request also carries a different forged address on the left, which the proxy passes on as sent.
    jobs = [(server, f"198.51.100.{n}, 192.0.2.77") for n, server in zip(range(11), cycle(servers))]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        responses = list(pool.map(lambda job: submit(*job), jobs))
    left = seconds_left_in_hour()
    assert sorted(response.status_code for response in responses) == [201] * 10 + [429]
    [refused] = [response for response in responses if response.status_code == 429]
    assert refused.json()["detail"].startswith("Olet lähettänyt paljon palautetta")
    assert abs(int(refused.headers["Retry-After"]) - left) <= BURST_SECONDS
