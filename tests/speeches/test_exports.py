"""Downloads: a speech as Markdown and JSON, the slogan table as CSV."""

import csv
import io
import json

import pytest

from speeches.exports import markdown_escape, spreadsheet_safe
from speeches.models import Slogan

from .reading_fixtures import Part, county_party_building, reading_room, speech_add

pytestmark = pytest.mark.django_db


def test_markdown_download_has_metadata_and_the_section_tree(client):
    speech = county_party_building()
    response = client.get(f"/speeches/{speech.pk}/export.md")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/markdown; charset=utf-8"
    assert f'filename="speech-{speech.pk}.md"' in response["Content-Disposition"]
    text = response.content.decode("utf-8")
    assert text.startswith("# 在清河县城市基层党建工作推进会上的讲话\n")
    assert "- 日期：2024-03-12\n" in text
    assert "- 讲话人：县委书记\n" in text
    assert f"- 本档案网址：http://testserver/speeches/{speech.pk}/\n" in text
    assert "\n## 一 认清形势，把“双报到”做实做细\n" in text
    assert "\n### （一） 建立报到台账\n" in text
    assert "\n## 二 抓住关键，严格落实“三会一课”\n" in text
    assert "\n支部书记要带头讲党课" in text  # the second paragraph stays a paragraph


def test_markdown_of_a_truncated_speech_says_so(client):
    speech = reading_room()["city"]
    text = client.get(f"/speeches/{speech.pk}/export.md").content.decode()
    assert "> 注意：原网页只提供了部分内容" in text


def test_markdown_escapes_text_that_would_become_markup():
    assert markdown_escape("# 号文件") == "\\# 号文件"
    assert markdown_escape("1. 坚持问题导向") == "1\\. 坚持问题导向"
    assert markdown_escape("- 一是") == "\\- 一是"
    assert markdown_escape("要抓*重点*和[注]<b>") == "要抓\\*重点\\*和\\[注\\]\\<b\\>"
    assert markdown_escape("平常的一句话。") == "平常的一句话。"


def test_json_download_has_contract_fields_anchors_and_accepted_slogans(client):
    speech = county_party_building()
    Slogan.objects.filter(text="三会一课").update(status=Slogan.Status.REJECTED)
    response = client.get(f"/speeches/{speech.pk}/export.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    document = json.loads(response.content.decode("utf-8"))
    assert document["title"] == speech.title
    assert document["date"] == "2024-03-12"
    assert document["admin_level"] == "县"
    assert document["body"] == speech.body
    part_one = document["sections"][0]
    assert part_one["anchor"] == "s1"
    assert part_one["url"] == f"http://testserver/speeches/{speech.pk}/#s1"
    assert [child["anchor"] for child in part_one["children"]] == ["s1-1", "s1-2"]
    assert [(item["text"], item["mentions"]) for item in document["slogans"]] == [
        ("双报到", 3)
    ]


def test_slogan_csv_opens_in_excel_as_utf8(client):
    reading_room()
    Slogan.objects.filter(text="一村一品").update(status=Slogan.Status.REJECTED)
    response = client.get("/slogans/export.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="slogans.csv"' in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "提法",
        "类型",
        "讲话数",
        "出现次数",
        "首次使用",
        "最近使用",
        "网址",
    ]
    double = Slogan.objects.get(text="双报到")
    assert rows[1] == [
        "双报到",
        "引号提法",
        "2",
        "4",
        "2023-09-20",
        "2024-03-12",
        f"http://testserver/slogans/{double.pk}/",
    ]
    assert [row[0] for row in rows[1:]] == ["双报到", "三会一课"]


def test_csv_cells_never_run_as_formulas(client):
    speech_add(
        title="公式",
        preamble="他说“=1+1”。",
        parts=[Part("一", "无", "")],
        slogans=["=1+1"],
    )
    rows = list(
        csv.reader(io.StringIO(client.get("/slogans/export.csv").content.decode()))
    )
    assert rows[1][0] == "'=1+1"
    assert spreadsheet_safe("双报到") == "双报到"


@pytest.mark.parametrize(
    "path", ["/speeches/424242/export.md", "/speeches/424242/export.json"]
)
def test_downloads_of_unknown_speeches_are_404(client, path):
    assert client.get(path).status_code == 404


def test_exports_run_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    speech = county_party_building()
    with django_assert_max_num_queries(3):
        client.get(f"/speeches/{speech.pk}/export.md")
    with django_assert_max_num_queries(4):
        client.get(f"/speeches/{speech.pk}/export.json")
    with django_assert_max_num_queries(2):
        client.get("/slogans/export.csv")
