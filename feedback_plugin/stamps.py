"""Version stamps in the shared default cache: how one worker tells every other that what they keep is stale.

A stamp is a random value, not a counter: two workers renewing one at the same moment each leave a value that no
reader has seen. A stamp that is missing (the cache was emptied) is set by whichever reader adds one first, which
only makes every worker build its values, and every client fetch its reads, once more.

Within a request (``StampsMiddleware``), the first stamp asked for reads every registered stamp at once, in one
cache read (one query with the database cache), and the request keeps them; a stamp renewed during the request is
kept as renewed. Outside a request (a task, a command), every call reads the cache.
"""

import contextvars
import secrets

from django.core.cache import cache

KEYS = set()
_read = contextvars.ContextVar("feedback_plugin_stamps", default=None)


def register(key):
    KEYS.add(key)
    return key


def current(key):
    read = _read.get()
    if read is not None and key in read:
        return read[key]
    keys = KEYS | {key}
    found = cache.get_many(keys)
    for missing in keys - found.keys():
        cache.add(missing, secrets.token_hex(16), timeout=None)
        found[missing] = cache.get(missing)
    if read is not None:
        read.update(found)
    return found[key]


def renew(key):
    stamp = secrets.token_hex(16)
    cache.set(key, stamp, timeout=None)
    read = _read.get()
    if read is not None:
        read[key] = stamp


class StampsMiddleware:
    """Keeps the stamps a request reads for the rest of it: one cache read, and none for a request that needs none."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read.set({})
        try:
            return self.get_response(request)
        finally:
            _read.reset(token)
