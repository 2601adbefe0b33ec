"""Whoosh's W3 codec with posting blocks stored as machine arrays, not pickles.

Whoosh 2.7 pickles each block of 128 postings with protocol 2, which stores every
posting value (a few bytes of positions) as a ``_codecs.encode`` call on a latin-1
string and every weight as a 9-byte float: about 45 bytes per posting where the
data is 5-10, and a Python call per value to read it back. Here a block is a small
fixed header followed by arrays: document numbers, weights (none when all are 1,
whole numbers when they are whole), value lengths and the values' bytes, each in
the narrowest machine type that holds it. Reading a block is a few ``frombytes``.

Everything else (term dictionary, per-document columns, compound files) is W3's.
Segments record their codec, so an index written with this one is read with it.
"""

from __future__ import annotations

import struct
from array import array
from itertools import accumulate, pairwise

from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.system import _INT_SIZE, pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte

# count, last id, max weight, min and max length byte, then the array kinds of the
# ids, the weights and the value lengths (KINDS index; 0 = not stored).
BLOCK_HEADER = struct.Struct("<HIfBBBBB")
KINDS = ("", "B", "H", "I", "f")
KIND_OF = {typecode: kind for kind, typecode in enumerate(KINDS) if typecode}
ITEM_SIZE = {kind: array(typecode).itemsize for typecode, kind in KIND_OF.items()}
# Postings per block: a block is the unit of skipping and of reading.
BLOCK_POSTINGS = 128
# W3's term info: flags, total weight, documents, min/max length, max weight, ids.
TERMINFO = W3TermInfo._struct


def unsigned_kind(largest: int) -> int:
    """Return the narrowest unsigned array kind that holds ``largest``."""
    if largest < 1 << 8:
        return KIND_OF["B"]
    if largest < 1 << 16:
        return KIND_OF["H"]
    return KIND_OF["I"]


def packed_weights(weights, max_weight) -> tuple[int, bytes]:
    """Return a block's weights as (kind, bytes): none when all are 1."""
    if max_weight == 1 and min(weights) == 1:
        return 0, b""
    kind = unsigned_kind(int(max_weight))
    try:
        return kind, array(KINDS[kind], weights).tobytes()
    except (TypeError, OverflowError):
        pass  # floats, or negative numbers
    if all(weight >= 0 and float(weight).is_integer() for weight in weights):
        return kind, array(KINDS[kind], map(int, weights)).tobytes()
    return KIND_OF["f"], array("f", weights).tobytes()


def encode_block(ids, weights, values, min_byte, max_byte, max_weight) -> bytes:
    """Return one posting block: header, ids, weights, value lengths, values.

    ``min_byte``/``max_byte``: the block's shortest and longest field length as
    Whoosh's length bytes (length_to_byte).
    """
    id_kind = unsigned_kind(ids[-1])
    w_kind, w_bytes = packed_weights(weights, max_weight)
    if values is None:
        len_kind, len_bytes, data = 0, b"", b""
    else:
        lengths = list(map(len, values))
        len_kind = unsigned_kind(max(lengths))
        len_bytes = array(KINDS[len_kind], lengths).tobytes()
        data = b"".join(values)
    header = BLOCK_HEADER.pack(
        len(ids), ids[-1], max_weight, min_byte, max_byte, id_kind, w_kind, len_kind
    )
    return b"".join(
        (header, array(KINDS[id_kind], ids).tobytes(), w_bytes, len_bytes, data)
    )


def encode_postings(ids, weights, values, length_bytes, limit=BLOCK_POSTINGS):
    """Return a term's whole posting list as written, and its statistics.

    The statistics are (total weight, min length byte, max length byte, max
    weight) as W3's term info keeps them; ``length_bytes[docnum]`` is the
    field's length in the document as a length byte.
    """
    if len(ids) == 1:  # most terms of a segment
        length, weight = length_bytes[ids[0]], weights[0]
        block = encode_block(ids, weights, values, length, length, weight)
        data = b"".join((WHOOSH3_HEADER_MAGIC, pack_int(-len(block)), block))
        return data, (weight, length, length, weight)
    parts = [WHOOSH3_HEADER_MAGIC]
    total = len(ids)
    min_byte, max_byte, max_weight = 0, 0, 0
    for start in range(0, total, limit):
        end = start + limit
        block_ids = ids[start:end]
        block_weights = weights[start:end]
        lengths = bytes(map(length_bytes.__getitem__, block_ids))
        # As W3 does: documents with an empty field do not count for the minimum.
        block_min = min(lengths.replace(b"\0", b""), default=0)
        block_max = max(lengths)
        block_max_weight = max(block_weights)
        block = encode_block(
            block_ids,
            block_weights,
            values[start:end] if values is not None else None,
            block_min,
            block_max,
            block_max_weight,
        )
        parts.append(pack_int(-len(block) if end >= total else len(block)))
        parts.append(block)
        if block_min and (not min_byte or block_min < min_byte):
            min_byte = block_min
        max_byte = max(max_byte, block_max)
        max_weight = max(max_weight, block_max_weight)
    return b"".join(parts), (sum(weights), min_byte, max_byte, max_weight)


class PackedPostingsWriter(W3PostingsWriter):
    """Write posting blocks as arrays (Whoosh's own writers call this one)."""

    def __init__(self, postfile, blocklimit=BLOCK_POSTINGS):
        super().__init__(postfile, blocklimit, compression=0)

    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        values = None if self._format.fixed_value_size() == 0 else self._values
        block = encode_block(
            self._ids,
            self._weights,
            values,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
            self._maxweight,
        )
        self._postfile.write_int(-len(block) if last else len(block))
        self._postfile.write(block)
        self._blockcount += 1
        self._new_block()


class PackedLeafMatcher(W3LeafMatcher):
    """Read posting blocks written by PackedPostingsWriter."""

    def _goto(self, position):
        postfile = self._postfile
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        postfile.seek(position)
        length = postfile.read_int()
        if length < 0:
            self._lastblock = True
            length = -length
        self._nextoffset = position + _INT_SIZE + length
        block = postfile.read(length)
        (
            self._blocklength,
            self._maxid,
            self._maxweight,
            min_length,
            max_length,
            self._id_kind,
            self._weight_kind,
            self._length_kind,
        ) = BLOCK_HEADER.unpack_from(block)
        self._block = block
        self._compression = 0
        self._minlength = byte_to_length(min_length)
        self._maxlength = byte_to_length(max_length)

    def _read_data(self):
        """Split the block into its arrays (ids, weights, lengths, values' bytes)."""
        block, count = self._block, self._blocklength
        cursor = BLOCK_HEADER.size
        ids = array(KINDS[self._id_kind])
        end = cursor + count * ids.itemsize
        ids.frombytes(block[cursor:end])
        cursor = end
        if self._weight_kind:
            weights = array(KINDS[self._weight_kind])
            end = cursor + count * weights.itemsize
            weights.frombytes(block[cursor:end])
            cursor = end
        else:
            weights = None
        values = None
        if self._length_kind:
            lengths = array(KINDS[self._length_kind])
            end = cursor + count * lengths.itemsize
            lengths.frombytes(block[cursor:end])
            ends = list(accumulate(lengths, initial=end))
            values = [block[a:b] for a, b in pairwise(ends)]
        self._data = (ids, weights, values)

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        self._ids = self._data[0]

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        weights = self._data[1]
        self._weights = (
            weights if weights is not None else array("f", [1.0]) * self._blocklength
        )

    def _read_values(self):
        if self._data is None:
            self._read_data()
        values = self._data[2]
        self._values = values if values is not None else (None,) * self._blocklength


class ArchiveFieldWriter(W3FieldWriter):
    """W3's field writer, also taking a term's whole posting list at once."""

    def add_term_postings(self, btext: bytes, ids, weights, values, length_bytes):
        """Write one term of the current field, its postings in document order.

        The same bytes as start_term/add/finish_term would write, built in one
        go: a bulk load writes hundreds of thousands of terms.
        """
        postfile = self._postfile
        offset = postfile.tell()
        data, (total_weight, min_byte, max_byte, max_weight) = encode_postings(
            ids, weights, values, length_bytes, self._codec._blocklimit
        )
        postfile.write(data)
        terminfo = TERMINFO.pack(
            0,
            total_weight,
            len(ids),
            min_byte,
            max_byte,
            max_weight,
            ids[0],
            ids[-1],
        )
        self._tindex.add(
            pack_ushort(self._fieldid) + btext,
            terminfo + pack_long(offset) + pack_int(len(data)),
        )


class ArchiveCodec(W3Codec):
    """The W3 codec with array-packed posting blocks (see the module docstring)."""

    def __init__(self, blocklimit=BLOCK_POSTINGS):
        # inlinelimit=1: never inline a posting list into the term dictionary
        # (W3 inlines lists shorter than the limit), so every list is a block.
        super().__init__(blocklimit=blocklimit, compression=0, inlinelimit=1)

    def field_writer(self, storage, segment):
        return ArchiveFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile, byteids=False):
        if byteids:  # term vectors, which the archive does not use
            return super().postings_writer(dbfile, byteids=True)
        return PackedPostingsWriter(dbfile, blocklimit=self._blocklimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        offset, length = terminfo.extent()
        return PackedLeafMatcher(
            dbfile, offset, length, format_, term=term, scorer=scorer
        )
