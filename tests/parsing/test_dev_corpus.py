"""Every file of the shared dev corpus parses: no crash, no refusal, a body and a title."""

import pytest

from speeches.parsing import parse_bytes
from tests.conftest import shared_path

pytestmark = pytest.mark.shared

SPEECH_SUFFIXES = {".txt", ".html", ".htm"}


def corpus_files():
    corpus = shared_path("corpus", "dev")
    return sorted(p for p in corpus.rglob("*") if p.suffix in SPEECH_SUFFIXES)


def test_every_dev_corpus_file_parses_to_a_title_and_a_body():
    files = corpus_files()
    assert files, "the dev corpus is empty"
    problems = []
    for path in files:
        try:
            parsed = parse_bytes(path.read_bytes(), filename=path.name)
        except Exception as exc:  # any exception here is the failure being looked for
            problems.append(f"{path.name}: {exc!r}")
            continue
        if not parsed.title.strip() or not parsed.body.strip():
            problems.append(f"{path.name}: empty title or body")
    assert not problems, "\n".join(problems)
