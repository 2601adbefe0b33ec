"""Every file of the shared dev corpus parses: no crash, no refusal, a body, and a
title or the doubt that it has none."""

import pytest

from speeches.parsing import parse_bytes
from speeches.parsing.doubts import NO_TITLE
from tests.conftest import shared_path

pytestmark = pytest.mark.shared

SPEECH_SUFFIXES = {".txt", ".html", ".htm"}


def corpus_files():
    corpus = shared_path("corpus", "dev")
    return sorted(p for p in corpus.rglob("*") if p.suffix in SPEECH_SUFFIXES)


def test_every_dev_corpus_file_parses_to_a_body_and_a_title_or_its_doubt():
    files = corpus_files()
    assert files, "the dev corpus is empty"
    problems = []
    for path in files:
        try:
            parsed = parse_bytes(path.read_bytes(), filename=path.name)
        except Exception as exc:  # any exception here is the failure being looked for
            problems.append(f"{path.name}: {exc!r}")
            continue
        if not parsed.body.strip():
            problems.append(f"{path.name}: empty body")
        if not parsed.title.strip() and NO_TITLE not in parsed.doubts:
            problems.append(f"{path.name}: empty title not flagged")
    assert not problems, "\n".join(problems)
