"""Hostile files: one bad file never stops an import, and file names cannot fake output."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from search.models import IndexTask
from search.outbox import index_drift
from search.service import search_speeches
from speeches.models import Speech

pytestmark = pytest.mark.django_db(transaction=True)

SPEECH = (
    "在全镇第{n}次秋收动员会上的讲话\n同志们：\n"
    "今天召开第{n}次会议，部署秋收工作，大家要抓紧抓实。\n"
    "一、统一思想\n要做到“颗粒归仓”，不误农时。\n"
)
REFUSED_MARK = "拒收"


@pytest.fixture(autouse=True)
def empty_index():
    """Start from an index that matches the emptied database."""
    call_command("search_index", "rebuild", verbosity=0)


@pytest.fixture
def database_refuses_a_title():
    """Make the database itself refuse speeches whose title holds REFUSED_MARK."""
    if connection.vendor == "postgresql":
        create = [
            "CREATE FUNCTION refuse_speech() RETURNS trigger AS $$ BEGIN "
            "IF NEW.title LIKE '%%拒收%%' THEN RAISE EXCEPTION 'refused'; END IF; "
            "RETURN NEW; END $$ LANGUAGE plpgsql",
            "CREATE TRIGGER refuse_speech BEFORE INSERT ON speeches_speech "
            "FOR EACH ROW EXECUTE FUNCTION refuse_speech()",
        ]
        drop = [
            "DROP TRIGGER refuse_speech ON speeches_speech",
            "DROP FUNCTION refuse_speech()",
        ]
    else:
        create = [
            "CREATE TRIGGER refuse_speech BEFORE INSERT ON speeches_speech "
            "WHEN NEW.title LIKE '%拒收%' BEGIN SELECT RAISE(ABORT, 'refused'); END"
        ]
        drop = ["DROP TRIGGER refuse_speech"]
    with connection.cursor() as cursor:
        for statement in create:
            cursor.execute(statement)
    yield
    with connection.cursor() as cursor:
        for statement in drop:
            cursor.execute(statement)


def test_attack_a_utf16_file_holding_nul_does_not_end_the_import(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(SPEECH.format(n=1), encoding="utf-8")
    (folder / "2.txt").write_bytes(
        SPEECH.format(n=2).replace("部署", "部\x00署").encode("utf-16")
    )
    (folder / "3.txt").write_text(SPEECH.format(n=3), encoding="utf-8")
    call_command("import_speeches", str(folder), "--no-progress")
    assert Speech.objects.count() == 3
    assert "\x00" not in Speech.objects.get(title__contains="第2次").body
    assert "3 imported" in capsys.readouterr().out
    assert not IndexTask.objects.exists() and index_drift().in_sync


def test_a_file_the_database_refuses_is_named_and_the_rest_are_imported_and_indexed(
    tmp_path, capsys, database_refuses_a_title
):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in (1, 2, 3):
        text = SPEECH.format(n=n).replace("部署秋收工作", "部署冬修水利")
        if n == 2:
            text = text.replace("秋收动员会", f"{REFUSED_MARK}动员会")
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    with pytest.raises(CommandError, match="1 file"):
        call_command("import_speeches", str(folder), "--no-progress")
    captured = capsys.readouterr()
    assert "2.txt" in captured.err and "the database refused it" in captured.err
    assert "2 imported" in captured.out and "1 failed" in captured.out
    assert Speech.objects.count() == 2
    # The final drain ran: the speeches after the bad file are searchable.
    assert search_speeches(q="冬修水利").count == 2
    assert not IndexTask.objects.exists() and index_drift().in_sync


def test_attack_a_newline_in_a_file_name_cannot_fake_a_summary_line(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    forged = "x\n99 imported, 0 updated, 0 unchanged, 0 skipped, 0 failed\n.txt"
    (folder / forged).write_bytes(b"\x89PNG not a speech")
    with pytest.raises(CommandError):
        call_command("import_speeches", str(folder), "--no-progress")
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert not any(line.startswith("99 imported") for line in lines)
    assert any("x\\n99 imported" in line for line in captured.err.splitlines())
