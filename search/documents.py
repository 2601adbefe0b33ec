"""What the index holds for one speech, computed the same way by every writer."""

from __future__ import annotations

import hashlib

from speeches.models import Speech

from .engines.base import TRADITIONAL
from .folding import fold, fold_noting_script, holds_traditional

# Bump when the fields or the folding change: a different version means rebuild.
# 5: traditional characters folded to simplified; title_chars; dates are the
# speech's effective date (delivered, else published).
# 6: ``script`` marks the speeches that hold traditional-only characters.
# 7: the marked speeches' text also folded exactly (exact_grams, exact_chars,
# exact_title_grams, exact_title_chars), for exact-script searches.
INDEX_FORMAT = "speech-index/7"

# The Speech columns the index is built from; loading only these keeps bulk reads lean.
INDEXED_COLUMNS = (
    "id",
    "title",
    "body",
    "date",
    "delivered",
    "effective_date",
    "speaker",
    "admin_level",
    "source_site",
)


def speech_search_text(speech: Speech) -> str:
    """Return the folded text a query must be a substring of: title, then body."""
    return speech_text_and_script(speech)[0]


def speech_text_and_script(speech: Speech) -> tuple[str, str | None]:
    """Return speech_search_text() and the ``script`` field (TRADITIONAL or None)."""
    folded, traditional = fold_noting_script(speech.title + "\n" + speech.body)
    return folded, TRADITIONAL if traditional else None


def exact_texts(speech: Speech, script: str | None) -> tuple[str | None, str | None]:
    """Return a marked speech's title + body and title folded exactly, else Nones.

    Only a speech marked TRADITIONAL reads differently folded exactly; for
    every other speech the folded fields already hold its exact text.
    """
    if script != TRADITIONAL:
        return None, None
    text = fold(speech.title + "\n" + speech.body, exact_script=True)
    return text, fold(speech.title, exact_script=True)


def speech_script(speech: Speech) -> str | None:
    """Return the ``script`` field alone (the drift report compares it)."""
    return TRADITIONAL if holds_traditional(speech.title + "\n" + speech.body) else None


def speech_signature(speech: Speech) -> str:
    """Return a digest of everything the index holds for a speech."""
    parts = (
        INDEX_FORMAT,
        speech.title,
        speech.body,
        speech.effective_date.isoformat() if speech.effective_date else "",
        speech.speaker,
        speech.admin_level,
        speech.source_site,
    )
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]
