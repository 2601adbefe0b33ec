"""What an index was built with, kept in a file inside the index folder.

``format`` names the fields and folding (documents.INDEX_FORMAT); ``dictionary``
is the hash of jieba's user words the index was cut with, and ``words`` the words
themselves, so that a web worker can cut queries the same way without asking the
database; ``complete`` is False while a rebuild is filling the index. Only the
index writer writes it; readers cache it by mtime.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from search.engines.base import IndexMeta

META_FILE = "archive-index.json"


def meta_path(index_path: Path | str) -> Path:
    """Return the meta file of an index folder."""
    return Path(index_path) / META_FILE


def read_index_meta(index_path: Path | str) -> IndexMeta | None:
    """Return the meta of an index, or None when it has none or it is unreadable."""
    try:
        data = json.loads(meta_path(index_path).read_text(encoding="utf-8"))
        return IndexMeta(
            format=str(data["format"]),
            dictionary=str(data["dictionary"]),
            words=tuple(data.get("words", ())),
            complete=bool(data.get("complete", True)),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_index_meta(index_path: Path | str, meta: IndexMeta) -> None:
    """Replace the meta of an index atomically."""
    path = meta_path(index_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(
        json.dumps(
            {
                "format": meta.format,
                "dictionary": meta.dictionary,
                "complete": meta.complete,
                "words": meta.words,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    os.replace(temporary, path)


def meta_stamp(index_path: Path | str) -> tuple[int, int] | None:
    """Return (mtime_ns, size) of the meta file, a cheap test for change."""
    try:
        status = os.stat(meta_path(index_path))
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size
