"""Archive-wide slogan work outside the request: queued, run in the background,
with its progress shown to the editor.

Finding a new slogan in every speech can write hundreds of thousands of mentions
(主要任务); a request only queues the job. After the commit a thread of the same
process runs the queue. A job whose process died (no progress for a while) is taken
up again by whichever comes first: the next job queued, a web worker starting
(gunicorn.conf.py), a round of the index drain loop (`search_index drain --loop`),
or `manage.py slogan_jobs` by hand.
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, close_old_connections, transaction
from django.db.models import Q
from django.utils import timezone

from .models import Section, Slogan, SloganJob, Speech
from .signals import speeches_changed

log = logging.getLogger(__name__)

# A running job that has shown no progress for this long lost its process.
STALE_AFTER = timedelta(minutes=5)
# Speeches read per query while a job walks the archive.
SPEECHES_PER_STEP = 50

_runner_lock = threading.Lock()


def job_queue(*, kind: str, slogan: Slogan | None = None, user=None) -> SloganJob:
    """Queue archive-wide work; it starts once the current transaction commits."""
    job = SloganJob.objects.create(
        kind=kind,
        slogan=slogan,
        created_by=user if user is not None and user.is_authenticated else None,
    )
    if settings.SLOGAN_JOBS_IN_THREAD:
        transaction.on_commit(jobs_start)
    else:
        jobs_run()  # inline, inside the caller's transaction (the test suite)
    return job


def jobs_start() -> None:
    """Run the queue now: in a background thread, or inline when so configured."""
    if not settings.SLOGAN_JOBS_IN_THREAD:
        jobs_run()
        return
    threading.Thread(target=_run_in_thread, name="slogan-jobs", daemon=True).start()


def jobs_waiting() -> bool:
    """Tell whether a job waits: queued, or abandoned by a process that died."""
    return _waiting().exists()


def jobs_resume() -> bool:
    """Start the queue in the background when a job waits and this process is not
    already running it; return whether it was started. Cheap enough to call on
    every round of a loop (one query)."""
    if _runner_lock.locked():
        return False
    try:
        waiting = jobs_waiting()
    except DatabaseError:  # not migrated yet, or the database is away: next time
        log.warning("slogan jobs not checked: the database does not answer")
        return False
    if not waiting:
        return False
    jobs_start()
    return True


def _waiting():
    stale = timezone.now() - STALE_AFTER
    return SloganJob.objects.filter(
        Q(state=SloganJob.State.QUEUED)
        | Q(state=SloganJob.State.RUNNING, heartbeat__lt=stale)
    )


def _run_in_thread() -> None:
    try:
        jobs_run()
    finally:
        close_old_connections()


def jobs_run() -> int:
    """Run queued (and abandoned) jobs until none is left; return how many ran."""
    if not _runner_lock.acquire(blocking=False):
        return 0  # this process already runs the queue
    ran = 0
    try:
        while (job := _claim_next()) is not None:
            _run_one(job)
            ran += 1
    finally:
        _runner_lock.release()
    return ran


def _claim_next() -> SloganJob | None:
    """Take the oldest waiting job, so that no other runner takes it too."""
    for job in _waiting().order_by("pk")[:5]:
        # Two runners may see one abandoned job: only the first changes its beat.
        claimed = SloganJob.objects.filter(
            pk=job.pk, state=job.state, heartbeat=job.heartbeat
        ).update(
            state=SloganJob.State.RUNNING,
            heartbeat=timezone.now(),
            worker=f"{os.getpid()}",
        )
        if claimed:
            job.refresh_from_db()
            return job
    return None


def _run_one(job: SloganJob) -> None:
    try:
        if job.kind == SloganJob.Kind.FIND:
            message = job_find_everywhere(job)
        elif job.kind == SloganJob.Kind.DISCOVER:
            from .discovery import discovery_run

            message = discovery_run(
                progress=lambda done, total: _progress(job, done, total)
            )
        else:
            message = job_lexicon(job)
    except Exception as error:  # the job says why; the queue goes on
        log.exception("slogan job %s failed", job.pk)
        job.state, job.message = SloganJob.State.FAILED, str(error)[:500]
    else:
        job.state, job.message = SloganJob.State.DONE, message[:500]
    job.finished_at = timezone.now()
    job.save(update_fields=["state", "message", "finished_at"])


def _progress(job: SloganJob, done: int, total: int) -> None:
    job.done, job.total, job.heartbeat = done, total, timezone.now()
    job.save(update_fields=["done", "total", "heartbeat"])


def job_find_everywhere(job: SloganJob) -> str:
    """Record a slogan's mentions in every speech that uses it (or its variants)."""
    from .importing import mentions_create

    slogan = job.slogan
    if slogan is None or slogan.status == Slogan.Status.REJECTED:
        return "提法已删除或弃用，未查找。"
    words = [slogan.text, *slogan.variants.values_list("text", flat=True)]
    query = Q()
    for text in words:
        query |= Q(body__contains=text)
    ids = list(Speech.objects.filter(query).order_by("pk").values_list("pk", flat=True))
    changed, mentions = [], 0
    _progress(job, 0, len(ids))
    for start in range(0, len(ids), SPEECHES_PER_STEP):
        step = ids[start : start + SPEECHES_PER_STEP]
        with transaction.atomic():
            for speech in Speech.objects.filter(pk__in=step).only("pk", "body"):
                sections = list(
                    Section.objects.filter(speech=speech).order_by("position")
                )
                created = mentions_create(
                    speech=speech, sections=sections, slogans=[slogan]
                )
                if created:
                    changed.append(speech.pk)
                    mentions += created
            speeches_changed.send(sender=Speech, speech_ids=step)
        _progress(job, min(start + SPEECHES_PER_STEP, len(ids)), len(ids))
    return f"在 {len(ids)} 篇讲话中查找，{len(changed)} 篇新增出处 {mentions} 处。"


def job_lexicon(job: SloganJob) -> str:
    """Find the lexicon's formulations in every speech (after the lexicon changed)."""
    from .importing import mentions_create
    from .parsing.slogans import find_slogans

    ids = list(Speech.objects.order_by("pk").values_list("pk", flat=True))
    _progress(job, 0, len(ids))
    for start in range(0, len(ids), SPEECHES_PER_STEP):
        step = ids[start : start + SPEECHES_PER_STEP]
        with transaction.atomic():
            for speech in Speech.objects.filter(pk__in=step).only("pk", "body"):
                found = [s for s in find_slogans(speech.body) if s.source == "lexicon"]
                sections = list(
                    Section.objects.filter(speech=speech).order_by("position")
                )
                mentions_create(speech=speech, sections=sections, slogans=found)
            speeches_changed.send(sender=Speech, speech_ids=step)
        _progress(job, min(start + SPEECHES_PER_STEP, len(ids)), len(ids))
    return f"按词表查找了 {len(ids)} 篇讲话。"
