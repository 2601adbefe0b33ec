"""Copies of real speeches (other chrome, other encoding, a few characters changed)
are grouped under one speech; different speeches on one topic are not."""

from __future__ import annotations

import html
import json

import pytest
from django.core.management import call_command
from django.test import Client

from reuse.models import Copy, Relation
from reuse.selectors import speech_copies
from speeches.models import Speech
from tests.conftest import shared_path

pytestmark = [pytest.mark.django_db, pytest.mark.shared]

# Resolutions on the government work report, one per session: the same genre and
# topic, much stock wording (a quarter to three quarters shared), different texts.
RESOLUTIONS = ("第二次会议", "第三次会议", "第五次会议")


def other_chrome_html(text: str, site: str) -> str:
    """Return a speech as another site's page: navigation, source line, footer."""
    lines = text.splitlines()
    title, body = lines[0], lines[1:]
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in body if line.strip())
    return (
        "<!DOCTYPE html><html><head><meta charset='gb18030'>"
        f"<title>{html.escape(title)}_{site}</title></head><body>"
        f"<div class='nav'>首页 | 要闻 | 领导讲话 | 政策文件 | {site}</div>"
        f"<h1>{html.escape(title)}</h1><div class='info'>来源：{site}  发布时间：2025-11-02</div>"
        f"<div class='content'>{paragraphs}</div>"
        "<div class='share'>分享到：微信 微博</div>"
        f"<div class='footer'>版权所有：{site} 备案号：京ICP备00000000号</div>"
        "</body></html>"
    )


def with_changed_characters(text: str, count: int = 4) -> str:
    """Return a text with a few of its Chinese characters replaced (a typo each)."""
    chars = list(text)
    for step in range(1, count + 1):
        position = len(chars) * step // (count + 1)
        while not "\u4e00" <= chars[position] <= "\u9fff":
            position += 1
        chars[position] = "某" if chars[position] != "某" else "甲"
    return "".join(chars)


@pytest.fixture
def archive_with_copies(search_index, tmp_path):
    seeds = sorted(shared_path("seeds").glob("*.txt"))
    resolutions = [
        path
        for path in sorted(shared_path("corpus", "dev", "wikisource_gwr").glob("*.txt"))
        if "第十一届" in path.name and any(part in path.name for part in RESOLUTIONS)
    ]
    folder = tmp_path / "import"
    folder.mkdir()
    originals = {}
    for number, path in enumerate(seeds):
        text = path.read_text(encoding="utf-8")
        (folder / f"original-{number}.txt").write_text(text, encoding="utf-8")
        page = other_chrome_html(with_changed_characters(text), "某市党建网")
        (folder / f"copy-{number}.html").write_bytes(page.encode("gb18030"))
        originals[number] = text
    # One speech also arrives a third time: plain text in UTF-16, other header.
    reposted = "转载自：某县融媒体中心\n" + with_changed_characters(originals[0], 2)
    (folder / "copy-0-again.txt").write_bytes(reposted.encode("utf-16"))
    for number, path in enumerate(resolutions):
        (folder / f"resolution-{number}.txt").write_bytes(path.read_bytes())
    assert len(seeds) >= 2 and len(resolutions) == len(RESOLUTIONS)
    call_command("import_speeches", str(folder))
    return {
        Speech.objects.get(source_file__endswith=f"/{name}").pk: name
        for name in [p.name for p in folder.iterdir()]
    }


def group_of(speech_id: int) -> set[int]:
    return {speech_id, *speech_copies(speech_id)}


def test_copies_of_one_speech_from_other_sites_are_one_group(archive_with_copies):
    ids = {name: pk for pk, name in archive_with_copies.items()}
    seeds = sorted(n for n in ids if n.startswith("original-"))
    for name in seeds:
        number = name.removeprefix("original-").removesuffix(".txt")
        expected = {ids[name], ids[f"copy-{number}.html"]}
        if number == "0":
            expected.add(ids["copy-0-again.txt"])
        assert group_of(ids[name]) == expected, name
    # One canonical speech per group; the others point at it.
    for name in seeds:
        group = group_of(ids[name])
        canonicals = {
            pk for pk in group if not Copy.objects.filter(speech_id=pk).exists()
        }
        assert len(canonicals) == 1
        assert all(
            Copy.objects.get(speech_id=pk).canonical_id in canonicals
            for pk in group - canonicals
        )


def test_speeches_on_one_topic_sharing_stock_wording_are_not_copies(
    archive_with_copies,
):
    resolutions = [
        pk for pk, name in archive_with_copies.items() if "resolution" in name
    ]
    for pk in resolutions:
        assert speech_copies(pk) == []
    # They do share passages: related, not copies.
    assert Relation.objects.filter(
        speech_id__in=resolutions, other_id__in=resolutions, copy=False
    ).exists()


def test_the_api_lists_the_other_copies_and_the_shared_passages(archive_with_copies):
    ids = {name: pk for pk, name in archive_with_copies.items()}
    original = ids["original-1.txt"]
    record = json.loads(Client().get(f"/api/speeches/{original}").content)
    assert record["copies"] == [ids["copy-1.html"]]
    assert record["reused"]
    body = record["body"]
    for passage in record["reused"]:
        assert 0 <= passage["start"] < passage["end"] <= len(body)
        assert ids["copy-1.html"] in passage["speeches"]
    copy_record = json.loads(
        Client().get(f"/api/speeches/{ids['copy-1.html']}").content
    )
    assert copy_record["copies"] == [original]
    unrelated = json.loads(
        Client().get(f"/api/speeches/{ids['resolution-0.txt']}").content
    )
    assert unrelated["copies"] == []
