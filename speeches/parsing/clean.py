"""Remove site chrome from the text of a page and return the lines of the speech."""

from __future__ import annotations

import re

# "3/9" glued to text: a document site's page marker, e.g. "是一3/9种" -> "是一种"
PAGE_MARKER = re.compile(r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])")


def normalise_lines(text: str) -> list[str]:
    """Split a text into stripped, non-empty lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [line.strip() for line in text.split("\n") if line.strip()]


def clean_text(text: str) -> str:
    """Return the text with page markers removed and blank lines dropped."""
    lines = [PAGE_MARKER.sub("", line) for line in normalise_lines(text)]
    return "\n".join(line for line in lines if line)
