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

Reads are too many to pay that on every one, so ``BatchedCounter`` counts them in the worker and adds them to the
shared counter in batches. See its docstring for the bound that costs.
"""

import datetime
import math
import threading
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


@dataclass(frozen=True)
class Window:
    """The window of ``window`` seconds that holds the moment ``now``, and the shared counter's key in it."""

    seconds: int
    index: int
    now: float

    @classmethod
    def at(cls, now, seconds):
        return cls(seconds, int(now // seconds), now)

    @property
    def ends(self):
        return (self.index + 1) * self.seconds

    @property
    def retry_after(self):
        return max(1, math.ceil(self.ends - self.now))

    def counter_key(self, key):
        return f"rate:{key}:{self.seconds}:{self.index}"


def count(key, limit, window):
    """Counts one request under ``key`` against ``limit`` requests per ``window`` seconds."""
    current = Window.at(time.time(), window)
    return Counted(allowed=add(current, key, 1) <= limit, retry_after=current.retry_after)


def add(window, key, amount):
    """Adds ``amount`` requests to the shared counter of ``key`` in ``window``; returns its new total."""
    counter_key = window.counter_key(key)
    cache = caches["default"]
    if isinstance(cache, ATOMIC_CACHES):
        return count_in_cache(cache, counter_key, amount, math.ceil(window.ends - window.now) + GRACE_SECONDS)
    expires_at = datetime.datetime.fromtimestamp(window.ends + GRACE_SECONDS, tz=datetime.UTC)
    return count_in_database(counter_key, amount, expires_at)


def count_in_cache(cache, key, amount, timeout):
    if cache.add(key, amount, timeout=timeout):
        return amount
    try:
        return cache.incr(key, amount)
    except ValueError:  # evicted between add and incr
        cache.set(key, amount, timeout=timeout)
        return amount


def count_in_database(key, amount, expires_at):
    connection = connections[router.db_for_write(RateCounter)]
    table, key_column, count_column, expires_column = (
        connection.ops.quote_name(name) for name in (RateCounter._meta.db_table, "key", "count", "expires_at")
    )
    # Only the model's own quoted names are formatted in; the values are parameters.
    upsert = (
        f"INSERT INTO {table} ({key_column}, {count_column}, {expires_column}) VALUES (%s, %s, %s) "  # noqa: S608
        f"ON CONFLICT ({key_column}) DO UPDATE SET {count_column} = {table}.{count_column} + %s "
        f"RETURNING {count_column}"
    )
    with connection.cursor() as cursor:
        cursor.execute(upsert, [key, amount, connection.ops.adapt_datetimefield_value(expires_at), amount])
        (total,) = cursor.fetchone()
    if total == amount:
        # The client's first request in this window: past windows go, so the table holds only live ones.
        RateCounter.objects.filter(expires_at__lt=datetime.datetime.now(tz=datetime.UTC)).delete()
    return total


@dataclass
class Tally:
    """One key's reads in this worker: those not yet added to the shared counter, and its total when last added."""

    pending: int = 0
    shared: int = 0
    added_at: float = -math.inf


class BatchedCounter:
    """Counts requests in this process and adds them to the shared counter every ``batch`` requests of a key, or
    on its first request more than ``seconds`` after its last addition, whichever comes first. A request is
    allowed while the shared total last seen plus this worker's pending requests is within the limit.

    The bound: a worker learns of the other workers' requests only when it adds its own, so once a key's window
    is spent, each worker may allow up to ``batch - 1`` more before it learns so. Across W workers (every worker
    of every app server), at most ``limit + W × (batch - 1)`` requests are allowed in a window, and never fewer
    than ``limit``. The batch is also at most 1 % of the limit, so a small limit is counted exactly.
    """

    def __init__(self):
        self.lock = threading.Lock()
        self.windows = {}  # {window seconds: (window index, {key: Tally})}

    def count(self, key, limit, window, batch, seconds):
        current = Window.at(time.time(), window)
        batch = max(1, min(batch, limit // 100))
        with self.lock:
            tally = self.tallies(current).setdefault(key, Tally())
            tally.pending += 1
            if tally.pending >= batch or current.now - tally.added_at >= seconds:
                tally.shared = add(current, key, tally.pending)
                tally.pending, tally.added_at = 0, current.now
            total = tally.shared + tally.pending
        return Counted(allowed=total <= limit, retry_after=current.retry_after)

    def tallies(self, current):
        """The tallies of the current window; those of a past window are dropped with it."""
        index, tallies = self.windows.get(current.seconds, (None, None))
        if index != current.index:
            tallies = {}
            self.windows[current.seconds] = (current.index, tallies)
        return tallies
