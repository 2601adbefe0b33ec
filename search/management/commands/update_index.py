"""haystack's update_index, routed to the archive's writer: search_index sync."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Bring the search index up to date with the archive's single writer "
        "(the same as `manage.py search_index sync`)."
    )

    def add_arguments(self, parser):
        # haystack's options are accepted and have no effect: sync finds by
        # itself what is missing, stale or orphaned.
        parser.add_argument("app_label", nargs="*")
        parser.add_argument("-a", "--age", type=int)
        parser.add_argument("-s", "--start")
        parser.add_argument("-e", "--end")
        parser.add_argument("-b", "--batch-size", type=int)
        parser.add_argument("-r", "--remove", action="store_true")
        parser.add_argument("-u", "--using", action="append", default=[])
        parser.add_argument("-k", "--workers", type=int)
        parser.add_argument("--nocommit", action="store_true")

    def handle(self, *args, **options):
        call_command("search_index", "sync", stdout=self.stdout, stderr=self.stderr)
