"""Importing is idempotent, protects reviewed speeches and reports bad files."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speeches.importing import Outcome, speech_import
from speeches.models import Section, Speech
from speeches.parsing import parse_bytes

pytestmark = pytest.mark.django_db


def write_speech(path, body_line="今天召开会议，部署工作。"):
    path.write_text(
        "在全镇秋收动员会上的讲话\n同志们：\n"
        + body_line
        + "\n一、统一思想\n要“双抢双保”。\n",
        encoding="utf-8",
    )
    return path


def test_same_file_twice_changes_nothing_and_says_so(tmp_path, capsys):
    speech_file = write_speech(tmp_path / "a.txt")
    call_command("import_speeches", str(speech_file))
    first = Speech.objects.get()
    call_command("import_speeches", str(speech_file))
    out = capsys.readouterr().out
    assert "1 unchanged" in out and "nothing changed" in out
    assert Speech.objects.get().updated_at == first.updated_at


def test_changed_file_updates_its_speech(tmp_path):
    speech_file = write_speech(tmp_path / "a.txt")
    call_command("import_speeches", str(speech_file))
    write_speech(speech_file, "今天召开会议，部署秋收工作。")
    call_command("import_speeches", str(speech_file))
    speech = Speech.objects.get()
    assert "部署秋收工作" in speech.body


def test_reviewed_speech_survives_a_changed_file_without_force(tmp_path):
    speech_file = write_speech(tmp_path / "a.txt")
    call_command("import_speeches", str(speech_file))
    Speech.objects.update(status=Speech.Status.REVIEWED, title="编辑改过的标题")
    write_speech(speech_file, "今天召开会议，部署秋收工作。")
    call_command("import_speeches", str(speech_file))
    assert Speech.objects.get().title == "编辑改过的标题"
    call_command("import_speeches", str(speech_file), "--force")
    assert "部署秋收工作" in Speech.objects.get().body


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n ", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (
            "latin.txt",
            "caf\u00e9".encode("latin-1") + b"\xff\xfe\xfd" * 3,
            "cannot decode",
        ),
    ],
)
def test_bad_file_is_reported_with_path_and_reason(
    tmp_path, capsys, name, content, reason
):
    good = write_speech(tmp_path / "good.txt")
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(CommandError):
        call_command("import_speeches", str(bad), str(good))
    captured = capsys.readouterr()
    assert str(bad) in captured.err and reason in captured.err
    assert "1 imported" in captured.out and "1 failed" in captured.out
    assert Speech.objects.count() == 1


def test_import_writes_sections_and_mentions():
    data = "在全镇秋收动员会上的讲话\n同志们：\n一、统一思想\n要“双抢双保”。\n二、落实责任\n“双抢双保”要落实。\n"
    result = speech_import(parsed=parse_bytes(data.encode()), source_file="/x/a.txt")
    assert result.outcome == Outcome.IMPORTED
    speech = result.speech
    assert list(
        Section.objects.filter(speech=speech).values_list("label", flat=True)
    ) == ["一", "二"]
    mentions = speech.mentions.select_related("section").order_by("offset")
    assert [m.section.label for m in mentions] == ["一", "二"]
    assert all("双抢双保" in m.context for m in mentions)


def test_slogan_added_by_hand_is_found_in_speeches_imported_later(django_user_model):
    from speeches.slogans import slogan_add

    editor = django_user_model.objects.create_user("editor")
    slogan = slogan_add(text="田长巡田", user=editor)
    data = "在全乡春耕会上的讲话\n同志们：\n要推行田长巡田制度，田长巡田要常态化。\n"
    speech_import(parsed=parse_bytes(data.encode()), source_file="/x/b.txt")
    assert slogan.mentions.count() == 2


def test_each_new_slogan_is_stored_once_and_announced_once():
    from django.db.models.signals import post_save

    from speeches.models import Slogan

    announced = []

    def listen(sender, instance, created, **kwargs):
        announced.append((instance.text, created, instance.pk is not None))

    post_save.connect(listen, sender=Slogan, dispatch_uid="test-announced")
    try:
        first = "在全镇秋收动员会上的讲话\n同志们：\n要“双抢双保”。\n"
        second = "在全镇冬修动员会上的讲话\n同志们：\n“双抢双保”之后，要“三清三拆”。\n"
        speech_import(parsed=parse_bytes(first.encode()), source_file="/x/c.txt")
        speech_import(parsed=parse_bytes(second.encode()), source_file="/x/d.txt")
    finally:
        post_save.disconnect(sender=Slogan, dispatch_uid="test-announced")
    assert announced == [("双抢双保", True, True), ("三清三拆", True, True)]
    assert Slogan.objects.filter(text="双抢双保").count() == 1
    assert {
        m.speech.source_file for m in Slogan.objects.get(text="双抢双保").mentions.all()
    } == {"/x/c.txt", "/x/d.txt"}
    assert Slogan.objects.get(text="三清三拆").mentions.count() == 1


def test_attack_a_symlink_out_of_the_folder_is_not_published(tmp_path, capsys):
    # A scraped archive unpacked with links: x.txt -> the settings' secret key file.
    secret = tmp_path / "secret_key.txt"
    secret.write_text("DJANGO_SECRET_KEY=do-not-publish-me\n", encoding="utf-8")
    folder = tmp_path / "scraped"
    (folder / "sub").mkdir(parents=True)
    write_speech(folder / "a.txt")
    (folder / "x.txt").symlink_to(secret)
    (folder / "sub" / "outside").symlink_to(tmp_path, target_is_directory=True)
    call_command("import_speeches", str(folder))
    out = capsys.readouterr().out
    assert Speech.objects.count() == 1
    assert not Speech.objects.filter(raw_text__contains="do-not-publish-me").exists()
    assert f"{folder / 'x.txt'}: skipped: symbolic link to {secret}" in out
    assert f"{folder / 'sub' / 'outside'}: skipped: symbolic link" in out
    assert "2 skipped, 0 failed" in out


def test_a_symlink_inside_the_folder_is_imported_once(tmp_path):
    folder = tmp_path / "scraped"
    folder.mkdir()
    write_speech(folder / "a.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    call_command("import_speeches", str(folder))
    assert Speech.objects.count() == 1


def test_follow_symlinks_imports_a_link_leaving_the_folder(tmp_path):
    outside = write_speech(tmp_path / "elsewhere.txt")
    folder = tmp_path / "scraped"
    folder.mkdir()
    (folder / "x.txt").symlink_to(outside)
    call_command("import_speeches", str(folder), follow_symlinks=True)
    assert Speech.objects.count() == 1


def write_collection(path, *, third=False):
    blocks = [("论学习", "一九四二年三月五日"), ("谈工作", "一九五〇年五月")]
    if third:
        blocks.append(("再谈工作", "一九五一年六月"))
    text = "".join(
        f"{title}\r\n（{date}）\r\n　　我们要把学习和工作结合起来，做到学以致用。"
        f"{title}是一件大事，大家都要重视起来。\r\n"
        for title, date in blocks
    )
    path.write_bytes(text.encode("gb18030"))
    return path


def test_a_collection_is_stored_as_one_speech_each_and_reimported_unchanged(
    tmp_path, capsys
):
    collection = write_collection(tmp_path / "文选.txt")
    call_command("import_speeches", str(collection))
    speeches = Speech.objects.order_by("source_file")
    assert [(s.title, s.delivered) for s in speeches] == [
        ("论学习", "1942-03-05"),
        ("谈工作", "1950-05"),
    ]
    assert [s.source_file.rsplit("#", 1)[1] for s in speeches] == ["1", "2"]
    capsys.readouterr()
    call_command("import_speeches", str(collection))
    assert "1 unchanged" in capsys.readouterr().out
    assert Speech.objects.count() == 2
    write_collection(collection, third=True)
    call_command("import_speeches", str(collection))
    assert Speech.objects.count() == 3


def test_a_whole_file_stored_before_it_was_split_becomes_its_first_speech(tmp_path):
    collection = write_collection(tmp_path / "文选.txt")
    whole = parse_bytes(collection.read_bytes())
    old = speech_import(parsed=whole, source_file=str(collection.resolve())).speech
    call_command("import_speeches", str(collection))
    assert Speech.objects.count() == 2
    assert Speech.objects.get(pk=old.pk).title == "论学习"


def test_the_parsers_doubts_are_stored_with_their_weight(tmp_path):
    speech_file = tmp_path / "无题.txt"
    speech_file.write_text("同志们：\n今天召开会议，部署工作。\n", encoding="utf-8")
    call_command("import_speeches", str(speech_file))
    speech = Speech.objects.get()
    assert speech.title == "" and "no_title" in speech.doubts
    assert speech.doubt_score >= 3
    assert "无标题" in speech.doubt_labels
