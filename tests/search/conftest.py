"""Search fixtures: a fresh Whoosh index per test and speeches we write ourselves."""

from __future__ import annotations

import datetime as dt
import re
import uuid

import pytest
from django.conf import settings
from whoosh import fields as whoosh_fields

from search.engines.connection import current_engine, use_index
from search.engines.whoosh.core.analyzers import (
    BigramPositions,
    CharacterCounts,
    bigram_analyzer,
)
from search.engines.whoosh.core.dictionary import apply_words
from search.outbox import drain_queue
from speeches.importing import speech_import
from speeches.models import Speech
from speeches.parsing import ParsedSection, ParsedSlogan, ParsedSpeech
from tests.support.index import empty_whoosh_index

# "二、突出重点，扎实推进工作" at the start of a line -> a level-1 section.
HEADING_LINE = re.compile(
    r"^(?P<label>[一二三四五六七八九十]+)、(?P<heading>[^。\n]+)", re.M
)


def whoosh_schema() -> whoosh_fields.Schema:
    """Return a bare Whoosh schema with the archive's bigram and character fields."""
    grams = whoosh_fields.TEXT(analyzer=bigram_analyzer(), phrase=True)
    grams.format = BigramPositions()
    chars = whoosh_fields.TEXT(analyzer=bigram_analyzer(), phrase=False)
    chars.format = CharacterCounts()
    return whoosh_fields.Schema(
        key=whoosh_fields.ID(stored=True, unique=True), grams=grams, chars=chars
    )


def sections_of(body: str) -> tuple[ParsedSection, ...]:
    """Return the level-1 sections of a body whose headings read "一、…"."""
    matches = list(HEADING_LINE.finditer(body))
    sections = []
    for ordinal, match in enumerate(matches, 1):
        end = matches[ordinal].start() if ordinal < len(matches) else len(body)
        sections.append(
            ParsedSection(
                level=1,
                label=match["label"],
                ordinal=ordinal,
                heading=match["heading"],
                text=body[match.end() : end].strip(),
                start=match.start(),
                end=end,
            )
        )
    return tuple(sections)


def make_speech(
    title: str,
    body: str,
    *,
    date: dt.date | None = None,
    speaker: str = "",
    level: str = "",
    site: str = "",
    slogans: tuple[str, ...] = (),
) -> Speech:
    """Store a speech through the real importer, with sections from its headings."""
    parsed = ParsedSpeech(
        title=title,
        body=body,
        raw_text=f"{title}\n{body}\n{uuid.uuid4()}",
        encoding="utf-8",
        date=date,
        speaker=speaker or None,
        admin_level=level or None,
        source_site=site or None,
        sections=sections_of(body),
        slogans=tuple(ParsedSlogan(text, "coinage") for text in slogans),
    )
    return speech_import(parsed=parsed, source_file=f"/tests/{uuid.uuid4()}.txt").speech


def whoosh_only(what: str):
    """Skip a test of the Whoosh index's internals when SEARCH_URL selects Solr."""
    return pytest.mark.skipif(
        bool(settings.SEARCH_URL),
        reason=f"tests {what} of the Whoosh index; SEARCH_URL selects Solr",
    )


def empty_solr() -> None:
    """Delete every document of the Solr that SEARCH_URL names, if it names one."""
    engine = current_engine()
    if engine.name == "solr":
        engine.clear()


@pytest.fixture
def search_index(tmp_path):
    """Point search at an empty index (a temporary folder, or an emptied Solr)."""
    previous = settings.WHOOSH_INDEX_PATH
    use_index(tmp_path / "whoosh")
    empty_solr()
    empty_whoosh_index()
    yield tmp_path / "whoosh"
    use_index(previous)
    apply_words(())


@pytest.fixture
def indexed(search_index, db):
    """Return a function that stores speeches and brings the index up to date."""

    def store(*speeches_kwargs: dict) -> list[Speech]:
        speeches = [make_speech(**kwargs) for kwargs in speeches_kwargs]
        drain_queue(blocking=True)
        return speeches

    return store


COUNTY_PARTY_BUILDING = dict(
    title="在全县基层党建工作推进会上的讲话",
    body=(
        "同志们：\n"
        "今天召开全县基层党建工作推进会，主要任务是总结上半年工作，部署下一阶段任务。\n"
        "一、提高站位，深刻认识抓基层打基础的重要意义\n"
        "基层党组织是党执政大厦的地基。各级党组织要把抓基层作为“牛鼻子”，"
        "推动在职党员到社区“双报到”，做到报到、服务、反馈三个环节不脱节。\n"
        "二、突出重点，扎实推进“双报到、双服务”走深走实\n"
        "要健全机制，把在职党员到社区双报到情况纳入年度考核，"
        "对长期不到社区报到的党员进行提醒谈话。\n"
        "三、强化保障，确保各项任务落地见效\n"
        "各乡镇党委书记要切实履行第一责任人职责，亲自研究、亲自部署、亲自督促。\n"
    ),
    date=dt.date(2023, 6, 18),
    speaker="县委书记",
    level="县",
    site="县委组织部网站",
    slogans=("双报到", "牛鼻子", "双报到、双服务"),
)

CITY_RECRUITS = dict(
    title="在全市新录用公务员初任培训班开班式上的讲话",
    body=(
        "同志们：\n"
        "今年全市共新录用公务员二百一十六名，大家要按时到岗报到，尽快熟悉岗位。\n"
        "一、坚定理想信念\n"
        "要做到不被表面现象牵着鼻子走，学会从群众的角度看问题。\n"
        "二、练就过硬本领\n"
        "要加快５Ｇ网络和数据中心建设的学习，做懂行的干部。\n"
    ),
    date=dt.date(2021, 9, 1),
    speaker="市委常委、组织部部长",
    level="市",
    site="市人民政府网站",
)

PROVINCE_WORK_REPORT = dict(
    title="2024年省政府工作报告",
    body=(
        "各位代表：\n"
        "过去一年，全省经济运行稳中向好，5G基站新增一点二万个。\n"
        "一、二〇二三年工作回顾\n"
        "我们认真落实G20峰会成果，推动对外开放。各地要按时报到，服务群众要主动。\n"
        "二、二〇二四年工作安排\n"
        "抓好河长制、林长制，守护绿水青山。\n"
    ),
    date=dt.date(2024, 1, 20),
    speaker="省长",
    level="省",
    site="省人民政府网站",
)

SCRIPT_IN_BODY = dict(
    title="关于网页安全的一次专题讲座",
    body=(
        "网页中如果出现<script>alert('双报到')</script>这样的代码，"
        "必须作为普通文字显示，不能执行。\n"
    ),
    date=dt.date(2022, 3, 5),
    speaker="信息中心主任",
    level="市",
    site="市人民政府网站",
)
