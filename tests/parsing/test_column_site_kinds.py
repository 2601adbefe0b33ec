"""A breadcrumb or a line over the title that names a column by its kind (news, a
period, an "about" page, the article view) is no site's name. Texts written here."""

from __future__ import annotations

import pytest

from speeches.parsing import parse_text

SPEECH = [
    "同志们：",
    "今天我们召开这次座谈会，回顾历史，展望未来。",
    "我们要继承优良传统，把各项工作做得更好。",
]


@pytest.mark.parametrize(
    "crumb",
    [
        "最新新闻 > 最新动态 > 某某同志在座谈会上的讲话",
        "建设时期 > 综述 > 某某同志在座谈会上的讲话",
        "關於本會 > 會員名錄",
        "文章内容",
        "资源预览内容",
    ],
)
def test_a_column_named_by_its_kind_is_no_site(crumb):
    speech = parse_text("\n".join([crumb, "某某同志在座谈会上的讲话", *SPEECH]))
    assert speech.source_site is None
    assert speech.title == "某某同志在座谈会上的讲话"


@pytest.mark.parametrize(
    "crumb, site",
    [
        ("某某市人民政府 > 政务公开 > 领导讲话", "某某市人民政府"),
        ("范文吧 > 讲话稿 > 领导讲话", "范文吧"),
    ],
)
def test_a_site_named_first_in_its_breadcrumb_is_kept(crumb, site):
    speech = parse_text("\n".join([crumb, "某某同志在座谈会上的讲话", *SPEECH]))
    assert speech.source_site == site
