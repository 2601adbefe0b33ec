"""Read the title, date, source, speaker, occasion and truncation of a speech."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# "2025-10-31 07:03:52" or "2026年1月27日"
DATE_PATTERN = re.compile(
    r"(?P<y>(?:19|20)\d{2})[-年/.](?P<m>\d{1,2})[-月/.](?P<d>\d{1,2})"
)
URL_PATTERN = re.compile(r"https?://[^\s\u3000<>\"'）)，。]+")


@dataclass(frozen=True)
class Metadata:
    title: str
    date: dt.date | None = None
    source_url: str | None = None
    source_site: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    admin_level: str | None = None
    truncated: bool = False


def extract_metadata(text: str) -> Metadata:
    """Return the metadata printed around a speech."""
    lines = [line for line in text.split("\n") if line.strip()]
    title = lines[0].strip() if lines else ""
    date = None
    match = DATE_PATTERN.search(text[:2000])
    if match:
        try:
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            date = None
    url = URL_PATTERN.search(text)
    return Metadata(title=title, date=date, source_url=url.group(0) if url else None)
