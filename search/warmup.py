"""Load what every search needs once, before a server forks its workers."""

from django.conf import settings

from .dictionary import apply_words, start_jieba
from .meta import read_index_meta
from .passages import folding_variants


def warm_up() -> None:
    """Load jieba with the index's user words, and the folding table.

    Reads files only: no database and no open index, since file handles opened
    before a fork would be shared by the workers.
    """
    start_jieba()
    meta = read_index_meta(settings.WHOOSH_INDEX_PATH)
    if meta is not None:
        apply_words(meta.words)
    folding_variants()
