"""Index files read with positioned reads instead of a buffered file.

Whoosh 2.7 without memory-mapping (see backend.py for why) reads every segment
through one buffered file: each small read, such as the few bytes of a term's
entry in the term dictionary, seeks, which throws the buffer away, and then
refills 8 KiB. A search looks up each query bigram in every segment several
times, so this was about a third of a search on a 5,000-bulletin archive.
Here each read is one ``os.pread`` of exactly the bytes asked for: no buffer to
refill, and no shared file position, so threads cannot disturb each other.
"""

from __future__ import annotations

import io
import os

from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile


class PreadFile(io.RawIOBase):
    """A read-only file whose reads are positioned reads at its own offset."""

    def __init__(self, path: str):
        super().__init__()
        self._fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self._size = os.fstat(self._fd).st_size
        self._position = 0
        self.name = path

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            position = offset
        elif whence == os.SEEK_CUR:
            position = self._position + offset
        elif whence == os.SEEK_END:
            position = self._size + offset
        else:
            raise ValueError(f"invalid whence: {whence}")
        if position < 0:
            raise OSError(f"{self.name}: negative seek position {position}")
        self._position = position
        return position

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = max(0, self._size - self._position)
        data = os.pread(self._fd, size, self._position)
        self._position += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int = -1) -> bytes:
        chunks = []
        while size < 0 or sum(map(len, chunks)) < size:
            chunk = os.pread(self._fd, 256, self._position)
            if not chunk:
                break
            end = chunk.find(b"\n")
            if end >= 0:
                chunk = chunk[: end + 1]
            chunks.append(chunk)
            self._position += len(chunk)
            if end >= 0:
                break
        line = b"".join(chunks)
        if size >= 0 and len(line) > size:
            self._position -= len(line) - size
            line = line[:size]
        return line

    def close(self) -> None:
        if not self.closed:
            os.close(self._fd)
        super().close()


class PreadFileStorage(FileStorage):
    """Whoosh's FileStorage, opening files for reading as PreadFile."""

    def __init__(self, path, readonly: bool = False):
        super().__init__(path, supports_mmap=False, readonly=readonly)

    def open_file(self, name, **kwargs):
        return StructFile(PreadFile(self._fpath(name)), name=name, **kwargs)
