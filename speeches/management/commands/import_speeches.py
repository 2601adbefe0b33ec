"""Import speech files and folders into the archive."""

import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from reuse.passes import passes_collected, summed
from search.outbox import deferred_indexing
from speeches.files import SkippedFile, one_line, read_speech_file, speech_files
from speeches.importing import Outcome, part_source_file, speech_import
from speeches.parsing import ParseError, parse_speeches

FAILED = "failed"
# A collection file's outcome is the strongest of its speeches'
OUTCOME_STRENGTH = (
    Outcome.IMPORTED,
    Outcome.UPDATED,
    Outcome.SKIPPED,
    Outcome.UNCHANGED,
)
# Files parsed ahead of the writer per worker: keeps workers busy, memory bounded.
PARSE_AHEAD = 8


def parse_file(path, problem):
    """Read and parse one file; return (its parsed speeches or None, problem)."""
    if problem:
        return None, problem
    try:
        return parse_speeches(read_speech_file(path), filename=path.name), None
    except (ParseError, OSError, ValueError) as exc:
        return None, str(exc)


class Command(BaseCommand):
    help = (
        "Import speech files (folders recursively). Re-importing a file changes "
        "nothing; a changed file updates its speech unless an editor reviewed it. "
        "The search index is up to date when the command returns."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--force", action="store_true", help="also replace speeches marked reviewed"
        )
        parser.add_argument(
            "--follow-symlinks",
            action="store_true",
            help="also import symbolic links that lead out of the folders given",
        )
        parser.add_argument(
            "--no-progress", action="store_true", help="never draw a progress bar"
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=1,
            metavar="N",
            help="parse files in N processes while this one writes (default 1)",
        )

    def handle(self, *args, **options):
        files = list(
            speech_files(options["paths"], follow_symlinks=options["follow_symlinks"])
        )
        show_progress = not options["no_progress"] and sys.stderr.isatty()
        counts = Counter()
        with (
            passes_collected() as reuse_passes,
            deferred_indexing(
                progress=self.draw_progress if show_progress else None
            ) as batch,
        ):
            for done, (path, parsed, problem) in enumerate(
                self.parsed_files(files, options["workers"]), 1
            ):
                outcome, reason = self.import_one(
                    path, parsed, problem, force=options["force"]
                )
                counts[outcome] += 1
                if outcome == FAILED:
                    self.stderr.write(one_line(f"{path}: {reason}"))
                elif (
                    outcome in (Outcome.UNCHANGED, Outcome.SKIPPED)
                    and options["verbosity"] > 1
                ):
                    self.stdout.write(one_line(f"{path}: {outcome}: {reason}"))
                elif outcome == Outcome.SKIPPED:
                    self.stdout.write(one_line(f"{path}: skipped: {reason}"))
                if show_progress:
                    self.draw_progress(done, len(files))
            if show_progress:
                sys.stderr.write("\n")
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
        report = batch.report
        if report and (report.indexed or report.removed or report.rebuilt):
            self.stdout.write(
                f"search index: {report.indexed} indexed, {report.removed} removed "
                f"in {report.seconds:.1f} s"
            )
        reuse = summed(reuse_passes)
        if reuse:
            self.stdout.write(
                f"text reuse: {reuse.speeches} speeches in {reuse.seconds:.1f} s"
            )
        if counts[FAILED]:
            raise CommandError(f"{counts[FAILED]} file(s) failed")

    def parsed_files(self, files, workers):
        """Yield (path, parsed, problem) in file order, parsing in worker processes."""
        if workers <= 1:
            for path, problem in files:
                yield (path, *parse_file(path, problem))
            return
        with ProcessPoolExecutor(max_workers=workers) as pool:
            pending = []
            for path, problem in files:
                pending.append((path, pool.submit(parse_file, path, problem)))
                if len(pending) >= workers * PARSE_AHEAD:
                    path_done, future = pending.pop(0)
                    yield (path_done, *future.result())
            for path_done, future in pending:
                yield (path_done, *future.result())

    def import_one(self, path, speeches, problem, *, force):
        """Store the speeches of one file; return the file's outcome and reason.

        A collection's speeches are stored one each, as "file#1", "file#2"…; the
        file's outcome is the strongest of theirs (imported, updated, skipped,
        unchanged).
        """
        if isinstance(problem, SkippedFile):
            return Outcome.SKIPPED, problem
        if problem:
            return FAILED, problem
        source_file = str(path.resolve())
        results = []
        try:
            for part, parsed in enumerate(speeches, 1):
                if len(speeches) == 1:
                    results.append(
                        speech_import(
                            parsed=parsed, source_file=source_file, force=force
                        )
                    )
                    continue
                results.append(
                    speech_import(
                        parsed=parsed,
                        source_file=part_source_file(source_file, part),
                        former_source_file=source_file if part == 1 else "",
                        force=force,
                    )
                )
        except (ParseError, OSError, ValueError) as exc:
            return FAILED, str(exc)
        except DatabaseError as exc:
            # speech_import rolled its own transaction back: the next file goes on.
            return FAILED, f"the database refused it: {type(exc).__name__}: {exc}"
        for outcome in OUTCOME_STRENGTH:
            found = [result for result in results if result.outcome == outcome]
            if found:
                reason = found[0].reason
                if len(results) > 1:
                    reason = f"{len(found)} of {len(results)} speeches: {reason}"
                return outcome, reason
        return Outcome.UNCHANGED, "no speech in the file"

    @staticmethod
    def draw_progress(done, total, width=30):
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()
