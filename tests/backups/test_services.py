"""An archive file restores every row exactly, and a damaged one restores nothing."""

import gzip
import json

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.migrations.recorder import MigrationRecorder

from backups.services import archived_models
from speeches.importing import speech_import
from speeches.models import Mention, Section, Slogan, Speech
from speeches.parsing import parse_bytes

pytestmark = pytest.mark.django_db

GBK_SPEECH = (
    "在全镇冬季防火工作会议上的讲话\n2023年11月20日\n同志们：\n"
    "入冬以来，天干物燥，防火形势严峻。\n一、提高认识\n要落实“防火十条”，"
    "做到人员到位、物资到位。\n二、明确责任\n各村要建立巡查台账。\n"
)
CRLF_SPEECH = (
    "在区文明城市创建推进会上的讲话\r\n同志们：\r\n创建工作到了冲刺阶段。\r\n"
    "一、补齐短板\r\n要推行“街长制”，\u2028每条街都有人管。\r\n"
)


@pytest.fixture
def archive_rows(tmp_path):
    """Fill the database with speeches, slogans, an editor and a group."""
    files = {
        "gbk.txt": GBK_SPEECH.encode("gbk"),
        "crlf.txt": CRLF_SPEECH.encode("utf-8"),
    }
    for name, data in files.items():
        speech_import(parsed=parse_bytes(data, filename=name), source_file=name)
    Speech.objects.filter(source_file="gbk.txt").update(status=Speech.Status.REVIEWED)
    Slogan.objects.create(
        text="一刀切", kind=Slogan.Kind.COINAGE, status=Slogan.Status.REJECTED
    )
    editors = Group.objects.create(name="编辑")
    editor = User.objects.create_user("editor-li", password="a long passphrase 1")
    editor.groups.add(editors)
    assert Mention.objects.exists() and Section.objects.exists()


def snapshot() -> dict[str, list]:
    """Return every archived row's values; ids too, except where natural keys stand."""
    rows = {}
    for model in archived_models():
        natural = hasattr(model, "natural_key")
        values = [
            {k: v for k, v in row.items() if not (natural and k == "id")}
            for row in model._default_manager.order_by("pk").values()
        ]
        rows[model._meta.label_lower] = values
    rows["auth.user.groups"] = sorted(
        (user.username, group.name)
        for user in User.objects.all()
        for group in user.groups.all()
    )
    return rows


def archive_lines(path) -> list[str]:
    """Return an archive file's lines (split on newlines only, as the reader does)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="\n") as stream:
        return stream.read().rstrip("\n").split("\n")


def test_export_then_restore_gives_back_every_row_and_raw_text(tmp_path, archive_rows):
    before = snapshot()
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))

    call_command("restore_archive", str(archive), "--replace")

    after = snapshot()
    assert after == before
    raw = Speech.objects.get(source_file="crlf.txt").raw_text
    assert "\r\n" in raw and "\u2028" in raw
    assert (
        Speech.objects.get(source_file="gbk.txt").raw_encoding.lower().startswith("gb")
    )


def test_restored_ids_are_followed_by_new_ones(tmp_path, archive_rows):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    call_command("restore_archive", str(archive), "--replace")
    highest = Speech.objects.order_by("-pk").first().pk

    result = speech_import(
        parsed=parse_bytes(
            "在村民代表会上的讲话\n同志们：\n今年要修好村道。\n".encode()
        ),
        source_file="new.txt",
    )

    assert result.speech.pk > highest


def test_restore_into_a_migrated_database_matches_its_groups_by_name(
    tmp_path, archive_rows
):
    """A migration creates the editor group: a fresh database is not "occupied"."""
    before = snapshot()
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    Speech.objects.all().delete()
    Slogan.objects.all().delete()
    User.objects.all().delete()
    assert Group.objects.exists()

    call_command("restore_archive", str(archive))

    assert snapshot() == before


def test_restore_refuses_a_database_that_holds_rows_without_replace(
    tmp_path, archive_rows
):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))

    with pytest.raises(CommandError, match=r"already holds rows.*--replace"):
        call_command("restore_archive", str(archive))


def test_a_truncated_archive_restores_nothing(tmp_path, archive_rows):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    lines = archive_lines(archive)
    truncated = tmp_path / "truncated.jsonl.gz"
    with gzip.open(truncated, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines[: len(lines) // 2]) + "\n")
    before = snapshot()

    with pytest.raises(CommandError, match="without its end line"):
        call_command("restore_archive", str(truncated), "--replace")

    assert snapshot() == before


def test_an_archive_with_a_row_removed_restores_nothing(tmp_path, archive_rows):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    lines = archive_lines(archive)
    edited = tmp_path / "edited.jsonl.gz"
    first_mention = next(
        i for i, line in enumerate(lines) if '"speeches.mention"' in line
    )
    del lines[first_mention]
    with gzip.open(edited, "wt", encoding="utf-8") as stream:
        stream.write("\n".join(lines) + "\n")
    before = snapshot()

    with pytest.raises(CommandError, match="differ from the end line"):
        call_command("restore_archive", str(edited), "--replace")

    assert snapshot() == before


def test_a_file_that_is_not_an_archive_is_refused_by_name(tmp_path):
    stray = tmp_path / "notes.jsonl.gz"
    with gzip.open(stray, "wt", encoding="utf-8") as stream:
        stream.write(json.dumps({"hello": "world"}) + "\n")

    with pytest.raises(CommandError, match=f"{stray}: not an archive file"):
        call_command("restore_archive", str(stray))
    with pytest.raises(CommandError, match="no such file"):
        call_command("restore_archive", str(tmp_path / "missing.jsonl.gz"))


def test_an_archive_from_other_migrations_is_refused_with_both_names(
    tmp_path, archive_rows
):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    MigrationRecorder.Migration.objects.create(app="speeches", name="9999_from_later")

    with pytest.raises(CommandError, match=r"speeches: archive has 0.*9999_from_later"):
        call_command("restore_archive", str(archive), "--replace")


@pytest.mark.django_db(transaction=True)
def test_export_names_the_file_and_counts_its_rows(tmp_path, archive_rows, capsys):
    """Outside any transaction, as from the command line (a snapshot on PostgreSQL)."""
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))

    out = capsys.readouterr().out
    assert str(archive) in out
    assert f"{Speech.objects.count()} speeches.speech" in out
    assert not (tmp_path / "archive.jsonl.gz.partial").exists()


def rewrite(path, lines) -> None:
    with gzip.open(path, "wt", encoding="utf-8", newline="\n") as stream:
        stream.write("\n".join(lines) + "\n")


def test_attack_an_edited_archive_whose_row_counts_match_is_refused(
    tmp_path, archive_rows
):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    lines = archive_lines(archive)
    editor = next(i for i, line in enumerate(lines) if '"editor-li"' in line)
    assert '"is_superuser": false' in lines[editor]
    lines[editor] = lines[editor].replace(
        '"is_superuser": false', '"is_superuser": true'
    )
    edited = tmp_path / "edited.jsonl.gz"
    rewrite(edited, lines)
    before = snapshot()

    with pytest.raises(CommandError, match="checksum"):
        call_command("restore_archive", str(edited), "--replace")

    assert snapshot() == before
    assert not User.objects.get(username="editor-li").is_superuser


def test_attack_an_archive_stripped_of_its_checksum_is_refused(tmp_path, archive_rows):
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))
    lines = archive_lines(archive)
    end = json.loads(lines[-1])
    end.pop("sha256", None)
    lines[-1] = json.dumps(end)

    rewrite(archive, lines)

    with pytest.raises(CommandError, match="checksum"):
        call_command("restore_archive", str(archive), "--replace")


def test_restore_keeps_the_ids_of_users_and_groups(tmp_path, archive_rows):
    User.objects.create_user("short-lived", password="a long passphrase 2").delete()
    later = User.objects.create_user("editor-wang", password="a long passphrase 3")
    ids = dict(User.objects.values_list("username", "pk"))
    groups = dict(Group.objects.values_list("name", "pk"))
    archive = tmp_path / "archive.jsonl.gz"
    call_command("export_archive", str(archive))

    call_command("restore_archive", str(archive), "--replace")

    assert dict(User.objects.values_list("username", "pk")) == ids
    assert dict(Group.objects.values_list("name", "pk")) == groups
    assert User.objects.get(pk=later.pk).username == "editor-wang"
