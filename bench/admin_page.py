"""Time the editors' change page of long speeches, and a save of it.

Run from the project root:
    .venv/bin/python bench/admin_page.py [--corpus ../shared/corpus/dev]

Builds a throw-away SQLite archive in a temporary folder, imports the largest file
of the dev corpus (skipped when the corpus is absent) and a synthetic report of
2,130 sections, then, as a logged-in editor, fetches each change page (after one
warm-up) and saves its last page of sections. The baseline, from the same run, is
the change page of a one-section speech: what every page costs whatever its length.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(folder: str) -> None:
    os.environ["ARCHIVE_VAR_DIR"] = folder
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def measure(client, url: str) -> tuple[float, int, int]:
    client.get(url)
    started = time.perf_counter()
    response = client.get(url)
    seconds = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    return seconds, len(response.content), response.content.count(b"<option")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared/corpus/dev"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        setup(folder)
        from django.contrib.auth.models import User
        from django.test import Client
        from django.urls import reverse

        from search.engines.connection import use_index
        from speeches.admin_sections import SECTIONS_PER_PAGE
        from speeches.importing import speech_import
        from speeches.parsing import parse_bytes, parse_text
        from tests.editors.conftest import parsed_from_outline
        from tests.editors.forms import form_data
        from tests.editors.test_admin_scale import thousands_of_sections

        use_index(Path(folder) / "whoosh")
        client = Client()
        client.force_login(User.objects.create_superuser("bench", password="x-y-z-1"))
        speeches = {
            "one section (baseline)": speech_import(
                parsed=parse_text("在会上的讲话\n同志们：\n一、抓落实\n要抓好落实。\n")
            ).speech,
            "synthetic report": speech_import(
                parsed=parsed_from_outline(thousands_of_sections(), title="长篇报告")
            ).speech,
        }
        corpus = Path(args.corpus)
        if corpus.is_dir():
            largest = max(
                (p for p in corpus.rglob("*") if p.suffix in (".txt", ".html")),
                key=lambda p: p.stat().st_size,
            )
            parsed = parse_bytes(largest.read_bytes(), filename=largest.name)
            speeches[f"dev corpus: {largest.name[:40]}"] = speech_import(
                parsed=parsed, source_file=str(largest)
            ).speech
        else:
            print(f"{corpus} is absent: dev-corpus figure skipped")
        print(
            f"{'speech':<52} {'sections':>8} {'body chars':>10} "
            f"{'page s':>7} {'page KB':>8} {'options':>7} {'save s':>7}"
        )
        for name, speech in speeches.items():
            url = reverse("admin:speeches_speech_change", args=[speech.pk])
            seconds, size, options = measure(client, url)
            sections = speech.sections.count()
            last = (sections - 1) // SECTIONS_PER_PAGE + 1
            data = form_data(client.get(f"{url}?sections={last}").content.decode())
            data["speaker"] = "测试"
            started = time.perf_counter()
            saved = client.post(f"{url}?sections={last}", data)
            save_seconds = time.perf_counter() - started
            if saved.status_code != 302:
                import re

                errors = re.findall(
                    r"errorlist[^>]*>(.*?)</ul>", saved.content.decode()
                )
                raise SystemExit(f"{name}: the save was refused: {errors[:3]}")
            print(
                f"{name:<52} {sections:>8} {len(speech.body):>10} "
                f"{seconds:>7.2f} {size / 1000:>8.0f} {options:>7} {save_seconds:>7.2f}"
            )


if __name__ == "__main__":
    main()
