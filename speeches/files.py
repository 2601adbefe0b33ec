"""Find speech files on disk and read them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

SPEECH_SUFFIXES = {".txt", ".text", ".html", ".htm"}
MAX_FILE_BYTES = 50 * 1024 * 1024


def speech_files(paths: Iterable[str]) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, problem) for each file named or found under a folder.

    Files named directly are always yielded; files found in folders only when their
    suffix is that of a speech (.txt, .html). ``problem`` is set when a path cannot be
    read at all.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(
                    part.startswith(".") for part in child.relative_to(path).parts
                )
                if (
                    child.is_file()
                    and not hidden
                    and child.suffix.lower() in SPEECH_SUFFIXES
                ):
                    yield child, None
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"


def read_speech_file(path: Path) -> bytes:
    """Return a file's bytes, refusing files too large to be a speech."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValueError(f"file too large ({size:,} bytes; limit {MAX_FILE_BYTES:,})")
    return path.read_bytes()
