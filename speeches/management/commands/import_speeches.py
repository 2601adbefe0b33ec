"""Import speech files and folders into the archive."""

import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from speeches.files import read_speech_file, speech_files
from speeches.importing import Outcome, speech_import
from speeches.parsing import ParseError, parse_bytes

FAILED = "failed"


class Command(BaseCommand):
    help = (
        "Import speech files (folders recursively). Re-importing a file changes "
        "nothing; a changed file updates its speech unless an editor reviewed it."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--force", action="store_true", help="also replace speeches marked reviewed"
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="never draw a progress bar"
        )

    def handle(self, *args, **options):
        files = list(speech_files(options["paths"]))
        show_progress = not options["no_progress"] and sys.stderr.isatty()
        counts = Counter()
        for done, (path, problem) in enumerate(files, 1):
            outcome, reason = self.import_one(path, problem, force=options["force"])
            counts[outcome] += 1
            if outcome == FAILED:
                self.stderr.write(f"{path}: {reason}")
            elif (
                outcome in (Outcome.UNCHANGED, Outcome.SKIPPED)
                and options["verbosity"] > 1
            ):
                self.stdout.write(f"{path}: {outcome}: {reason}")
            elif outcome == Outcome.SKIPPED:
                self.stdout.write(f"{path}: skipped: {reason}")
            if show_progress:
                self.draw_progress(done, len(files))
        if show_progress:
            sys.stderr.write("\n")
        summary = ", ".join(
            f"{counts[name]} {name}"
            for name in ("imported", "updated", "unchanged", "skipped", FAILED)
        )
        if counts[Outcome.UNCHANGED] and not (
            counts[Outcome.IMPORTED] or counts[Outcome.UPDATED]
        ):
            summary += " (nothing changed)"
        self.stdout.write(summary)
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed")

    def import_one(self, path, problem, *, force):
        if problem:
            return FAILED, problem
        try:
            parsed = parse_bytes(read_speech_file(path), filename=path.name)
            result = speech_import(
                parsed=parsed, source_file=str(path.resolve()), force=force
            )
        except (ParseError, OSError, ValueError) as exc:
            return FAILED, str(exc)
        return result.outcome, result.reason

    @staticmethod
    def draw_progress(done, total, width=30):
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
