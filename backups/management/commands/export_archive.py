"""Write the whole archive (every row, raw texts included) to one file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from backups.services import archive_export


class Command(BaseCommand):
    help = (
        "Export the archive to a gzip'd JSON Lines file: speeches with their raw "
        "texts, sections, slogans, mentions, editors and their history. Restore it "
        "with restore_archive."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            help="the file to write (default: archive-YYYYMMDD-HHMMSS.jsonl.gz here)",
        )

    def handle(self, *args, **options):
        name = options["path"] or timezone.localtime().strftime(
            "archive-%Y%m%d-%H%M%S.jsonl.gz"
        )
        path = Path(name)
        if not path.parent.is_dir():
            raise CommandError(f"{path.parent}: no such folder")
        try:
            summary = archive_export(path=path)
        except OSError as exc:
            raise CommandError(f"{path}: {exc}") from exc
        self.stdout.write(
            f"{path}: {summary.total} rows ("
            + ", ".join(f"{count} {label}" for label, count in summary.rows.items())
            + ")"
        )
