"""Find speech files on disk and read them."""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

SPEECH_SUFFIXES = {".txt", ".text", ".html", ".htm"}
MAX_FILE_BYTES = 50 * 1024 * 1024


# Control, format (direction overrides) and line-separator characters.
UNSHOWN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


def one_line(text: str) -> str:
    """Return text with control characters escaped: a file name cannot start a line.

    "x\n99 imported….txt" is shown as "x\\n99 imported….txt".
    """
    return "".join(
        ch.encode("unicode_escape").decode("ascii")
        if unicodedata.category(ch) in UNSHOWN_CATEGORIES
        else ch
        for ch in text
    )


class SkippedFile(str):
    """Why a file found in a folder was deliberately left out (not a failure)."""


def speech_files(
    paths: Iterable[str], *, follow_symlinks: bool = False
) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, problem) for each file named or found under a folder.

    Files named directly are always yielded; files found in folders only when their
    suffix is that of a speech (.txt, .html). ``problem`` is set when a path cannot be
    read at all, and is a SkippedFile for a symbolic link that leaves the folder:
    a scraped archive unpacked with links must not publish ``.env`` files or keys.
    ``follow_symlinks`` imports such links too.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from folder_files(path, follow_symlinks=follow_symlinks)
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield path, "not a regular file"
        else:
            yield path, "no such file or folder"


def folder_files(
    folder: Path, *, follow_symlinks: bool
) -> Iterator[tuple[Path, str | None]]:
    """Yield (path, problem) for the speech files under one folder, in name order."""
    root = folder.resolve()
    found = []
    for top, dirs, files in os.walk(folder, followlinks=follow_symlinks):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        here = Path(top)
        if not follow_symlinks:
            found.extend(here / name for name in dirs if (here / name).is_symlink())
        found.extend(here / name for name in files if not name.startswith("."))
    for child in sorted(found):
        if child.is_symlink() and not follow_symlinks:
            target = child.resolve()
            if not target.is_relative_to(root):
                yield (
                    child,
                    SkippedFile(
                        f"symbolic link to {target}, outside {folder}: not imported "
                        "(--follow-symlinks imports it)"
                    ),
                )
                continue
            if target.is_dir():
                continue  # its files are inside the folder and found there
        if child.suffix.lower() in SPEECH_SUFFIXES and child.is_file():
            yield child, None


def read_speech_file(path: Path) -> bytes:
    """Return a regular file's bytes, refusing files too large to be a speech."""
    with open(path, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise ValueError("not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise ValueError(
                f"file too large ({status.st_size:,} bytes; limit {MAX_FILE_BYTES:,})"
            )
        return handle.read(MAX_FILE_BYTES + 1)
