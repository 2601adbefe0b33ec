"""haystack's clear_index, refused: an empty index would answer every search wrong."""

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Refused: the archive's index is never left empty. Use "
        "`manage.py search_index rebuild` to build it from nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--noinput", "--no-input", action="store_true")
        parser.add_argument("-u", "--using", action="append", default=[])

    def handle(self, *args, **options):
        raise CommandError(
            "clear_index would leave the search index empty while the archive is "
            "not: use `manage.py search_index rebuild` to build it from nothing"
        )
