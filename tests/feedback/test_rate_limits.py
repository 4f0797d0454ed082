"""Rate-limit counting: fixed windows of clock time with the exact time left, in the database's counter table
with the database cache (the default) and in Redis when the site has it."""

import datetime

import pytest
import time_machine
from django.core.cache import caches
from fakeredis import FakeRedisConnection

from feedback_plugin import rate_limits
from feedback_plugin.models import RateCounter

pytestmark = pytest.mark.django_db

TEN_FIFTEEN = datetime.datetime(2026, 11, 24, 10, 15, tzinfo=datetime.UTC)


@pytest.fixture(params=["database", "redis"])
def store(request, settings):
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": "redis://limits.invalid:6379/0",
                "OPTIONS": {"connection_class": FakeRedisConnection},
            }
        }
        caches["default"].clear()  # one fake server for the whole session
    return request.param


def counts(key, times, limit=3, window=3600):
    return [rate_limits.count(key, limit, window) for _ in range(times)]


def test_the_limit_admits_a_burst_then_refuses_with_the_time_left_in_the_window(store):
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        counted = counts("client-a", 4)
    assert [item.allowed for item in counted] == [True, True, True, False]
    assert {item.retry_after for item in counted} == {45 * 60}


def test_each_key_counts_apart(store):
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        counts("client-a", 4)
        assert counts("client-b", 1)[0].allowed


def test_the_next_window_starts_from_zero(store):
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        counts("client-a", 4)
    with time_machine.travel(TEN_FIFTEEN + datetime.timedelta(minutes=45), tick=False):
        [counted] = counts("client-a", 1)
    assert counted.allowed
    assert counted.retry_after == 3600


def test_the_last_fraction_of_a_second_still_asks_for_a_whole_second():
    with time_machine.travel(TEN_FIFTEEN - datetime.timedelta(milliseconds=200), tick=False):
        [counted] = counts("client-a", 1, window=60)
    assert counted.retry_after == 1


def test_with_the_database_cache_the_counters_are_rows_and_past_windows_are_removed():
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        counts("client-a", 2)
    assert list(RateCounter.objects.values_list("count", flat=True)) == [2]
    with time_machine.travel(TEN_FIFTEEN + datetime.timedelta(hours=2), tick=False):
        counts("client-b", 1)
    assert [counter.key.split(":")[1] for counter in RateCounter.objects.all()] == ["client-b"]


def test_with_redis_nothing_is_counted_in_the_database(store):
    counts("client-a", 2)
    assert RateCounter.objects.exists() == (store == "database")


def batched_reads(workers, times, limit, batch=10, seconds=5):
    """``times`` reads of one client, taken in turn by each of ``workers`` (each its own process's counter);
    how many were allowed."""
    allowed = 0
    for n in range(times):
        allowed += workers[n % len(workers)].count("front-end", limit, 60, batch, seconds).allowed
    return allowed


def test_batched_reads_of_two_workers_are_held_to_the_limit_within_the_bound(store):
    workers = [rate_limits.BatchedCounter(), rate_limits.BatchedCounter()]
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        allowed = batched_reads(workers, 3000, limit=1000)
    # Each worker may allow batch - 1 = 9 reads it hasn't yet added when the window is spent.
    assert 1000 <= allowed <= 1000 + 2 * 9


def test_batched_reads_reach_the_shared_counter_a_batch_at_a_time():
    worker = rate_limits.BatchedCounter()
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        batched_reads([worker], 25, limit=1000)
    # The first read is added at once (none yet this window), then every 10th.
    assert list(RateCounter.objects.values_list("count", flat=True)) == [21]


def test_a_batched_read_long_after_the_last_addition_is_added_at_once():
    worker = rate_limits.BatchedCounter()
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        batched_reads([worker], 3, limit=1000)
    with time_machine.travel(TEN_FIFTEEN + datetime.timedelta(seconds=5), tick=False):
        batched_reads([worker], 1, limit=1000)
    assert list(RateCounter.objects.values_list("count", flat=True)) == [4]


def test_a_small_limit_is_counted_exactly_however_large_the_batch():
    workers = [rate_limits.BatchedCounter(), rate_limits.BatchedCounter()]
    with time_machine.travel(TEN_FIFTEEN, tick=False):
        assert batched_reads(workers, 10, limit=5, batch=100) == 5
