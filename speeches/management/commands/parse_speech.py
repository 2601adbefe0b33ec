"""Parse speech files and print the result as JSON Lines; touch no database."""

import json

from django.core.management.base import BaseCommand, CommandError

from speeches.files import read_speech_file, speech_files
from speeches.parsing import ParseError, parse_speeches


class Command(BaseCommand):
    help = "Parse speech files (.txt/.html, any common encoding) and print JSON Lines."
    requires_system_checks = []
    requires_migrations_checks = False

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE")
        parser.add_argument(
            "--json",
            action="store_true",
            help="print one JSON object per speech (default): one per file, and "
            "one per speech of a collection, with its part and the count of parts",
        )

    def handle(self, *args, **options):
        failures = 0
        for path, problem in speech_files(options["paths"]):
            try:
                if problem:
                    raise ParseError(problem)
                speeches = parse_speeches(read_speech_file(path), filename=path.name)
            except (ParseError, OSError, ValueError) as exc:
                failures += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            for part, parsed in enumerate(speeches, 1):
                record = {"file": str(path), **parsed.to_dict()}
                if len(speeches) > 1:  # a collection: one line per speech
                    record.update(part=part, parts=len(speeches))
                self.stdout.write(json.dumps(record, ensure_ascii=False))
        if failures:
            raise CommandError(f"{failures} file(s) could not be parsed")
