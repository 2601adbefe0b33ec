"""What the archive learned is looked for in every later speech, read incrementally."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from speeches.importing import learned_slogans, speech_import
from speeches.models import Slogan
from speeches.parsing import parse_text
from speeches.slogans import slogans_reject

pytestmark = pytest.mark.django_db


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
    assert '"updated_at" >' in reads[0]  # only the rows changed since the last read


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
