"""Settings for the speech archive, read from the environment once.

With no variables set, the archive runs on SQLite and a Whoosh index under ``var/``.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ARCHIVE_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean environment variable such as DJANGO_DEBUG=0."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: expected 1/0, true/false, yes/no")


def env_list(name: str, default: str) -> list[str]:
    """Read a comma-separated environment variable."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


def env_int(name: str, default: int) -> int:
    """Read an integer environment variable such as DJANGO_SECURE_HSTS_SECONDS=3600."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected an integer") from None


def env_float(name: str, default: float) -> float:
    """Read a number environment variable such as ADMIN_LOGIN_COOLOFF_HOURS=0.5."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return float(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: expected a number") from None


def search_connection(url: str, *, timeout: int) -> dict:
    """Return a haystack connection for SEARCH_URL, e.g. solr://solr:8983/solr/archive.

    ``solr://`` speaks plain HTTP to Solr, ``solrs://`` HTTPS.
    """
    parts = urlsplit(url)
    schemes = {"solr": "http", "solrs": "https"}
    if parts.scheme not in schemes or not parts.netloc or not parts.path.strip("/"):
        raise ImproperlyConfigured(
            f"SEARCH_URL={url!r}: expected solr://host:port/solr/<core or collection>"
        )
    return {
        "ENGINE": "haystack.backends.solr_backend.SolrEngine",
        "URL": urlunsplit((schemes[parts.scheme], parts.netloc, parts.path, "", "")),
        "TIMEOUT": timeout,
        "INCLUDE_SPELLING": False,
    }


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG=0")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # search before haystack: its rebuild_index, update_index and clear_index
    # commands replace haystack's (they route to the archive's single writer).
    "search",
    "haystack",
    "config.apps.LoginLimitConfig",
    "speeches",
    "backups",
    "reuse",
    "citations",
    "watch",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.security.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        # A persistent connection that died (database restart) is replaced, not used.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast rather than hang a worker (and /healthz) on an unreachable server.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "connect_timeout", env_int("DATABASE_CONNECT_TIMEOUT", 5)
    )
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers (gunicorn workers) go on while the importer writes.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
    # Kept open too (DATABASE_CONN_MAX_AGE): opening a SQLite connection per
    # request, with these pragmas and an empty page cache, cost about 2 ms of a
    # 10 ms search. A worker is one thread, and in WAL mode each statement
    # outside a transaction sees every commit made before it.
    # A fresh clone has no var/ yet; SQLite cannot create the folder itself.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The admin's section tree posts about eight fields a section, so Django's default
# cap of 1,000 fields refused (400) the edit page of any speech past ~120 sections;
# the dev corpus holds one of 361. The request size cap (2.5 MB) still applies.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin logins: after AXES_FAILURE_LIMIT failures for one user name from one address,
# that pair is locked out for AXES_COOLOFF_TIME hours (a success resets the count).
AUTHENTICATION_BACKENDS = [
    "speeches.auth.LoginLimitBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = env_float("ADMIN_LOGIN_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Behind the proxy every request comes from it: the client's address is the last one
# in X-Forwarded-For that is not a proxy's (docs/deploy.md). The proxies' addresses:
TRUSTED_PROXIES = env_list("DJANGO_TRUSTED_PROXIES", "127.0.0.1,::1")
AXES_CLIENT_IP_CALLABLE = "speeches.auth.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/login_locked.html"
AXES_VERBOSE = False

LANGUAGE_CODE = "zh-hans"
# Chinese for what Django and django-axes leave in English on the editors' desk.
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

# Security. With DJANGO_DEBUG=0 everything defaults to "a TLS proxy is in front":
# HTTPS redirect, secure cookies, HSTS, and X-Forwarded-Proto trusted for the scheme.
# Each can be turned off for a setup that differs (docs/deploy.md).
SECURE_DEFAULT = not DEBUG
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", SECURE_DEFAULT)
# Load balancers probe over plain HTTP inside the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", SECURE_DEFAULT):
    # Only safe when the proxy sets this header on every request it forwards.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
USE_X_FORWARDED_HOST = env_bool("DJANGO_USE_X_FORWARDED_HOST", False)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", SECURE_DEFAULT)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int(
    "DJANGO_SECURE_HSTS_SECONDS", 365 * 24 * 3600 if SECURE_DEFAULT else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool(
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", SECURE_DEFAULT
)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", SECURE_DEFAULT)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Scripts, styles, images and fonts from this site only, no inline code, no plugins,
# no framing: markup that slips into a page's text cannot run (config/security.py).
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SESSION_COOKIE_HTTPONLY = True

STATIC_URL = "static/"
# Files browsers ask for at the site's root (favicon.ico, apple-touch-icon.png),
# served by WhiteNoise; bin/make-icons draws them.
WHITENOISE_ROOT = BASE_DIR / "public"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Search: a Whoosh index on disk by default.
WHOOSH_INDEX_PATH = Path(os.environ.get("WHOOSH_INDEX_PATH", VAR_DIR / "whoosh"))
HAYSTACK_CONNECTIONS = {
    "default": {
        # haystack's Whoosh backend without mmap or spelling, behind one writer lock.
        "ENGINE": "search.engines.whoosh.backend.ArchiveWhooshEngine",
        "PATH": str(WHOOSH_INDEX_PATH),
    }
}
# SEARCH_URL points haystack's connection at Solr, and with it the search app's
# engine (search/engines/connection.py): docs/scaling.md, "What moves second".
SEARCH_URL = os.environ.get("SEARCH_URL", "")
if SEARCH_URL:
    HAYSTACK_CONNECTIONS = {
        "default": search_connection(SEARCH_URL, timeout=env_int("SEARCH_TIMEOUT", 10))
    }
# Index updates go through the search app's single writer, never haystack's signals.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# jieba writes its dictionary cache here rather than to a shared temp dir.
JIEBA_CACHE_DIR = Path(os.environ.get("JIEBA_CACHE_DIR", VAR_DIR / "jieba"))

# Slogans recorded at import (ARCHIVE_SLOGANS=0 turns it off: bench/search.py
# measures what the slogan work costs against an import without it).
ARCHIVE_SLOGANS = env_bool("ARCHIVE_SLOGANS", True)
# Archive-wide slogan work (speeches/jobs.py) runs in a background thread after the
# request commits; 0 runs it inline at the commit (the test suite does).
SLOGAN_JOBS_IN_THREAD = env_bool("SLOGAN_JOBS_IN_THREAD", True)
# Decoded posting lists of common words each process keeps (docs/search.md).
SEARCH_POSTINGS_CACHE_MB = env_int("SEARCH_POSTINGS_CACHE_MB", 64)
# /healthz calls the outbox stuck when its oldest row is older than this and no
# writer holds the index lock: edits are no longer reaching search.
SEARCH_OUTBOX_STUCK_SECONDS = env_int("SEARCH_OUTBOX_STUCK_SECONDS", 300)

# Logs go to stderr (gunicorn's access log to stdout): the container or the service
# manager collects both; nothing is written to files the app would have to rotate.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {
            "format": "%(asctime)s %(levelname)s %(name)s %(process)d %(message)s"
        }
    },
    "filters": {"expected_refusals": {"()": "config.log_filters.ExpectedRefusals"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # pysolr logs every failed request with a traceback; the search app reports
    # it once, as "search index unreadable: Solr: …" or a command's error.
    "loggers": {
        "jieba": {"level": "WARNING"},
        "pysolr": {"level": "CRITICAL"},
        "django.request": {"filters": ["expected_refusals"]},
    },
}

# Backups (backups app): what an archive file leaves out. Content types and
# permissions are recreated by migrate, sessions are throw-away, and the search index
# and its queue are rebuilt from the speeches after a restore.
ARCHIVE_BACKUP_EXCLUDE = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "search",
    "axes",
    # Derived from the speeches' bodies: the index rebuild after a restore
    # rebuilds it (reuse/receivers.py).
    "reuse",
]
