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

import hashlib
import itertools
import struct
import sys
import threading
from array import array
from collections import OrderedDict
from dataclasses import dataclass
from itertools import accumulate, pairwise

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
    W3TermsReader,
)
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.reading import TermNotFound
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length

from .whoosh_private import (
    TERMINFO_STRUCT,
    deleted_documents,
    postings_file,
    segment_codec,
    segment_terms,
)

# count, last id, max weight, min and max length byte, then the array kinds of the
# ids, the weights and the value lengths (KINDS index; 0 = not stored).
BLOCK_HEADER = struct.Struct("<HIfBBBBB")
KINDS = ("", "B", "H", "I", "f")
KIND_OF = {typecode: kind for kind, typecode in enumerate(KINDS) if typecode}
ITEM_SIZE = {kind: array(typecode).itemsize for typecode, kind in KIND_OF.items()}
# A block's length before it (Whoosh's pack_int), negative for the last block.
INT_SIZE = struct.calcsize("!i")
# A term dictionary record's key and value lengths (W3's OrderedHashWriter).
RECORD_LENGTHS = struct.Struct("!ii")
# A slot of a term dictionary's hash table (HashWriter's ``!Iq``).
HASH_SLOT = np.dtype([("hash", ">u4"), ("position", ">i8")])
# Postings per block: a block is the unit of skipping and of reading.
BLOCK_POSTINGS = 128


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


# Machine arrays are native-endian; the one-struct path below packs little-endian.
_LITTLE_ENDIAN = sys.byteorder == "little"
# (id kind, weight kind, value length kind) -> the Struct of a one-posting block
# before its value's bytes: header, id, weight (kind 0: none), value length.
_SINGLE_BLOCKS: dict[tuple[int, int, int], struct.Struct] = {}


def _single_block_struct(kinds: tuple[int, int, int]) -> struct.Struct:
    packer = _SINGLE_BLOCKS.get(kinds)
    if packer is None:
        packer = _SINGLE_BLOCKS[kinds] = struct.Struct(
            BLOCK_HEADER.format + "".join(KINDS[kind] for kind in kinds)
        )
    return packer


def single_posting_block(docnum: int, weight, value, length_byte: int) -> bytes | None:
    """Return encode_block() of one posting with one struct call; None to fall back.

    Most terms of a segment have one posting. The same bytes: the header, then
    the id, the weight (none when 1) and the value's length in their narrowest
    types, then the value. Weights other than whole non-negative ints (boosted
    floats) take encode_block's path.
    """
    if not _LITTLE_ENDIAN:
        return None
    id_kind = unsigned_kind(docnum)
    args = [1, docnum, weight, length_byte, length_byte, id_kind, 0, 0, docnum]
    if weight == 1:
        w_kind = 0
    elif type(weight) is int and weight >= 0:
        w_kind = unsigned_kind(weight)
        args.append(weight)
    else:
        return None
    if value is None:
        len_kind = 0
    else:
        len_kind = unsigned_kind(len(value))
        args.append(len(value))
    args[6] = w_kind
    args[7] = len_kind
    # Kind 0 (not stored) adds nothing after the header.
    kinds = tuple(kind for kind in (id_kind, w_kind, len_kind) if kind)
    block = _single_block_struct(kinds).pack(*args)
    return block + value if value else block


def encode_postings(ids, weights, values, length_bytes, limit=BLOCK_POSTINGS):
    """Return a term's whole posting list as written, and its statistics.

    The statistics are (total weight, min length byte, max length byte, max
    weight) as W3's term info keeps them; ``length_bytes[docnum]`` is the
    field's length in the document as a length byte.
    """
    if len(ids) == 1:  # most terms of a segment
        length, weight = length_bytes[ids[0]], weights[0]
        block = single_posting_block(
            ids[0], weight, values[0] if values is not None else None, length
        )
        if block is None:
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


class OnlyWholeLists(W3PostingsWriter):
    """Refuse Whoosh's one-posting-at-a-time writing.

    Whoosh's own SegmentWriter writes through this; the archive's
    (writer.ArchiveSegmentWriter) hands each term's list to
    ArchiveFieldWriter.add_term_postings whole, and is the only writer.
    """

    def start_postings(self, format_, terminfo):
        raise NotImplementedError(
            "write the archive's index with writer.ArchiveSegmentWriter"
        )


class PackedLeafMatcher(W3LeafMatcher):
    """Read posting blocks written by ArchiveFieldWriter, one posting at a time.

    For Whoosh's own reads of the index (deleting by id, facet and date
    filters); the archive's queries read whole lists (read_postings).
    """

    def _goto(self, position):
        postfile = self._postfile
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        postfile.seek(position)
        length = postfile.read_int()
        if length < 0:
            self._lastblock = True
            length = -length
        self._nextoffset = position + INT_SIZE + length
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


class TermDictionaryWriter(OrderedHashWriter):
    """W3's term dictionary writer, writing the same bytes with less Python per term.

    OrderedHashWriter asks the file for its position twice per term and writes
    each record in three pieces; this one keeps the position itself (nothing
    else writes to the dictionary file) and writes a record at once. Its MD5
    hash of a key (hashtype 0, W3's) takes the digest's last four bytes, which
    is what ``int(md5(key).hexdigest(), 16) & 0xffffffff`` computes.
    """

    def __init__(self, dbfile):
        super().__init__(dbfile)
        self._position = dbfile.tell()
        self._fast_md5 = self.hashtype == 0

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        position = self._position
        self.index.append(position)
        record = RECORD_LENGTHS.pack(len(key), len(value)) + key + value
        self.dbfile.write(record)
        self._position = position + len(record)
        if self._fast_md5:
            hashed = int.from_bytes(hashlib.md5(key).digest()[12:], "big")
        else:
            hashed = self.hashfn(key)
        self.buckets[hashed & 255].append((hashed, position))
        self.lastkey = key

    def _write_hashes(self) -> None:
        """Write the 256 hash tables as HashWriter does, each in one piece.

        The same open addressing (a slot is free while its position is 0: no
        record starts at 0, the file's header is there) and the same bytes
        (``!Iq`` per slot), without a file write and a struct call per slot.
        """
        dbfile = self.dbfile
        for entries in self.buckets:
            numslots = 2 * len(entries)
            self.directory.append((dbfile.tell(), numslots))
            if not numslots:
                continue
            hashes = [0] * numslots
            positions = [0] * numslots
            for hashval, position in entries:
                slot = (hashval >> 8) % numslots
                while positions[slot]:
                    slot = (slot + 1) % numslots
                hashes[slot] = hashval
                positions[slot] = position
            table = np.empty(numslots, dtype=HASH_SLOT)
            table["hash"] = hashes
            table["position"] = positions
            dbfile.write(table.tobytes())


class ArchiveFieldWriter(W3FieldWriter):
    """W3's field writer, also taking a term's whole posting list at once."""

    def __init__(self, codec, storage, segment):
        # As W3FieldWriter.__init__, with the faster dictionary writer.
        self._codec = codec
        self._storage = storage
        self._segment = segment
        self._fieldname = None
        self._fieldid = None
        self._btext = None
        self._fieldobj = None
        self._format = None
        self._tindex = TermDictionaryWriter(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap = self._tindex.extras["fieldmap"] = {}
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = False
        self.is_closed = False

    def add_term_postings(self, btext: bytes, ids, weights, values, length_bytes):
        """Write one term of the current field, its postings in document order.

        The same bytes as start_term/add/finish_term would write, built in one
        go: a bulk load writes hundreds of thousands of terms.
        """
        data, (total_weight, min_byte, max_byte, max_weight) = encode_postings(
            ids, weights, values, length_bytes, self._codec._blocklimit
        )
        self._write_term(
            btext,
            data,
            (
                0,
                total_weight,
                len(ids),
                min_byte,
                max_byte,
                max_weight,
                ids[0],
                ids[-1],
            ),
        )

    def add_term_list(self, btext: bytes, data: bytes, stats) -> None:
        """Write one term whose posting list is written already (merging.joined_lists)."""
        self._write_term(
            btext,
            data,
            (
                0,
                stats.total_weight,
                stats.documents,
                stats.min_byte,
                stats.max_byte,
                stats.max_weight,
                stats.first_id,
                stats.last_id,
            ),
        )

    def add_term_written(self, btext: bytes, data, terminfo_fields: tuple) -> None:
        """Write one term as another segment wrote it: its list and W3's term info
        fields, its document numbers unchanged (merging.WholeSegment)."""
        self._write_term(btext, data, terminfo_fields)

    def _write_term(self, btext: bytes, data: bytes, terminfo_fields: tuple) -> None:
        postfile = self._postfile
        offset = postfile.tell()
        postfile.write(data)
        terminfo = TERMINFO_STRUCT.pack(*terminfo_fields)
        self._tindex.add(
            pack_ushort(self._fieldid) + btext,
            terminfo + pack_long(offset) + pack_int(len(data)),
        )


_reader_tokens = itertools.count()
# Term infos each segment's term reader remembers (a few hundred bytes each).
TERM_CACHE_SIZE = 4096


class ArchiveTermsReader(W3TermsReader):
    """W3's term dictionary, remembering the terms it was last asked about.

    A search asks each segment for each query word several times (how many
    documents, then the postings; the ranking clauses again), and common
    bigrams come back query after query. Each lookup is a few reads of the
    on-disk hash table. Terms a segment does not have are remembered too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._infos: dict[tuple[str, bytes], W3TermInfo | None] = {}
        # Names this reader in DecodedCache (an id() could be reused).
        self.token = next(_reader_tokens)

    def _cached_info(self, fieldname, tbytes) -> W3TermInfo | None:
        key = (fieldname, tbytes)
        try:
            return self._infos[key]
        except KeyError:
            pass
        try:
            info = super().term_info(fieldname, tbytes)
        except TermNotFound:
            info = None
        if len(self._infos) >= TERM_CACHE_SIZE:
            self._infos.clear()
        self._infos[key] = info
        return info

    def __contains__(self, term):
        return self._cached_info(*term) is not None

    def term_info(self, fieldname, tbytes):
        info = self._cached_info(fieldname, tbytes)
        if info is None:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}")
        return info

    def frequency(self, fieldname, tbytes):
        info = self._cached_info(fieldname, tbytes)
        if info is None:
            raise KeyError(tbytes)  # as W3's hash table does
        return info.weight()

    def doc_frequency(self, fieldname, tbytes):
        info = self._cached_info(fieldname, tbytes)
        if info is None:
            raise KeyError(tbytes)
        return info.doc_frequency()


class ArchiveCodec(W3Codec):
    """The W3 codec with array-packed posting blocks (see the module docstring)."""

    def __init__(self, blocklimit=BLOCK_POSTINGS):
        # inlinelimit=1: never inline a posting list into the term dictionary
        # (W3 inlines lists shorter than the limit), so every list is a block.
        super().__init__(blocklimit=blocklimit, compression=0, inlinelimit=1)

    def field_writer(self, storage, segment):
        return ArchiveFieldWriter(self, storage, segment)

    def terms_reader(self, storage, segment):
        # As W3Codec.terms_reader, with the remembering reader.
        name = segment.make_filename(self.TERMS_EXT)
        return ArchiveTermsReader(
            self,
            storage.open_file(name),
            storage.file_length(name),
            segment.open_file(storage, self.POSTS_EXT),
        )

    def postings_writer(self, dbfile, byteids=False):
        return OnlyWholeLists(dbfile, self._blocklimit)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        offset, length = terminfo.extent()
        return PackedLeafMatcher(
            dbfile, offset, length, format_, term=term, scorer=scorer
        )


# Reading a whole posting list at once, as numpy arrays

BLOCK_LENGTH = struct.Struct("!i")  # pack_int: a block's length, negative if last
MAGIC_SIZE = len(WHOOSH3_HEADER_MAGIC)
NUMPY_KIND = {kind: np.dtype(typecode) for typecode, kind in KIND_OF.items()}


@dataclass(frozen=True)
class Postings:
    """One term's postings in a segment: documents, weights and maybe positions.

    ``counts[i]`` positions of document ``ids[i]`` follow each other in
    ``positions``; both are None unless positions were asked for.
    """

    ids: np.ndarray
    weights: np.ndarray
    counts: np.ndarray | None = None
    positions: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.ids)


NO_POSTINGS = Postings(np.zeros(0, np.int64), np.zeros(0))


def joined_postings(parts: list[tuple[Postings, int]]) -> Postings:
    """Return several segments' postings of a term as one list.

    ``parts``: (postings, the segment's first document number in the index),
    in document order.
    """
    parts = [(postings, offset) for postings, offset in parts if len(postings)]
    if not parts:
        return NO_POSTINGS
    if len(parts) == 1 and parts[0][1] == 0:
        return parts[0][0]
    ids = np.concatenate([postings.ids + offset for postings, offset in parts])
    weights = np.concatenate([postings.weights for postings, _offset in parts])
    if any(postings.counts is None for postings, _offset in parts):
        return Postings(ids, weights)
    return Postings(
        ids,
        weights,
        np.concatenate([postings.counts for postings, _offset in parts]),
        np.concatenate([postings.positions for postings, _offset in parts]),
    )


def archive_terms(reader):
    """Return a segment reader's term reader if this codec wrote it, else None."""
    if isinstance(segment_codec(reader), ArchiveCodec):
        return segment_terms(reader)
    return None


def term_info(reader, fieldname: str, btext: bytes):
    """Return a term's info in one segment written by this codec, or None.

    A reader of no segment (an index built and still empty) holds no term.
    """
    terms = archive_terms(reader)
    if terms is None:
        return None
    try:
        return terms.term_info(fieldname, btext)
    except TermNotFound:
        return None


# Posting lists of this many documents or more, once decoded, are kept (below).
CACHED_MIN_DOCUMENTS = 64
# How many bytes of decoded posting lists a process keeps.
CACHE_BYTES = 64 << 20


class DecodedCache:
    """The most recently used decoded posting lists, within a budget of bytes.

    Common words (中国, 新闻, 发展) come back in query after query, and decoding
    their thousands of positions is most of what a query costs. Keyed by the
    segment's term reader and the term's place in its postings file: a
    segment's postings never change (deletions are applied after the cache).
    """

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0
        self.entries: OrderedDict[tuple, Postings] = OrderedDict()
        # gunicorn's workers are single-threaded; `runserver` and threaded
        # workers are not.
        self._lock = threading.Lock()

    def get(self, key) -> Postings | None:
        with self._lock:
            postings = self.entries.get(key)
            if postings is not None:
                self.entries.move_to_end(key)
            return postings

    def put(self, key, postings: Postings) -> None:
        size = postings_bytes(postings)
        if size > self.budget // 8:
            return
        for part in postings_arrays(postings):
            part.flags.writeable = False  # shared by every later reader
        with self._lock:
            old = self.entries.pop(key, None)
            if old is not None:
                self.used -= postings_bytes(old)
            self.entries[key] = postings
            self.used += size
            while self.used > self.budget:
                _key, evicted = self.entries.popitem(last=False)
                self.used -= postings_bytes(evicted)

    def clear(self) -> None:
        with self._lock:
            self.entries.clear()
            self.used = 0


def postings_arrays(postings: Postings) -> list[np.ndarray]:
    return [
        part
        for part in (
            postings.ids,
            postings.weights,
            postings.counts,
            postings.positions,
        )
        if part is not None
    ]


def postings_bytes(postings: Postings) -> int:
    return sum(part.nbytes for part in postings_arrays(postings))


decoded_postings = DecodedCache(CACHE_BYTES)


def read_postings(reader, info, *, positions: bool = False) -> Postings:
    """Return a term's postings in one segment, read whole (``info``: its term info).

    ``positions``: also decode the values as PackedPositions. A common word's
    list is kept once decoded (DecodedCache). Deleted documents are left out.
    """
    terms = archive_terms(reader)
    offset, length = info.extent()
    if isinstance(length, tuple):  # W3TermInfo.from_bytes keeps unpack_int's tuple
        (length,) = length
    if info.doc_frequency() >= CACHED_MIN_DOCUMENTS:
        key = (terms.token, offset)
        postings = decoded_postings.get(key)
        if postings is None or (positions and postings.counts is None):
            postings = decode_postings(terms, offset, length, positions=positions)
            decoded_postings.put(key, postings)
        elif not positions and postings.counts is not None:
            # Cached by a phrase query: the caller asked for documents only, and
            # joined_postings needs every segment's part in the same shape.
            postings = Postings(postings.ids, postings.weights)
    else:
        postings = decode_postings(terms, offset, length, positions=positions)
    # As SegmentReader.postings() finds them.
    deleted = deleted_documents(reader)
    if deleted is not None and len(deleted) and len(postings):
        postings = postings_where(postings, ~np.isin(postings.ids, deleted))
    return postings


def decode_postings(terms, offset: int, length: int, *, positions: bool) -> Postings:
    """Decode the posting blocks of one term (see read_postings)."""
    buffer = postings_file(terms).get(offset, length)
    blocks = []  # (start of header, postings, id kind, weight kind, length kind)
    cursor = MAGIC_SIZE
    while cursor < length:
        (size,) = BLOCK_LENGTH.unpack_from(buffer, cursor)
        cursor += INT_SIZE
        count, _last_id, _maxw, _min, _max, id_kind, w_kind, len_kind = (
            BLOCK_HEADER.unpack_from(buffer, cursor)
        )
        blocks.append((cursor, count, id_kind, w_kind, len_kind))
        cursor += abs(size)
        if size < 0:
            break
    if not blocks:
        return NO_POSTINGS
    ids, weights, lengths, data = [], [], [], []
    for start, count, id_kind, w_kind, len_kind in blocks:
        cursor = start + BLOCK_HEADER.size
        ids.append(np.frombuffer(buffer, NUMPY_KIND[id_kind], count, cursor))
        cursor += count * ITEM_SIZE[id_kind]
        if w_kind:
            weights.append(np.frombuffer(buffer, NUMPY_KIND[w_kind], count, cursor))
            cursor += count * ITEM_SIZE[w_kind]
        else:
            weights.append(np.ones(count, np.uint8))
        if positions and len_kind:
            sizes = np.frombuffer(buffer, NUMPY_KIND[len_kind], count, cursor)
            cursor += count * ITEM_SIZE[len_kind]
            lengths.append(sizes)
            data.append(buffer[cursor : cursor + int(sizes.sum(dtype=np.int64))])
    postings = Postings(
        ids=np.concatenate(ids).astype(np.int64),
        weights=np.concatenate(weights).astype(np.float64),
    )
    if positions:
        counts, flat = unpack_position_values(
            np.concatenate(lengths).astype(np.int64), b"".join(data)
        )
        postings = Postings(postings.ids, postings.weights, counts, flat)
    return postings


def postings_where(postings: Postings, keep: np.ndarray) -> Postings:
    """Return the postings where ``keep`` (a boolean per posting) is true."""
    if postings.counts is None:
        return Postings(postings.ids[keep], postings.weights[keep])
    return Postings(
        postings.ids[keep],
        postings.weights[keep],
        postings.counts[keep],
        postings.positions[np.repeat(keep, postings.counts)],
    )


def unpack_position_values(
    lengths: np.ndarray, data: bytes
) -> tuple[np.ndarray, np.ndarray]:
    """Decode PackedPositions values laid end to end: (count each, all positions).

    Each value is a type code (H or I) and its positions as a machine array;
    the usual case, every value of one type, is decoded in one go.
    """
    raw = np.frombuffer(data, np.uint8)
    starts = np.cumsum(lengths) - lengths
    codes = raw[starts]
    for code, dtype in ((ord("H"), np.uint16), (ord("I"), np.uint32)):
        if (codes == code).all():
            keep = np.ones(len(raw), bool)
            keep[starts] = False
            width = np.dtype(dtype).itemsize
            flat = raw[keep].view(dtype).astype(np.int64)
            return (lengths - 1) // width, flat
    values = []
    for start, size in zip(starts.tolist(), lengths.tolist(), strict=True):
        dtype = np.dtype(chr(data[start]))
        values.append(
            np.frombuffer(data, dtype, (size - 1) // dtype.itemsize, start + 1)
        )
    counts = np.fromiter((len(value) for value in values), np.int64, len(values))
    return counts, np.concatenate(values).astype(np.int64)
