"""Run the archive's slogan work: queued jobs, a discovery pass, the lexicon again."""

import time

from django.core.management.base import BaseCommand

from speeches.jobs import job_queue, jobs_run
from speeches.models import SloganJob


class Command(BaseCommand):
    help = (
        "Run queued slogan jobs (finding a slogan in every speech). --discover proposes "
        "the archive's recurring formulations for review; --lexicon finds the "
        "lexicon's formulations in every speech again (after the lexicon changed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--discover", action="store_true")
        parser.add_argument("--lexicon", action="store_true")

    def handle(self, *args, **options):
        if options["discover"]:
            job_queue(kind=SloganJob.Kind.DISCOVER)
        if options["lexicon"]:
            job_queue(kind=SloganJob.Kind.LEXICON)
        started = time.perf_counter()
        ran = jobs_run()
        for job in SloganJob.objects.order_by("-pk")[: max(ran, 0)]:
            self.stdout.write(f"{job}: {job.message}")
        self.stdout.write(f"{ran} job(s) in {time.perf_counter() - started:.1f} s")
