"""jieba learns the archive: its cache folder and the words accepted slogans give it.

How the words are applied (without shifting how other texts are cut) is the
index's business: search/engines/whoosh/core/dictionary.py.
"""

from __future__ import annotations

from django.conf import settings

from speeches.models import Slogan

from .engines.whoosh.core.dictionary import jieba_word, point_jieba_cache


def point_jieba_cache_at_settings() -> None:
    """Make jieba keep its cache in settings.JIEBA_CACHE_DIR."""
    point_jieba_cache(settings.JIEBA_CACHE_DIR)


def slogan_words() -> list[str]:
    """Return the sorted jieba words made from accepted slogans and their variants.

    A variant merged into a slogan (say 双报道 into 双报到) still occurs in texts as
    written, so it is cut whole too; rejected slogans are not words.
    """
    texts = Slogan.objects.exclude(status=Slogan.Status.REJECTED).values_list(
        "text", flat=True
    )
    return sorted({word for text in texts if (word := jieba_word(text))})
