"""Fixed-window rate limits, counted where every worker and every app server sees the same number.

A window is a slice of clock time (``window`` seconds counted from the epoch), so its end, and with it the
Retry-After, is known without asking the store when a key expires. Counting is atomic: 11 concurrent requests
from one client, spread over any number of workers and servers, give exactly 10 accepted under a limit of 10.

- A Redis or memcached cache counts with ``add`` and then ``incr``, each a single atomic command there.
- Any other cache can't: the database cache's ``incr`` is a get and then a set, so two workers can both read 9
  and both write 10, and a local-memory cache counts per process. Counters then live in the database, as
  ``RateCounter`` rows, counted with one upsert, ``INSERT … ON CONFLICT (key) DO UPDATE SET count = count + 1
  RETURNING count``, which the database runs atomically (SQLite 3.35 and later, PostgreSQL). Django's ORM can't
  express an increment in an upsert, hence the SQL; one statement also keeps the cost of every request the same.
"""

import datetime
import math
import time
from dataclasses import dataclass

from django.core.cache import caches
from django.core.cache.backends.memcached import BaseMemcachedCache
from django.core.cache.backends.redis import RedisCache
from django.db import connections, router

from .models import RateCounter

ATOMIC_CACHES = (RedisCache, BaseMemcachedCache)
# A counter outlives its window a little, so that a request that began just before the end still finds it.
GRACE_SECONDS = 60


@dataclass(frozen=True)
class Counted:
    """One request counted: whether it is within the limit, and the whole seconds until the window ends."""

    allowed: bool
    retry_after: int


def count(key, limit, window):
    """Counts one request under ``key`` against ``limit`` requests per ``window`` seconds."""
    now = time.time()
    index = int(now // window)
    ends = (index + 1) * window
    key = f"rate:{key}:{window}:{index}"
    cache = caches["default"]
    if isinstance(cache, ATOMIC_CACHES):
        total = count_in_cache(cache, key, math.ceil(ends - now) + GRACE_SECONDS)
    else:
        total = count_in_database(key, datetime.datetime.fromtimestamp(ends + GRACE_SECONDS, tz=datetime.UTC))
    return Counted(allowed=total <= limit, retry_after=max(1, math.ceil(ends - now)))


def count_in_cache(cache, key, timeout):
    if cache.add(key, 1, timeout=timeout):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def count_in_database(key, expires_at):
    connection = connections[router.db_for_write(RateCounter)]
    table, key_column, count_column, expires_column = (
        connection.ops.quote_name(name) for name in (RateCounter._meta.db_table, "key", "count", "expires_at")
    )
    # Only the model's own quoted names are formatted in; the values are parameters.
    upsert = (
        f"INSERT INTO {table} ({key_column}, {count_column}, {expires_column}) VALUES (%s, 1, %s) "  # noqa: S608
        f"ON CONFLICT ({key_column}) DO UPDATE SET {count_column} = {table}.{count_column} + 1 RETURNING {count_column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(upsert, [key, connection.ops.adapt_datetimefield_value(expires_at)])
        (total,) = cursor.fetchone()
    if total == 1:
        # The client's first request in this window: past windows go, so the table holds only live ones.
        RateCounter.objects.filter(expires_at__lt=datetime.datetime.now(tz=datetime.UTC)).delete()
    return total
