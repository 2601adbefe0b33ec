"""Merging segments block by block: posting blocks copied, only their ids moved.

Whoosh merges a segment by handing every posting of it, one by one, to the
new segment's pool: for the bulk archive's 8 segments (550 MiB) that is tens
of millions of Python calls. A segment of the archive's codec without deleted
documents needs none of them: its documents keep their order and become a
contiguous run of the new segment's numbers, so each posting block is copied
as it is, its document numbers shifted (codec.BLOCK_HEADER: the header's last
id and id kind change, the weights, value lengths and values stay byte for
byte). A term's list in the new segment is its lists in the old ones, block
after block; blocks of fewer than 128 postings in the middle of a list are
read like any other (each block says how many postings it holds).
"""

from __future__ import annotations

import struct
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.system import pack_int, pack_ushort

from .codec import (
    BLOCK_HEADER,
    BLOCK_LENGTH,
    INT_SIZE,
    KINDS,
    MAGIC_SIZE,
    RECORD_LENGTHS,
    unsigned_kind,
)
from .whoosh_private import (
    TERMINFO_STRUCT,
    first_key_position,
    postings_file,
    segment_terms,
    term_dictionary,
)


@dataclass
class TermStats:
    """What W3's term info keeps of a term's whole list (codec.encode_postings)."""

    total_weight: float = 0.0
    min_byte: int = 0
    max_byte: int = 0
    max_weight: float = 0.0
    documents: int = 0
    first_id: int = 0
    last_id: int = 0

    def add_block(self, header: tuple) -> None:
        count, last_id, max_weight, min_byte, max_byte, *_kinds = header
        if min_byte and (not self.min_byte or min_byte < self.min_byte):
            self.min_byte = min_byte
        self.max_byte = max(self.max_byte, max_byte)
        self.max_weight = max(self.max_weight, max_weight)
        self.documents += count
        self.last_id = last_id


def term_blocks(data: bytes | memoryview) -> list[memoryview]:
    """Return the blocks (header onwards) of one term's written posting list."""
    view = memoryview(data)
    blocks, cursor = [], MAGIC_SIZE
    while cursor < len(view):
        (size,) = BLOCK_LENGTH.unpack_from(view, cursor)
        cursor += INT_SIZE
        blocks.append(view[cursor : cursor + abs(size)])
        cursor += abs(size)
        if size < 0:
            break
    return blocks


def shifted_block(block: memoryview, offset: int) -> tuple[bytes, tuple]:
    """Return a posting block with ``offset`` added to its ids, and its new header."""
    header = BLOCK_HEADER.unpack_from(block)
    if not offset:
        return bytes(block), header
    count, last_id, max_weight, min_byte, max_byte, id_kind, w_kind, len_kind = header
    start = BLOCK_HEADER.size
    end = start + count * array(KINDS[id_kind]).itemsize
    ids = array(KINDS[id_kind])
    ids.frombytes(block[start:end])
    last_id += offset
    new_kind = unsigned_kind(last_id)
    moved = array(KINDS[new_kind], [docnum + offset for docnum in ids])
    header = (
        count,
        last_id,
        max_weight,
        min_byte,
        max_byte,
        new_kind,
        w_kind,
        len_kind,
    )
    return b"".join((BLOCK_HEADER.pack(*header), moved.tobytes(), block[end:])), header


def joined_lists(parts: list[tuple[bytes, int, float, int]]) -> tuple[bytes, TermStats]:
    """Return one posting list made of several, and its statistics.

    ``parts``: (a written posting list, the offset its ids move by, its total
    weight, its first id once moved), in document order. One walk over each
    list's blocks (term_blocks, shifted_block and TermStats.add_block in one
    loop: a merge joins hundreds of thousands of lists); blocks that do not
    move are copied as they are.
    """
    stats = TermStats(first_id=parts[0][3])
    pieces = [WHOOSH3_HEADER_MAGIC]
    length_of, header_of = BLOCK_LENGTH.unpack_from, BLOCK_HEADER.unpack_from
    total_weight = 0.0
    min_byte = max_byte = documents = 0
    max_weight = 0.0
    last_id = 0
    for data, offset, part_weight, _first in parts:
        total_weight += part_weight
        view = memoryview(data)
        cursor, end = MAGIC_SIZE, len(view)
        while cursor < end:
            (size,) = length_of(view, cursor)
            cursor += INT_SIZE
            length = size if size >= 0 else -size
            block = view[cursor : cursor + length]
            cursor += length
            if offset:
                block, header = shifted_block(block, offset)
            else:
                header = header_of(block)
            count, last_id, block_weight, block_min, block_max = header[:5]
            if block_min and (not min_byte or block_min < min_byte):
                min_byte = block_min
            if block_max > max_byte:
                max_byte = block_max
            if block_weight > max_weight:
                max_weight = block_weight
            documents += count
            pieces.append(pack_int(len(block)))
            pieces.append(block)
            if size < 0:
                break
    # The last block's length is negative (Whoosh's end of list).
    pieces[-2] = pack_int(-len(pieces[-1]))
    stats.total_weight = total_weight
    stats.min_byte, stats.max_byte, stats.max_weight = min_byte, max_byte, max_weight
    stats.documents, stats.last_id = documents, last_id
    return b"".join(pieces), stats


# After the term info in a dictionary value: the list's offset and length.
LIST_POINTER = struct.Struct("!qi")
# The postings file is read this much at a time while merging.
POSTINGS_WINDOW = 1 << 24


@dataclass
class WholeSegment:
    """A segment merged block by block: its reader and its first new document.

    Its term dictionary is read whole, and its postings file in windows of
    POSTINGS_WINDOW bytes (a segment writes its lists in term order): merging
    reads every term, and a read per term was most of a merge.
    """

    reader: object
    base: int
    documents: int
    _records: bytes | None = None
    _records_end: int = 0
    _fields: dict | None = None
    _window: bytes = b""
    _window_start: int = 0

    def numbered_terms(self, fieldname: str, number: int):
        """Yield (term bytes, ``number``, term info bytes) of one field, in order."""
        terms = segment_terms(self.reader)
        if self._records is None:
            self._records, self._records_end, self._fields = term_dictionary(terms)
        if fieldname not in self._fields:
            return
        prefix = pack_ushort(self._fields[fieldname])
        position = first_key_position(terms, prefix)
        if position is None:
            return
        records, end = self._records, self._records_end
        lengths, skip = RECORD_LENGTHS.unpack_from, RECORD_LENGTHS.size
        while position < end:
            key_length, value_length = lengths(records, position)
            key = position + skip
            if records[key : key + 2] != prefix:
                return
            value = key + key_length
            position = value + value_length
            yield records[key + 2 : value], number, records[value:position]

    def written_list(self, info: bytes) -> tuple[memoryview, tuple]:
        """Return a term's posting list as this segment wrote it, and its term
        info as W3 packs it (flags, total weight, documents, min and max length
        byte, max weight, first and last id)."""
        fields = TERMINFO_STRUCT.unpack_from(info)
        if fields[0]:
            raise ValueError("postings kept inside the term dictionary (not ours)")
        offset, length = LIST_POINTER.unpack_from(info, TERMINFO_STRUCT.size)
        start = offset - self._window_start
        if start < 0 or start + length > len(self._window):
            file = postings_file(segment_terms(self.reader))
            self._window = file.get(offset, max(length, POSTINGS_WINDOW))
            self._window_start, start = offset, 0
        return memoryview(self._window)[start : start + length], fields


def pool_slices(ids: list[int], bases: list[int]) -> list[tuple[int, int]]:
    """Return the non-empty (start, end) runs of a pool list that no base splits.

    ``ids``: a term's documents in the pool, ascending; ``bases``: the first
    documents of the whole segments, ascending. No pool document lies inside a
    whole segment's run, so each run goes between two of them.
    """
    edges = [0, *(bisect_left(ids, base) for base in bases), len(ids)]
    return [(start, end) for start, end in pairwise(edges) if start < end]
