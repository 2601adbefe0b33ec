"""import_speeches leaves the index up to date, also when parsing in processes."""

import pytest
from django.core.management import call_command

from search.models import IndexTask
from search.outbox import index_drift
from search.service import search_speeches

pytestmark = pytest.mark.django_db

SPEECH_FILE = (
    "在全镇第{n}次防汛工作会议上的讲话\n"
    "同志们：\n"
    "今年汛期来得早，第{n}号防汛预案要提前演练，确保人员转移万无一失。\n"
    "一、压实责任\n"
    "各村要落实包保责任制，做到“雨前排查、雨中巡查、雨后检查”。\n"
)


@pytest.fixture
def speech_folder(tmp_path):
    folder = tmp_path / "speeches"
    folder.mkdir()
    for n in range(1, 7):
        (folder / f"{n}.txt").write_text(SPEECH_FILE.format(n=n), encoding="utf-8")
    return folder


@pytest.mark.parametrize("workers", ["1", "2"])
def test_imported_speeches_are_searchable_when_the_command_returns(
    search_index, speech_folder, workers, capsys
):
    call_command("import_speeches", str(speech_folder), "--workers", workers)
    assert "6 indexed" in capsys.readouterr().out
    assert search_speeches(q="雨中巡查").count == 6
    assert search_speeches(q="第3号防汛预案").count == 1
    assert not IndexTask.objects.exists()
    assert index_drift().in_sync


def test_a_changed_file_replaces_its_text_in_the_index(search_index, speech_folder):
    call_command("import_speeches", str(speech_folder))
    (speech_folder / "1.txt").write_text(
        SPEECH_FILE.format(n=1).replace("包保责任制", "网格责任制"), encoding="utf-8"
    )
    call_command("import_speeches", str(speech_folder))
    assert search_speeches(q="网格责任制").count == 1
    assert search_speeches(q="包保责任制").count == 5
