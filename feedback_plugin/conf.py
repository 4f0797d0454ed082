"""The plugin's settings: one dict, ``FEEDBACK_PLUGIN``, read through ``feedback_setting``."""

from django.conf import settings

DEFAULTS = {
    # "immediate": public after redaction; "moderated": public only after a moderator approves.
    "PUBLICATION_POLICY": "immediate",
    "DEFAULT_TARGET_DAYS": 5,
    "MAX_PHOTOS": 3,
    "MAX_PHOTO_BYTES": 10 * 1024 * 1024,
    "MAX_PHOTO_PIXELS": 40_000_000,
    "MAX_PHOTO_EDGE": 2048,
    # The city's area: points outside it are rejected. (south, west, north, east) in WGS 84.
    "CITY_BOUNDS": (62.40, 26.60, 63.45, 28.75),
    "CITY_CENTER": (62.8924, 27.6770),
    "NOTIFICATION_MAX_ATTEMPTS": 5,
    # The worker tries a failed e-mail again after this many seconds, doubling the wait after each failure.
    "NOTIFICATION_RETRY_SECONDS": 60,
    # Idempotency keys of submissions are kept at least this many hours (`clear_idempotency_keys`).
    "IDEMPOTENCY_KEY_HOURS": 24,
    # At most this many submissions per client address per this many seconds, from the form and the APIs.
    "SUBMISSION_RATE": (10, 3600),
    # An Open311 client (a city app, a service-desk system) submits for many residents under one key.
    "API_CLIENT_SUBMISSION_RATE": (1000, 3600),
    # Reads (GET) of API v1 and Open311, (count, seconds) for each kind of client: by client address when
    # anonymous, by user when signed in, by key for a registered API client (a headless front end or an app that
    # sends every resident's reads from one address).
    "API_READ_RATES": {"anonymous": (3000, 60), "user": (3000, 60), "api_client": (30000, 60)},
    # Each worker adds its reads to the shared counter every this many reads of a client, or on its first read
    # this many seconds after the last addition: (reads, seconds). See rate_limits.BatchedCounter for the bound.
    "API_READ_BATCH": (20, 5),
    # Writes (POST) to API v1 and Open311, counted exactly; a submission also counts against SUBMISSION_RATE.
    "API_WRITE_RATES": {"anonymous": (60, 60), "user": (120, 60), "api_client": (1200, 60)},
    # A proxy or CDN may keep a public read (API v1, Open311, feeds, the public list and item pages) this many
    # seconds. Short: a hidden item is gone from any read revalidated after it was hidden, and from every read
    # within this time.
    "PUBLIC_MAX_AGE": 60,
    # How many reverse proxies in front of the app servers append to X-Forwarded-For (0: none, REMOTE_ADDR is
    # the client). See client_address.py.
    "TRUSTED_PROXY_COUNT": 0,
    "PHOTO_STORAGE": "feedback_photos",
    # "My feedback": a link to a resident's items is good for this many hours, and a client may ask for at most
    # (count, seconds) links.
    "MY_FEEDBACK_LINK_HOURS": 24,
    "MY_FEEDBACK_REQUEST_RATE": (5, 3600),
    # The public form: a submission faster than this many seconds after the form was shown is treated as a bot.
    "FORM_MIN_FILL_SECONDS": 3,
    # ... and one sent later than this after it was shown is refused (the form comes back with a fresh start).
    "FORM_MAX_AGE_SECONDS": 4 * 3600,
    # Duplicate hints: public open items of the same category this close and this recent.
    "HINT_RADIUS_METRES": 250,
    "HINT_MAX_AGE_DAYS": 90,
    # A resident who follows an item by e-mail confirms it with a link that is valid this many days.
    "FOLLOW_CONFIRMATION_DAYS": 7,
    # Map tiles for the public maps; any XYZ tile server.
    "MAP_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    # The offline service worker never caches anything under these paths (nor the tracking pages, nor any response
    # that says Cache-Control: private or no-store).
    "OFFLINE_NEVER_CACHE_PATHS": ("/admin/", "/api/"),
    "MAP_ATTRIBUTION": '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
}


def feedback_setting(name):
    return getattr(settings, "FEEDBACK_PLUGIN", {}).get(name, DEFAULTS[name])
