"""Speeches written for these tests, built outline-first so the parser cannot vary them."""

from __future__ import annotations

import importlib
import re

import pytest
from django.contrib.auth.models import Group, Permission, User

from speeches.importing import speech_import
from speeches.models import Section, Speech, section_anchor
from speeches.parsing import ParsedSection, ParsedSlogan, ParsedSpeech, parse_text
from speeches.tree import heading_end
from tests.support.browser import chromium as support_chromium

PREAMBLE = (
    "在全县乡村振兴工作推进会上的讲话\n"
    "同志们：\n"
    "今天召开全县乡村振兴工作推进会，主要任务是总结前段工作，部署下一阶段任务。\n"
)
# (level, label, heading, own text) in document order.
COUNTY_OUTLINE = [
    (
        1,
        "一",
        "统一思想，提高站位",
        "乡村振兴是一项长期任务，各级干部要把“三农”工作放在心上。",
    ),
    (2, "（一）", "认清形势", "今年以来，全县粮食生产保持稳定，农民收入稳步增长。"),
    (2, "（二）", "把握重点", "要抓住产业、人才、文化三个关键，做到“一村一品”。"),
    (1, "二", "突出重点，狠抓落实", "要坚持“一村一品”，发展特色产业。"),
    (2, "（一）", "发展特色产业", "各乡镇要因地制宜，培育主导产业。"),
    (
        2,
        "（二）",
        "改善人居环境",
        "继续推进厕所革命和垃圾分类。（三）加强基层治理。要健全村民自治制度。",
    ),
    (
        1,
        "三",
        "强化保障，压实责任",
        "各级党委要落实“五级书记抓振兴”的要求。同志们，任务艰巨，大家要再接再厉。",
    ),
]
COUNTY_SLOGANS = ["三农", "一村一品", "五级书记抓振兴"]


def printed_label(label: str) -> str:
    """Return a label as a speech prints it: 一 -> 一、, （一） stays."""
    return label if label.startswith("（") else label + "、"


def parsed_from_outline(
    outline, *, preamble: str = PREAMBLE, slogans=(), title: str | None = None
) -> ParsedSpeech:
    """Return a ParsedSpeech whose body and section tree follow the outline exactly."""
    body = preamble
    flat = []
    for level, label, heading, text in outline:
        start = len(body)
        body += f"{printed_label(label)}{heading}\n{text}\n"
        flat.append([level, label, heading, text, start])
    ends = []
    for index, (level, *_rest) in enumerate(flat):
        end = next(
            (other[4] for other in flat[index + 1 :] if other[0] <= level), len(body)
        )
        ends.append(end)

    def build(index: int, level: int) -> tuple[list[ParsedSection], int]:
        nodes = []
        ordinal = 0
        while index < len(flat) and flat[index][0] == level:
            _, label, heading, text, start = flat[index]
            children, after = build(index + 1, level + 1)
            ordinal += 1
            nodes.append(
                ParsedSection(
                    level=level,
                    label=label,
                    ordinal=ordinal,
                    heading=heading,
                    text=text,
                    start=start,
                    end=ends[index],
                    children=tuple(children),
                )
            )
            index = after
        return nodes, index

    roots, _ = build(0, 1)
    return ParsedSpeech(
        title=title or preamble.split("\n", 1)[0],
        body=body,
        raw_text=body,
        encoding="utf-8",
        sections=tuple(roots),
        slogans=tuple(ParsedSlogan(text, "coinage") for text in slogans),
        parser_version="test",
    )


@pytest.fixture
def county_speech(db) -> Speech:
    """Import the county speech: three parts, four subsections, three slogans."""
    parsed = parsed_from_outline(COUNTY_OUTLINE, slogans=COUNTY_SLOGANS)
    return speech_import(parsed=parsed, source_file="/fixtures/county.txt").speech


def sections_of(speech: Speech) -> list[Section]:
    return list(Section.objects.filter(speech=speech).order_by("position"))


def outline_of(speech: Speech) -> list[tuple[int, str, str]]:
    """Return (level, label, heading) of each section in document order."""
    return [(s.level, s.label, s.heading) for s in sections_of(speech)]


def assert_tree_valid(speech: Speech) -> None:
    """Fail unless every stored value of the tree agrees with parents and body."""
    speech.refresh_from_db()
    body = speech.body
    rows = sections_of(speech)
    by_pk = {row.pk: row for row in rows}
    assert [row.position for row in rows] == list(range(len(rows)))
    paths: dict[int, tuple[int, ...]] = {}
    ordinals: dict[int | None, int] = {}
    for index, row in enumerate(rows):
        parent = by_pk.get(row.parent_id)
        if row.parent_id is not None:
            assert parent is not None, f"{row} has a parent in another speech"
            assert parent.position < row.position, f"{row} comes before its parent"
            # Pre-order: the parent is the nearest earlier row one level up.
            earlier = [r for r in rows[:index] if r.level == row.level - 1]
            assert earlier and earlier[-1] == parent
        assert row.level == (parent.level + 1 if parent else 1)
        ordinals[row.parent_id] = ordinals.get(row.parent_id, 0) + 1
        assert row.ordinal == ordinals[row.parent_id]
        paths[row.pk] = (*(paths[parent.pk] if parent else ()), row.ordinal)
        assert row.anchor == section_anchor(paths[row.pk])
        assert row.heading.strip(), f"{row.anchor} has an empty heading"
        following = rows[index + 1] if index + 1 < len(rows) else None
        assert following is None or row.start_offset <= following.start_offset
        end = next(
            (r.start_offset for r in rows[index + 1 :] if r.level <= row.level),
            len(body),
        )
        assert row.end_offset == end
        chunk_end = following.start_offset if following else len(body)
        chunk = body[row.start_offset : chunk_end]
        if row.label:
            assert chunk.lstrip().startswith(row.label), (row.anchor, chunk[:20])
        own = chunk[heading_end(chunk, row.label, row.heading) :].strip()
        assert row.text == own, (row.anchor, row.text, own)


EDITOR_PASSWORD = "Qiuzhi-2025-editor"


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Hash test passwords cheaply: logins are many, and the hash is not under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def editor_group() -> Group:
    """Return the group the data migration made, making it again after a DB flush.

    Tests with transaction=True empty every table afterwards (migration data too);
    Django re-creates permissions then, but not groups. The permission list comes
    from the migration itself, which test_permissions checks on the migrated DB.
    """
    migration = importlib.import_module("speeches.migrations.0003_editor_group")
    group, created = Group.objects.get_or_create(name=migration.EDITOR_GROUP)
    if created:
        group.permissions.set(
            Permission.objects.filter(
                content_type__app_label="speeches",
                codename__in=migration.EDITOR_PERMISSIONS,
            )
        )
    return group


@pytest.fixture
def editor_user(db) -> User:
    """A staff member of the editor group, not a superuser."""
    user = User.objects.create_user("bianji", password=EDITOR_PASSWORD, is_staff=True)
    user.groups.add(editor_group())
    return user


@pytest.fixture
def editor_client(client, editor_user):
    """The test client, logged in as the editor."""
    client.force_login(editor_user)
    return client


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


FIRST_PARTY_SPEECH = (
    "在全区基层党建工作会议上的讲话\n"
    "同志们：\n"
    "一、压实责任\n"
    "机关党员要落实“双报到双服务”，到社区报到、服务群众。\n"
    "二、创新方法\n"
    "推行“双报到、双服务、双报告”制度，把“三会一课”落到实处。\n"
)
SECOND_PARTY_SPEECH = (
    "在街道党工委扩大会议上的讲话\n"
    "同志们：\n"
    "一、抓好组织生活\n"
    "坚持“三会一课”，党员每月到社区“双报到双服务”一次。\n"
    "社区党组织要为在职党员搭建平台，让服务群众有抓手。\n"
)


@pytest.fixture
def speeches(db):
    """Import two party-building speeches that share and vary their slogans."""
    return [
        speech_import(parsed=parse_text(text), source_file=f"/fixtures/{name}").speech
        for name, text in (
            ("first.txt", FIRST_PARTY_SPEECH),
            ("second.txt", SECOND_PARTY_SPEECH),
        )
    ]


@pytest.fixture(scope="module")
def chromium():
    """Start one headless Chromium for a browser test module; stop it afterwards."""
    with support_chromium() as browser:
        yield browser


@pytest.fixture
def page(chromium):
    """Open a wide page in Chinese, as an editor's desk is seen."""
    context = chromium.new_context(
        locale="zh-CN", viewport={"width": 1440, "height": 1000}
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def log_in(page, live_server, username="bianji", password=EDITOR_PASSWORD):
    """Log in through the admin's own form, as a person would."""
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
