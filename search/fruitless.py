"""Searches that found nothing, counted for editors (FruitlessQuery, in the admin)."""

from __future__ import annotations

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from .models import FruitlessQuery
from .querylang import MAX_QUERY_CHARS

log = logging.getLogger(__name__)


def record_fruitless_query(text: str) -> None:
    """Count one search for ``text`` that found nothing; never fail the search.

    One UPDATE when the text was seen before, an INSERT the first time: a
    search that finds nothing costs a single small write.
    """
    text = " ".join(text.split())[:MAX_QUERY_CHARS]
    if not text:
        return
    now = timezone.now()
    try:
        with transaction.atomic():
            updated = FruitlessQuery.objects.filter(text=text).update(
                count=F("count") + 1, last_seen=now
            )
            if not updated:
                FruitlessQuery.objects.create(text=text, last_seen=now)
    except IntegrityError:
        # Another worker inserted it between our UPDATE and INSERT.
        FruitlessQuery.objects.filter(text=text).update(
            count=F("count") + 1, last_seen=now
        )
    except DatabaseError:
        log.warning("could not record a fruitless search", exc_info=True)
