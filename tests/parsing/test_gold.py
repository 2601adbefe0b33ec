"""The shared gold scorer, run as the lead runs it, holds the parser to its thresholds."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT, shared_path

pytestmark = pytest.mark.shared

THRESHOLDS = {
    "title_acc": "1",
    "body_bounds_acc": "1",
    "noise_leaks": "0",
    "lost_headings": "0",
    "section_f1": "0.9",
    "slogan_recall": "0.9",
    "slogan_precision": "0.8",
    "forbidden_slogans": "0",
}


def test_gold_scorer_passes_every_threshold_on_the_seeds():
    scorer = shared_path("eval", "score_parse.py")
    shared_path("gold")
    command = f"{sys.executable} manage.py parse_speech --json"
    minimums = [
        arg for key, value in THRESHOLDS.items() for arg in ("--min", f"{key}={value}")
    ]
    result = subprocess.run(
        [sys.executable, str(scorer), "--quiet", "--cmd", command, *minimums],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stdout, summary
