"""manage.py reuse rebuild|sync|check: text reuse from nothing, repaired, or checked."""

from django.core.management.base import BaseCommand, CommandError

from reuse.services import reuse_drift, reuse_rebuild, reuse_sync


class Command(BaseCommand):
    help = "Rebuild, repair or check the text reuse of the archive (shared passages, copies)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "sync", "check"])

    def handle(self, *args, action, **options):
        if action == "check":
            missing, stale = reuse_drift()
            self.stdout.write(
                f"{len(missing)} speeches without reuse fingerprints, "
                f"{len(stale)} changed since"
            )
            if missing or stale:
                raise CommandError("text reuse is behind: run `manage.py reuse sync`")
            return
        if action == "rebuild":
            report = reuse_rebuild(progress=self._progress)
        else:
            report = reuse_sync()
        self.stdout.write(
            f"text reuse: {report.speeches} speeches, {report.pairs} candidate pairs, "
            f"{report.related} related, {report.passages} shared passages, "
            f"{report.copies} copies in {report.seconds:.1f} s"
        )

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stdout.write(f"  {stage}: {done}/{total}")
