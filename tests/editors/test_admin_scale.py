"""The change page of a speech with thousands of sections stays a page of ordinary size."""

import time

import pytest
from django.urls import reverse

from speeches.admin_sections import SECTIONS_PER_PAGE
from speeches.importing import speech_import
from speeches.parsing import parse_bytes
from tests.conftest import shared_path

from .conftest import parsed_from_outline
from .forms import form_data

pytestmark = pytest.mark.django_db

MAX_SECONDS = 2.0
MAX_BYTES = 2_000_000


def thousands_of_sections(parts: int = 710) -> list:
    """Return an outline of 3 × parts sections on two levels, like a long report."""
    outline = []
    for number in range(1, parts + 1):
        outline.append(
            (1, str(number), f"第{number}部分的工作", f"第{number}部分要抓好。")
        )
        for sub in ("（一）", "（二）"):
            outline.append(
                (2, sub, f"第{number}部分{sub}的要求", "要落实到位，见到实效。")
            )
    return outline


def timed_get(client, url):
    started = time.perf_counter()
    response = client.get(url)
    return response, time.perf_counter() - started


def test_attack_a_speech_of_thousands_of_sections_opens_in_an_ordinary_page(
    editor_client,
):
    outline = thousands_of_sections()
    speech = speech_import(parsed=parsed_from_outline(outline, title="长篇报告")).speech
    url = reverse("admin:speeches_speech_change", args=[speech.pk])
    editor_client.get(url)  # warm the templates

    response, seconds = timed_get(editor_client, url)

    assert response.status_code == 200
    page = response.content.decode()
    assert seconds <= MAX_SECONDS and len(response.content) <= MAX_BYTES
    assert page.count("<option") < SECTIONS_PER_PAGE * 8  # a few parents a row
    last_page = (2130 - 1) // SECTIONS_PER_PAGE + 1
    assert "2130" in page and f"?sections={last_page}" in page  # all pages reachable
    # The last page edits the last sections, and saving it works.
    last, _ = timed_get(editor_client, f"{url}?sections={last_page}")
    data = form_data(last.content.decode())
    index = (2130 - 1) % SECTIONS_PER_PAGE
    assert data[f"sections-{index}-heading"] == "第710部分（二）的要求"
    data[f"sections-{index}-heading"] = "第710部分（二）的具体要求"
    data["speaker"] = "县长"
    started = time.perf_counter()
    saved = editor_client.post(
        f"{url}?sections={last_page}", {**data, "_continue": "1"}
    )
    assert saved.status_code == 302
    assert saved["Location"].endswith(f"sections={last_page}")
    assert time.perf_counter() - started < 15
    speech.refresh_from_db()
    assert speech.speaker == "县长"
    assert speech.sections.get(position=2129).heading == "第710部分（二）的具体要求"


def test_the_largest_dev_corpus_speech_opens_within_two_seconds_and_two_megabytes(
    editor_client,
):
    corpus = shared_path("corpus", "dev")
    largest = max(
        (path for path in corpus.rglob("*") if path.suffix in (".txt", ".html")),
        key=lambda path: path.stat().st_size,
    )
    speech = speech_import(
        parsed=parse_bytes(largest.read_bytes(), filename=largest.name),
        source_file=str(largest),
    ).speech
    url = reverse("admin:speeches_speech_change", args=[speech.pk])
    editor_client.get(url)

    response, seconds = timed_get(editor_client, url)

    assert response.status_code == 200
    assert seconds <= MAX_SECONDS, seconds
    assert len(response.content) <= MAX_BYTES, len(response.content)
