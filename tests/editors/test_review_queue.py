"""The review queue: doubtful slogans wait for an editor, who decides in one click."""

import pytest
from django.urls import reverse

from speeches.importing import speech_import
from speeches.models import Mention, Slogan, SloganJob
from speeches.parsing import parse_text
from speeches.selectors import speech_slogans

from .conftest import EDITOR_PASSWORD

pytestmark = pytest.mark.django_db

SPEECH = (
    "在全镇乡村振兴推进会上的讲话\n"
    "同志们：\n"
    "一、抓产业\n"
    "要推广“稻虾共作”模式，落实两个维护，建强“红色管家”队伍。\n"
    "二、抓治理\n"
    "推行“红色管家”，坚持新发展理念。\n"
)
OTHER = (
    "在县委常委会上的讲话\n同志们：\n各乡镇要学习“红色管家”的做法，"
    "把新发展理念落到实处。\n"
)


@pytest.fixture
def imported(db):
    return [
        speech_import(parsed=parse_text(text), source_file=f"/f/{n}").speech
        for n, text in enumerate((SPEECH, OTHER))
    ]


@pytest.fixture
def editor_client(client, editor_user):
    assert client.login(username="bianji", password=EDITOR_PASSWORD)
    return client


def test_lexicon_formulations_are_published_and_quoted_coinages_wait(imported):
    assert Slogan.objects.get(text="新发展理念").status == Slogan.Status.ACCEPTED
    assert Slogan.objects.get(text="两个维护").status == Slogan.Status.ACCEPTED
    assert Slogan.objects.get(text="红色管家").status == Slogan.Status.PENDING
    listed = speech_slogans(imported[0])
    assert "新发展理念" in listed and "两个维护" in listed
    assert "红色管家" not in listed and "稻虾共作" not in listed


def test_the_public_never_sees_a_pending_slogan(client, imported):
    pending = Slogan.objects.get(text="红色管家")
    assert client.get(f"/slogans/{pending.pk}/").status_code == 404
    assert "红色管家" not in client.get("/slogans/").text
    api = client.get(f"/api/speeches/{imported[0].pk}").json()
    assert "红色管家" not in api["slogans"] and "新发展理念" in api["slogans"]


def test_queue_lists_pending_slogans_by_doubt_with_their_contexts(
    editor_client, imported
):
    response = editor_client.get(reverse("admin:speeches_slogan_review"))
    assert response.status_code == 200
    rows = [slogan for slogan, _ in response.context["rows"]]
    assert {s.text for s in rows} >= {"红色管家", "稻虾共作"}
    assert all(s.status == Slogan.Status.PENDING for s in rows)
    doubts = [s.doubt for s in rows]
    assert doubts == sorted(doubts)
    assert "建强“红色管家”队伍" in response.text  # the sentence it was found in
    assert "新发展理念" not in {s.text for s in rows}


def test_accepting_in_one_click_publishes_and_finds_every_use(editor_client, imported):
    pending = Slogan.objects.get(text="红色管家")
    response = editor_client.post(
        reverse("admin:speeches_slogan_decide", args=[pending.pk]),
        {"decision": "accept"},
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == Slogan.Status.ACCEPTED and pending.decided_by is not None
    speeches = set(
        Mention.objects.filter(slogan=pending).values_list("speech_id", flat=True)
    )
    assert speeches == {imported[0].pk, imported[1].pk}
    job = SloganJob.objects.get(slogan=pending)
    assert (job.state, job.done, job.total) == (SloganJob.State.DONE, 2, 2)


def test_a_rejection_is_remembered_by_later_imports(editor_client, imported):
    pending = Slogan.objects.get(text="稻虾共作")
    editor_client.post(
        reverse("admin:speeches_slogan_decide", args=[pending.pk]),
        {"decision": "reject"},
    )
    later = speech_import(
        parsed=parse_text("在镇党委会上的讲话\n同志们：\n继续推广“稻虾共作”。\n"),
        source_file="/f/later",
    ).speech
    pending.refresh_from_db()
    assert pending.status == Slogan.Status.REJECTED
    assert not Mention.objects.filter(slogan=pending).exists()
    assert not Mention.objects.filter(speech=later, text="稻虾共作").exists()


def test_merging_in_one_click_counts_the_variant_for_the_target(
    editor_client, imported
):
    pending = Slogan.objects.get(text="稻虾共作")
    target = Slogan.objects.get(text="红色管家")
    editor_client.post(
        reverse("admin:speeches_slogan_decide", args=[pending.pk]),
        {"decision": "merge", "target": "红色管家"},
    )
    pending.refresh_from_db()
    assert (pending.status, pending.canonical) == (Slogan.Status.MERGED, target)
    target.refresh_from_db()
    assert target.status == Slogan.Status.ACCEPTED


def test_a_learned_slogan_is_found_in_speeches_imported_later(editor_client, imported):
    pending = Slogan.objects.get(text="红色管家")
    editor_client.post(
        reverse("admin:speeches_slogan_decide", args=[pending.pk]),
        {"decision": "accept"},
    )
    later = speech_import(
        parsed=parse_text("在社区会上的讲话\n同志们：\n红色管家要常到楼栋走走。\n"),
        source_file="/f/later",
    ).speech
    assert "红色管家" in speech_slogans(later)
