"""manage.py reuse rebuild|sync|check: text reuse from nothing, caught up, or checked."""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reuse.passes import reuse_queue_state, reuse_rebuild_all, reuse_repair
from reuse.services import reuse_drift


class Command(BaseCommand):
    help = (
        "rebuild: text reuse from nothing; sync: run the pending reuse pass, then "
        "recompute speeches whose fingerprint is missing or stale; check: report "
        "both (exit 1 when reuse is behind)."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "sync", "check"])

    def handle(self, *args, action, **options):
        if action == "check":
            return self.report_state()
        if action == "rebuild":
            self.describe(reuse_rebuild_all(progress=self._progress))
            return
        pending, repaired = reuse_repair()
        if pending:
            self.describe(pending, what="pending")
        self.describe(repaired)

    def report_state(self) -> None:
        """Say what waits for the reuse pass; fail when reuse is behind."""
        state = reuse_queue_state()
        missing, stale = reuse_drift()
        age = (timezone.now() - state.oldest).total_seconds() if state.oldest else 0
        self.stdout.write(
            f"{state.rows} changes wait for the reuse pass"
            + (f" (oldest {age:.0f} s ago)" if state.rows else "")
            + (" including a rebuild" if state.rebuild else "")
            + (f", pass running in process {state.worker}" if state.worker else "")
            + f"; {len(missing)} speeches without reuse fingerprints, "
            f"{len(stale)} changed since"
        )
        if state.rows or missing or stale:
            raise CommandError("text reuse is behind: run `manage.py reuse sync`")
        self.stdout.write("text reuse = database")

    def describe(self, report, *, what: str = "") -> None:
        self.stdout.write(
            f"text reuse{' (' + what + ')' if what else ''}: "
            f"{report.speeches} speeches, {report.pairs} candidate pairs, "
            f"{report.related} related, {report.passages} aligned passages, "
            f"{report.copies} copies in {report.seconds:.1f} s"
        )

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stdout.write(f"  {stage}: {done}/{total}")
