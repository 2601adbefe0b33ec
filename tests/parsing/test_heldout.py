"""The shared gold scorer on our own held-out speeches holds the parser out of sample.

tests/fixtures/heldout/ (twelve pages), heldout2/ (six pages, written after the parser
was fixed on the first round), heldout3/ (twelve pages by a second auditor, written
without reading the parser or the earlier rounds), heldout4/ (twelve pages by a
third auditor, stressing heading systems and slogans with ordinary chrome) and
heldout5/ (fourteen pages by a fourth auditor, on page layouts around the speech:
the body's bounds, the title, dates, sites and speakers), heldout6/ (fourteen
pages by a fifth auditor, on encodings, speech genres, chrome inside the speech and
slogan traps) and heldout7/ (five pages by a seventh auditor, on metadata in every
printed form on official news sites and portals) hold
self-written scraped pages with gold in the format of ../shared/gold (see their
READMEs). Each round was committed before the parser was measured on it. First
measurements, before any fix:

- round 1: title_acc 0.833, field_acc 0.833, truncated_acc 0.583, body_bounds_acc 0.417,
  noise_leaks 19, section_f1 0.957, slogan_precision 1.000, slogan_recall 0.915
- round 2: title_acc 0.667, field_acc 0.700, truncated_acc 0.833, body_bounds_acc 0.667,
  noise_leaks 6, section_f1 0.914, slogan_precision 0.942, slogan_recall 0.929
- round 3: title_acc 0.500, field_acc 0.767, truncated_acc 0.750, body_bounds_acc 0.250,
  noise_leaks 43, lost_headings 3, section_f1 0.759, slogan_precision 0.961,
  slogan_recall 0.970, forbidden_slogans 2
- round 4: title_acc 0.917, field_acc 0.733, truncated_acc 0.750, body_bounds_acc 0.583,
  noise_leaks 10, section_f1 0.976, slogan_precision 0.939, slogan_recall 0.900
- round 5: title_acc 0.500, field_acc 0.729, truncated_acc 0.500, body_bounds_acc 0.429,
  noise_leaks 46, lost_headings 2, section_f1 0.975, slogan_precision 1.000 (0.959
  before two slips of its gold were corrected), slogan_recall 0.923
- round 6: title_acc 0.571, field_acc 0.800, truncated_acc 0.643, body_bounds_acc
  0.571, noise_leaks 25, lost_headings 14, section_f1 0.866, slogan_precision 0.971
  (0.930 before a slip of its gold was corrected), slogan_recall 0.826,
  forbidden_slogans 3
- round 7: title_acc 0.400, field_acc 0.720, truncated_acc 0.600, body_bounds_acc
  0.200, noise_leaks 15, section_f1 0.904, slogan_precision 0.957 (after a slip of
  its gold was corrected), slogan_recall 0.957, forbidden_slogans 2

With parser 1.6 every round measures 1.000 on every ratio with no leaks, except round
4's slogan precision (0.995: a scare-quoted plain word is kept) and round 7's slogan
recall (0.957: the two-character coinage 叫应 used as a verb is missed); the
thresholds leave a little slack on the ratios a sound change may move, and all stay
above the first measurements.
"""

import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT, shared_path

pytestmark = pytest.mark.shared

ROUNDS = {
    "heldout": 12,
    "heldout2": 6,
    "heldout3": 12,
    "heldout4": 12,
    "heldout5": 14,
    "heldout6": 14,
    "heldout7": 5,
}
THRESHOLDS = {
    "title_acc": "1",
    "field_acc": "0.95",
    "truncated_acc": "0.9",
    "body_bounds_acc": "0.9",
    "noise_leaks": "0",
    "lost_headings": "0",
    "section_f1": "0.95",
    "slogan_recall": "0.9",
    "slogan_precision": "0.9",
    "forbidden_slogans": "0",
}


@pytest.mark.parametrize(("folder", "count"), ROUNDS.items())
def test_every_heldout_page_has_its_gold(folder, count):
    raw = sorted(path.name for path in (FIXTURES / folder / "raw").iterdir())
    gold = sorted(path.stem for path in (FIXTURES / folder / "gold").glob("*.json"))
    assert [name.rsplit(".", 1)[0] for name in raw] == gold
    assert len(raw) == count


@pytest.mark.parametrize("folder", ROUNDS)
def test_gold_scorer_passes_measured_thresholds_on_the_heldout_speeches(folder):
    scorer = shared_path("eval", "score_parse.py")
    command = f"{sys.executable} manage.py parse_speech --json"
    minimums = [
        arg for key, value in THRESHOLDS.items() for arg in ("--min", f"{key}={value}")
    ]
    heldout = FIXTURES / folder
    result = subprocess.run(
        [
            sys.executable,
            str(scorer),
            "--raw",
            str(heldout / "raw"),
            "--gold",
            str(heldout / "gold"),
            "--cmd",
            command,
            *minimums,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAILED" not in result.stdout, result.stdout
