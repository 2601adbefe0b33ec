"""haystack's rebuild_index, routed to the archive's writer: search_index rebuild."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Build the search index from nothing with the archive's single writer "
        "(the same as `manage.py search_index rebuild`)."
    )

    def add_arguments(self, parser):
        # haystack's options, accepted so that scripts written for it still run.
        parser.add_argument("--noinput", "--no-input", action="store_true")
        parser.add_argument("-u", "--using", action="append", default=[])

    def handle(self, *args, **options):
        call_command("search_index", "rebuild", stdout=self.stdout, stderr=self.stderr)
