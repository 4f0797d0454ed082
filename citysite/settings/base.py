"""Settings shared by every environment. Environment variables are read only here and in siblings."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from .media import photo_storage, public_media_storage

BASE_DIR = Path(__file__).resolve().parents[2]


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# The FAQ and bulletin plugins are optional: the site works with either or both left out.
OPTIONAL_PLUGINS = ["faq_plugin", "bulletin_plugin"]
DISABLED_PLUGINS = env_list("CITYSITE_DISABLED_PLUGINS")
unknown_plugins = set(DISABLED_PLUGINS) - set(OPTIONAL_PLUGINS)
if unknown_plugins:
    raise ValueError(f"CITYSITE_DISABLED_PLUGINS names unknown plugins: {sorted(unknown_plugins)}")

INSTALLED_APPS = [
    "home",
    "feedback_plugin",
    *[plugin for plugin in OPTIONAL_PLUGINS if plugin not in DISABLED_PLUGINS],
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "wagtailgeowidget",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "citysite.headers.SiteCSPMiddleware",
    "citysite.headers.PermissionsPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "citysite.middleware.SiteLocaleMiddleware",
    # One read of the shared version stamps per request (feedback_plugin/stamps.py).
    "feedback_plugin.stamps.StampsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "citysite.middleware.APIServerErrorMiddleware",
]

ROOT_URLCONF = "citysite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "citysite.wsgi.application"

# SQLite by default, tuned for concurrent use: WAL lets readers run beside a writer, IMMEDIATE takes the
# write lock at BEGIN so two writers queue on the busy timeout instead of failing with "database is locked".
SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", BASE_DIR / "db.sqlite3"))
# Health checks: a persistent connection broken by a database restart is replaced at the next request
# instead of failing it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{SQLITE_PATH}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = SQLITE_OPTIONS

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Finnish first, English second. Adding Swedish is one more entry here.
LANGUAGE_CODE = "fi"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [("fi", "Suomi"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# A new translation of a page, FAQ or bulletin starts as a draft: otherwise it goes live in Finnish at once.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": public_media_storage(),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Resident photos are private files: never under MEDIA_URL, served only through the privacy gate.
    "feedback_photos": photo_storage(BASE_DIR / "var" / "private-media"),
}
# Uploads above this size go to a temporary file instead of memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_MEMORY_SIZE = 32 * 1024 * 1024

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Kaupungin palaute")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# API clients get rich text as display HTML (links resolved), not Wagtail's database HTML.
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]

# wagtailgeowidget: the admin map starts over the city.
GEO_WIDGET_DEFAULT_LOCATION = {"lat": 62.8924, "lng": 27.6770}
GEO_WIDGET_ZOOM = 13

# Staff accounts (docs/security.md): django-axes locks a username at one address after repeated wrong passwords, and
# django-otp asks staff who see residents' personal data for a second factor.
INSTALLED_APPS += [
    "citysite.staff_accounts",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]
# Axes' backend first, as its docs require: a locked login never reaches the password check.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
# Right after authentication: django-otp tells from the session whether the user has entered a code, and the site
# sends those who need one to enter it.
after_authentication = MIDDLEWARE.index("django.contrib.auth.middleware.AuthenticationMiddleware") + 1
MIDDLEWARE[after_authentication:after_authentication] = [
    "django_otp.middleware.OTPMiddleware",
    "citysite.staff_accounts.middleware.SecondFactorMiddleware",
]
# AxesMiddleware last, as its docs require: it turns a locked login into the lockout page.
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
# Failures count per username and address together: an attacker elsewhere can't lock a real user out. They are kept
# in the database (axes' default handler), so every worker and app server shares them, also across restarts.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "citysite.staff_accounts.lockout.lockout_address"
AXES_LOCKOUT_CALLABLE = "citysite.staff_accounts.lockout.lockout_response"
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "") == "1"
# Seconds before a connection to the mail server, or an answer from it, is given up: without it a server
# that accepts connections but never answers holds the task worker for minutes. The worker retries later.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "palaute@example.fi")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# One cache shared by every worker and app server: the database's (`manage.py createcachetable` makes its table)
# unless Redis is configured. Rate limits count there, or in their own table (see feedback_plugin/rate_limits.py).
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "citysite_cache"},
}
if os.environ.get("REDIS_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
    }

# The client-address rule of every rate limit: how many proxies in front of the app servers append to
# X-Forwarded-For (1 for nginx alone). 0 takes REMOTE_ADDR, which behind a proxy is the proxy for every resident.
FEEDBACK_PLUGIN = {"TRUSTED_PROXY_COUNT": int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))}

# Background work runs inside enqueue() unless a settings module picks the database backend and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# /health/ready fails when a queued task has waited this long for the worker.
HEALTH_TASK_MAX_WAIT_SECONDS = int(os.environ.get("HEALTH_TASK_MAX_WAIT_SECONDS", "300"))

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
}
SPECTACULAR_SETTINGS = {
    "TITLE": "City feedback API",
    # The schema is the API's reference for developers, in English like its summaries; not a lazy translation.
    "DESCRIPTION": "Public feedback, categories, FAQs and bulletins of the city.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # The schema describes the product's own API only, not Wagtail's internal admin endpoints.
    "PREPROCESSING_HOOKS": ["citysite.api.public_api_endpoints"],
}

# Security headers (docs/security.md, "Headers"). The public site runs only the site's own scripts and styles: no
# inline script or style attribute. citysite.headers adds the map tile server's origin to img-src per request.
# A city's analytics (a script, its beacon and its pixel) comes from the origins in CSP_ANALYTICS_ORIGINS; an inline
# snippet needs nonce="{{ request.csp_nonce }}".
CSP_ANALYTICS_ORIGINS = env_list("CSP_ANALYTICS_ORIGINS")
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, *CSP_ANALYTICS_ORIGINS],
        "style-src": [SELF],
        # blob: is the form's preview of a photo the resident chose, made by the page's own script.
        "img-src": [SELF, "data:", "blob:", *CSP_ANALYTICS_ORIGINS],
        "connect-src": [SELF, *CSP_ANALYTICS_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        # The feedback plugin's service worker (offline reading, unsent drafts), served by the site itself.
        "worker-src": [SELF],
    }
}
# Wagtail 8's admin writes inline <script> elements without a nonce (InlinePanel, the date pickers, wagtail-localize's
# editor) and style attributes; the dashboard asks releases.wagtail.org for the latest version; the page preview is an
# iframe of the admin. citysite.headers adds the admin map's tile server (GEO_WIDGET_LEAFLET_TILE_LAYER) to img-src.
CITYSITE_ADMIN_CSP = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "connect-src": [SELF, "https://releases.wagtail.org/latest.txt"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Staff avatars are not fetched from Gravatar: that would send a hash of each e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Denied on every page; a page that needs one names it in its own Permissions-Policy (the feedback form: geolocation).
CITYSITE_PERMISSIONS_POLICY_DENIED = [
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "camera",
    "display-capture",
    "geolocation",
    "gyroscope",
    "hid",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "screen-wake-lock",
    "serial",
    "usb",
    "xr-spatial-tracking",
]

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/(api|open311)/.*$"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Every immediate task logs its state changes at INFO; only problems are worth reading.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Every sign-in is logged at INFO; lockouts are warnings.
        "axes": {"level": "WARNING"},
    },
}
