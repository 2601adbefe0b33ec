"""gunicorn settings for the archive, from the environment like config/settings.py.

HOST and PORT pick the address (127.0.0.1:8000 for `make run`; the container sets
HOST=0.0.0.0), WEB_CONCURRENCY the number of worker processes.
"""

import gc
import os

bind = f"{os.environ.get('HOST') or '127.0.0.1'}:{os.environ.get('PORT') or '8000'}"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
# The app (Django, jieba's dictionary) is loaded once in the master and shared
# copy-on-write by the workers: each adds a few MiB instead of ~90 MiB.
preload_app = True
wsgi_app = "config.wsgi:application"

# A request past 30 s is a bug (a search has its own limits); kill the worker.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 30)
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so that slow leaks cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200
# The heartbeat file on tmpfs: a container's overlay filesystem can stall it.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The usual combined format plus the time taken, in milliseconds.
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
)


def pre_fork(server, worker):
    """Close the master's database connections and freeze its objects before a fork.

    A worker inherits the connection otherwise. Frozen objects (Django, jieba's
    dictionary: a few hundred thousand) are left out of garbage collection: a
    full collection in a worker walked them all, about 50 ms in the middle of
    whichever request triggered it, and wrote to the pages it shares with the
    master.
    """
    from django.db import connections

    connections.close_all()
    gc.freeze()


def post_worker_init(worker):
    """Open the search index and the database before the worker takes requests, and
    take up slogan jobs a dead worker left (in a thread: requests are not held)."""
    from search.warmup import warm_worker
    from speeches.jobs import jobs_resume

    warm_worker()
    jobs_resume()
