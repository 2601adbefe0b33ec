"""Load what every search needs once, before a server forks its workers."""

from django.conf import settings

from .dictionary import start_jieba
from .passages import folding_variants
from .queries import sync_query_dictionary


def warm_up() -> None:
    """Load jieba with the index's user words, and the folding table.

    Reads files only: no database and no open index, since file handles opened
    before a fork would be shared by the workers.
    """
    start_jieba()
    folding_variants()
    sync_query_dictionary(settings.WHOOSH_INDEX_PATH)
