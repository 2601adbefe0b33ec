"""Load an archive file written by export_archive, then rebuild the search index."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError

from backups.services import ArchiveError, archive_restore


class Command(BaseCommand):
    help = (
        "Restore an archive file into a migrated database (empty, or --replace) in "
        "one transaction, then rebuild the search index from it."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="a file written by export_archive")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="delete the rows this database holds before restoring",
        )
        parser.add_argument(
            "--unverified",
            action="store_true",
            help="restore a file of format 1, made before archives carried a checksum",
        )

    def handle(self, *args, **options):
        path = Path(options["path"])
        try:
            summary = archive_restore(
                path=path,
                replace=options["replace"],
                unverified=options["unverified"],
            )
        except ArchiveError as exc:
            raise CommandError(str(exc)) from exc
        except (DeserializationError, DatabaseError, OSError, EOFError) as exc:
            reason = str(exc) or repr(exc.__cause__)
            raise CommandError(
                f"{path}: {type(exc).__name__}: {reason}; nothing was restored"
            ) from exc
        self.stdout.write(
            f"{path}: restored {summary.total} rows ("
            + ", ".join(f"{count} {label}" for label, count in summary.rows.items())
            + "); search index rebuilt"
        )
