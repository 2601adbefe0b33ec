"""What the archive learned is looked for in every later speech, read incrementally
by the slogan clock, whatever order changes commit in, and never a rolled-back one."""

import threading
import time

import pytest
from django.db import connection, connections, transaction
from django.test.utils import CaptureQueriesContext

from speeches.importing import speech_import
from speeches.learned import learned_slogans
from speeches.models import Slogan
from speeches.parsing import parse_text
from speeches.slogans import slogans_accept, slogans_reject

# Committed changes, as in the running archive (a test's own transaction would make
# every read a full one: changes not committed are never kept).
pytestmark = pytest.mark.django_db(transaction=True)


def accepted(text: str) -> Slogan:
    return Slogan.objects.create(text=text, status=Slogan.Status.ACCEPTED)


def texts() -> list[str]:
    return sorted(slogan.text for slogan in learned_slogans())


def test_slogans_added_later_are_read_without_reading_the_others_again():
    accepted("三访三办")
    assert texts() == ["三访三办"]
    accepted("四件实事")
    with CaptureQueriesContext(connection) as queries:
        assert texts() == ["三访三办", "四件实事"]
    reads = [q["sql"] for q in queries.captured_queries if '"text"' in q["sql"]]
    assert len(reads) == 1
    assert '"changed" >' in reads[0]  # only the rows changed since the last read
    with CaptureQueriesContext(connection) as queries:
        assert texts() == ["三访三办", "四件实事"]
    assert len(queries.captured_queries) == 1  # the clock alone: nothing changed


def test_a_change_that_commits_after_a_later_one_is_read():
    # An editor's accept whose time was taken before another change committed: a
    # reader keyed on the latest time would never see it; the clock numbers it.
    first = Slogan.objects.create(text="三访三办", status=Slogan.Status.PENDING)
    accepted("四件实事")
    assert texts() == ["四件实事"]
    earlier = Slogan.objects.get(text="四件实事").updated_at.replace(year=2020)
    Slogan.objects.filter(pk=first.pk).update(
        status=Slogan.Status.ACCEPTED, updated_at=earlier
    )
    assert texts() == ["三访三办", "四件实事"]


def test_a_slogan_rejected_without_a_new_time_is_no_longer_looked_for():
    # A merge saves the variant's status alone: the merged slogans tell.
    first, second = accepted("三访三办"), accepted("四件实事")
    assert texts() == ["三访三办", "四件实事"]
    Slogan.objects.filter(pk=first.pk).update(
        status=Slogan.Status.MERGED, canonical=second
    )
    assert texts() == ["四件实事"]


def test_a_deleted_slogan_is_no_longer_looked_for():
    first, _ = accepted("三访三办"), accepted("四件实事")
    assert texts() == ["三访三办", "四件实事"]
    Slogan.objects.filter(pk=first.pk).delete()
    accepted("五个一")  # as many slogans as before, one of them new
    assert texts() == ["五个一", "四件实事"]


def test_a_rejected_slogan_is_no_longer_looked_for():
    first, second = accepted("三访三办"), accepted("四件实事")
    assert texts() == ["三访三办", "四件实事"]
    slogans_reject(slogans=[first])
    assert texts() == ["四件实事"]
    assert second.text in texts()


def test_a_rolled_back_slogan_is_never_looked_for_again():
    accepted("三访三办")
    assert texts() == ["三访三办"]
    with pytest.raises(RuntimeError), transaction.atomic():
        accepted("四件实事")
        assert texts() == ["三访三办", "四件实事"]  # seen inside its transaction
        raise RuntimeError("the import failed")
    # The next change takes the clock's number the rolled-back one had.
    accepted("五个一")
    assert texts() == ["三访三办", "五个一"]


@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="SQLite has one writer: the importer's and the editor's transactions "
    "(BEGIN IMMEDIATE) never overlap there",
)
def test_an_import_waits_for_a_slogan_accepted_meanwhile_and_finds_it():
    """The importer holds the slogan clock: a slogan an editor accepts while a
    speech is imported is looked for in it, or its search finds the speech. Here the
    archive-wide search runs (inline) before the speech commits: the import must
    wait for the accept and find the slogan itself."""
    # A local coinage the parser does not find by itself, in a speech naming no
    # other slogan (so that the import writes no slogan of its own).
    slogan = Slogan.objects.create(text="街巷长制", status=Slogan.Status.PENDING)
    assert texts() == []
    accepting, release = threading.Event(), threading.Event()
    imported: list = []

    def editor():
        try:
            with transaction.atomic():
                slogans_accept(slogans=[slogan])
                accepting.set()
                release.wait(10)
        finally:
            connections.close_all()

    def importer():
        try:
            accepting.wait(10)
            body = "同志们：\n要推行街巷长制，把群众身边的小事办好。\n"
            imported.append(
                speech_import(parsed=parse_text(body), source_file="/t/meanwhile")
            )
        finally:
            connections.close_all()

    threads = [threading.Thread(target=editor), threading.Thread(target=importer)]
    for thread in threads:
        thread.start()
    accepting.wait(10)
    time.sleep(0.5)
    assert not imported  # waiting for the editor's commit
    release.set()
    for thread in threads:
        thread.join(20)
    speech = imported[0].speech
    assert list(speech.mentions.values_list("slogan__text", flat=True)) == ["街巷长制"]


def test_lexicon_and_pending_slogans_are_not_learned():
    Slogan.objects.create(text="双报到", status=Slogan.Status.PENDING)
    Slogan.objects.create(
        text="新发展理念",
        status=Slogan.Status.ACCEPTED,
        source=Slogan.Source.LEXICON,
    )
    assert texts() == []


def test_a_learned_two_character_formula_is_not_found_inside_another_word():
    accepted("两基")
    body = "各位代表：\n今年要推进两基攻坚，同时建设两基地，办好民生实事。\n"
    speech = speech_import(parsed=parse_text(body), source_file="/t/two").speech
    assert list(speech.mentions.values_list("text", "offset")) == [
        ("两基", speech.body.index("两基"))
    ]


def test_a_learned_formula_is_found_before_a_rare_word_it_would_make():
    accepted("四评")
    body = "各位代表：\n深化人才评价“四评”改革，推进四评改革落地。\n"
    speech = speech_import(parsed=parse_text(body), source_file="/t/four").speech
    assert speech.mentions.filter(text="四评").count() == 2
