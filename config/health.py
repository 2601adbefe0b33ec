"""/healthz: whether the database and the search index answer, for load balancers."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.db import connections
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    ok: bool
    milliseconds: float
    error: str = ""
    documents: int | None = None
    details: dict | None = None

    def as_json(self) -> dict:
        result: dict = {"ok": self.ok, "ms": round(self.milliseconds, 1)}
        if self.documents is not None:
            result["documents"] = self.documents
        if self.details:
            result.update(self.details)
        if self.error:
            result["error"] = self.error
        return result


def database_answers(alias: str = "default") -> Check:
    """Run the cheapest query there is on a database."""

    def probe() -> None:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()

    return timed(f"database {alias!r}", probe)


def search_index_answers() -> Check:
    """Count the documents of the search engine without writing to it."""
    from search.engines.connection import current_engine

    engine = current_engine()
    return timed(f"search engine {engine.name!r}", engine.document_count)


def outbox_flows() -> Check:
    """Say how many changes wait for the index and whether they are stuck.

    Stuck: the oldest row is older than SEARCH_OUTBOX_STUCK_SECONDS and no
    living process holds the writer lock (nobody is draining).
    """
    from search.outbox import outbox_state

    start = time.perf_counter()
    state = outbox_state()
    return queue_check(
        start,
        rows=state.rows,
        oldest=state.oldest,
        worker=state.writer,
        worker_key="writer_pid",
        what="index changes",
        advice="manage.py search_index sync",
    )


def reuse_flows() -> Check:
    """Say how many indexed changes wait for the text reuse pass, and if stuck."""
    from reuse.passes import reuse_queue_state

    start = time.perf_counter()
    state = reuse_queue_state()
    return queue_check(
        start,
        rows=state.rows,
        oldest=state.oldest,
        worker=state.worker,
        worker_key="worker_pid",
        what="text reuse changes",
        advice="manage.py reuse sync",
    )


def queue_check(
    start: float,
    *,
    rows: int,
    oldest,
    worker: int | None,
    worker_key: str,
    what: str,
    advice: str,
) -> Check:
    """Report a queue's size and age; stuck when old and nobody works on it."""
    age = (timezone.now() - oldest).total_seconds() if oldest is not None else 0.0
    stuck = age > settings.SEARCH_OUTBOX_STUCK_SECONDS and worker is None
    details = {"rows": rows, "oldest_seconds": round(age)}
    if worker is not None:
        details[worker_key] = worker
    if stuck:
        logger.warning(
            "health check: %d %s queued, oldest %.0f s ago, nobody working on "
            "them: run `%s`",
            rows,
            what,
            age,
            advice,
        )
    return Check(
        not stuck,
        elapsed_ms(start),
        error="stuck" if stuck else "",
        details=details,
    )


def timed(name: str, probe: Callable[[], int | None]) -> Check:
    """Run a probe; a failure becomes a failed check, logged in full."""
    start = time.perf_counter()
    try:
        documents = probe()
    except Exception as exc:  # a health check reports every failure, whatever it is
        logger.warning("health check: %s does not answer: %r", name, exc)
        # Only the class goes out: messages may name hosts and users.
        return Check(False, elapsed_ms(start), error=type(exc).__name__)
    return Check(True, elapsed_ms(start), documents=documents)


def elapsed_ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


@never_cache
@require_GET
def healthz(request):
    """Say whether the database and the search index answer: 200 if both, else 503.

    A stuck outbox (edits not reaching search) or reuse queue (nor the pages'
    shared passages) makes the status "degraded" but keeps 200: the site still serves every page, so a balancer keeps it.
    """
    checks = {"database": database_answers(), "search": search_index_answers()}
    healthy = all(check.ok for check in checks.values())
    if checks["database"].ok:
        checks["outbox"] = outbox_flows()
        checks["reuse"] = reuse_flows()
    status = "unavailable"
    if healthy:
        queues = [checks.get(name, Check(True, 0)) for name in ("outbox", "reuse")]
        status = "ok" if all(check.ok for check in queues) else "degraded"
    return JsonResponse(
        {
            "status": status,
            "checks": {name: check.as_json() for name, check in checks.items()},
        },
        status=200 if healthy else 503,
    )
