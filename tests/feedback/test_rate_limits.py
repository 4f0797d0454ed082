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
