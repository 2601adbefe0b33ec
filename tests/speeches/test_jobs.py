"""Slogan jobs left by a dead process are taken up; running ones are left alone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from speeches.jobs import STALE_AFTER, jobs_resume, jobs_waiting
from speeches.models import Slogan, SloganJob, Speech

pytestmark = pytest.mark.django_db


def abandoned_job(slogan, *, beat_ago) -> SloganJob:
    return SloganJob.objects.create(
        kind=SloganJob.Kind.FIND,
        slogan=slogan,
        state=SloganJob.State.RUNNING,
        heartbeat=timezone.now() - beat_ago,
        worker="4242",
    )


@pytest.fixture
def slogan():
    Speech.objects.create(title="讲话", body="推进“三访三办”机制。", content_hash="a")
    return Slogan.objects.create(text="三访三办", status=Slogan.Status.ACCEPTED)


def test_a_job_whose_process_died_is_taken_up_and_finished(slogan):
    job = abandoned_job(slogan, beat_ago=STALE_AFTER + timedelta(minutes=1))
    assert jobs_waiting()
    assert jobs_resume()
    job.refresh_from_db()
    assert job.state == SloganJob.State.DONE
    assert job.worker != "4242"
    assert slogan.mentions.count() == 1
    assert not jobs_waiting()


def test_a_job_still_beating_is_left_to_its_process(slogan):
    job = abandoned_job(slogan, beat_ago=timedelta(seconds=30))
    assert not jobs_waiting()
    assert not jobs_resume()
    job.refresh_from_db()
    assert (job.state, job.worker) == (SloganJob.State.RUNNING, "4242")


def test_a_discovery_job_proposes_recurring_coinages_for_review():
    filler = "今天大家坐在一起开个会，把几件事情说清楚，群众还有意见。" * 6
    for number in range(4):
        Speech.objects.create(
            title=f"讲话{number}",
            body=f"{filler}要抓好链群共治工作。{filler}推动链群共治落地。"
            f"{filler}围绕链群共治{'部署安排取得实效各项任务'[number : number + 3]}。",
            content_hash=f"d{number}",
        )
    job = SloganJob.objects.create(kind=SloganJob.Kind.DISCOVER)
    jobs_resume()
    job.refresh_from_db()
    assert job.state == SloganJob.State.DONE, job.message
    proposal = Slogan.objects.get(text="链群共治")
    assert proposal.status == Slogan.Status.PENDING
    assert proposal.evidence["讲话篇数"] == 4
