"""Keep the search index equal to the database: sync, drain, rebuild, check."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from reuse.passes import passes_collected, summed
from search.engines.base import DrainReport, IndexUnavailable
from search.outbox import drain_queue, index_drift, rebuild_index, sync_index
from speeches.jobs import jobs_resume

MAX_LISTED = 20


class Command(BaseCommand):
    help = (
        "sync: bring the index up to date from any state (what `make run` does); "
        "drain: index what the outbox holds (--loop to keep doing it); "
        "rebuild: build the index from nothing; "
        "check: report speeches missing from or stale in the index (exit 1 on drift)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["sync", "drain", "rebuild", "check"])
        parser.add_argument(
            "--loop",
            type=float,
            metavar="SECONDS",
            help="drain: keep draining, pausing this long between rounds",
        )

    def handle(self, *args, action, loop=None, **options):
        try:
            self.act(action, loop=loop, verbosity=options["verbosity"])
        except IndexUnavailable as error:
            raise CommandError(f"the search engine does not answer: {error}") from error

    def act(self, action: str, *, loop: float | None, verbosity: int) -> None:
        if action == "check":
            return self.check_drift()
        show_progress = sys.stderr.isatty() and verbosity > 0
        progress = self.draw_progress if show_progress else None
        if loop:
            self.drain_forever(loop)
            return
        with passes_collected() as reuse_passes:
            if action == "sync":
                report = sync_index(progress=progress)
            elif action == "rebuild":
                report = rebuild_index(progress=progress)
            else:
                report = drain_queue(blocking=True, rebuild=True, progress=progress)
        if show_progress:
            sys.stderr.write("\n")
        self.stdout.write(self.describe(report or DrainReport()))
        self.describe_reuse(reuse_passes)

    def drain_forever(self, pause: float) -> None:
        self.stdout.write(
            f"draining the search outbox every {pause:g} s (Ctrl-C stops)"
        )
        try:
            while True:
                try:
                    with passes_collected() as reuse_passes:
                        report = drain_queue(blocking=True, rebuild=True)
                except IndexUnavailable as error:
                    # The rows stay queued: keep trying until the engine is back.
                    self.stderr.write(f"the search engine does not answer: {error}")
                    report, reuse_passes = None, []
                if report and (report.indexed or report.removed):
                    self.stdout.write(self.describe(report))
                self.describe_reuse(reuse_passes)
                jobs_resume()  # slogan jobs whose process died
                time.sleep(pause)
        except KeyboardInterrupt:
            return

    def check_drift(self) -> None:
        drift = index_drift()
        self.stdout.write(
            f"{drift.speeches} speeches, {drift.documents} indexed, "
            f"{len(drift.missing)} missing, {len(drift.stale)} stale, "
            f"{len(drift.orphans)} orphaned, {drift.pending} queued"
        )
        for label, ids in (
            ("missing", drift.missing),
            ("stale", drift.stale),
            ("orphaned", drift.orphans),
        ):
            if ids:
                shown = ", ".join(str(pk) for pk in ids[:MAX_LISTED])
                more = (
                    f" (+{len(ids) - MAX_LISTED} more)" if len(ids) > MAX_LISTED else ""
                )
                self.stdout.write(f"  {label}: {shown}{more}")
        for note in drift.notes:
            self.stdout.write(f"  {note}")
        if not drift.in_sync:
            raise CommandError(
                "the index differs from the database: run `manage.py search_index sync`"
            )
        self.stdout.write("index = database")

    def describe_reuse(self, reports) -> None:
        """Report the text reuse passes that followed, apart from the index."""
        reuse = summed(reports)
        if reuse:
            self.stdout.write(
                f"text reuse: {reuse.speeches} speeches in {reuse.seconds:.1f} s"
            )

    @staticmethod
    def describe(report: DrainReport) -> str:
        if not (report.indexed or report.removed or report.rebuilt):
            return "index up to date" + (
                "; jieba dictionary changed" if report.dictionary_changed else ""
            )
        rate = report.characters / report.seconds if report.seconds else 0
        return (
            f"{'rebuilt: ' if report.rebuilt else ''}"
            f"{report.indexed} indexed, {report.removed} removed, "
            f"{report.characters:,} characters in {report.seconds:.1f} s"
            f" ({rate:,.0f} characters/s)"
            + ("; jieba dictionary changed" if report.dictionary_changed else "")
        )

    @staticmethod
    def draw_progress(done: int, total: int, width: int = 30) -> None:
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
