"""Plain reads and writes that the reuse app's services share."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db import connection

from speeches.models import Speech

# Speeches read from the database at a time.
SPEECH_BATCH = 200
ROW_BATCH = 5_000
# Ids per IN clause (SQLite accepts 999 parameters in older builds).
ID_BATCH = 500


def speech_bodies(speech_ids: Iterable[int] | None) -> Iterator[tuple[int, str]]:
    """Yield (id, body) of the speeches asked for (all when None), by id."""
    speeches = Speech.objects.order_by("pk")
    if speech_ids is None:
        yield from speeches.values_list("pk", "body").iterator(chunk_size=SPEECH_BATCH)
        return
    ids = sorted(set(speech_ids))
    for start in range(0, len(ids), SPEECH_BATCH):
        yield from speeches.filter(
            pk__in=ids[start : start + SPEECH_BATCH]
        ).values_list("pk", "body")


def batches(ids: Iterable[int], size: int = ID_BATCH) -> Iterator[list[int]]:
    """Yield sorted ids a few hundred at a time, for IN clauses."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), size):
        yield ordered[start : start + size]


def insert_rows(model, fields: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert plain rows with one statement per batch (no model instances).

    Reuse writes rows by the hundred thousand on a rebuild; building a model
    instance for each took longer than the database took to store them.
    """
    quote = connection.ops.quote_name
    columns = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), ROW_BATCH):
            cursor.executemany(sql, rows[start : start + ROW_BATCH])
