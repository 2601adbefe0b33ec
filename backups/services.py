"""Export the archive to one file and restore it: every row, raw texts included.

An archive file is gzip'd JSON Lines: a header (format, time, migrations), one line
per row in Django's JSON Lines serialization, and an end line with the row count of
each model and the SHA-256 of every line before it, so that a truncated or edited
file is refused rather than half-restored. Rows keep their ids, users' included.
The search index is not in the file: it is rebuilt from the restored rows.
"""

from __future__ import annotations

import datetime
import gzip
import hashlib
import io
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import Model
from django.utils import timezone

FORMAT_NAME = "speech-archive"
FORMAT_VERSION = 2
# Format 1 had no checksum: such a file is restored only when asked (unverified).
UNVERIFIED_FORMAT = 1
# The search app's command that rebuilds the index from the database.
SEARCH_REBUILD_COMMAND = ("search_index", "rebuild")


class ExactJSONEncoder(DjangoJSONEncoder):
    """Keep microseconds: Django's encoder cuts times to milliseconds, as JavaScript does.

    2026-11-23T14:08:56.454011+00:00, not 2026-11-23T14:08:56.454Z.
    """

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class ArchiveError(Exception):
    """An archive file that cannot be restored here, and why."""


@dataclass
class ArchiveSummary:
    path: Path
    rows: Counter = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def archived_models() -> list[type[Model]]:
    """Return the models an archive holds, parents before the rows that point to them."""
    excluded = {label.lower() for label in settings.ARCHIVE_BACKUP_EXCLUDE}
    chosen: dict = {}
    for app_config in apps.get_app_configs():
        if app_config.label in excluded:
            continue
        models = [
            model
            for model in app_config.get_models()
            if model._meta.managed
            and not model._meta.proxy
            and model._meta.label_lower not in excluded
        ]
        if models:
            chosen[app_config] = models
    return serializers.sort_dependencies(chosen.items(), allow_cycles=True)


def applied_migrations(app_labels: Iterable[str], using: str) -> dict[str, list[str]]:
    """Return the names of the migrations applied to each app, sorted."""
    recorder = MigrationRecorder(connections[using])
    applied: dict[str, list[str]] = {label: [] for label in sorted(set(app_labels))}
    for app_label, name in recorder.applied_migrations():
        if app_label in applied:
            applied[app_label].append(name)
    return {label: sorted(names) for label, names in applied.items()}


def archive_export(*, path: Path, using: str = DEFAULT_DB_ALIAS) -> ArchiveSummary:
    """Write every archived row to a gzip'd JSON Lines file, as of one moment."""
    models = archived_models()
    summary = ArchiveSummary(path=path)
    partial = path.with_name(path.name + ".partial")
    # One transaction: on PostgreSQL a consistent snapshot of all tables; on SQLite
    # (IMMEDIATE) writers wait until the export is done. Inside a transaction
    # already begun, its own view of the tables holds.
    connection = connections[using]
    snapshot = connection.vendor == "postgresql" and not connection.in_atomic_block
    with transaction.atomic(using=using), _open_for_writing(partial) as stream:
        if snapshot:
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        header = {
            "archive": FORMAT_NAME,
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "migrations": applied_migrations(
                (model._meta.app_label for model in models), using
            ),
        }
        checksum = hashlib.sha256()
        counter = _CountingStream(stream, checksum)
        counter.write(json.dumps(header, ensure_ascii=False) + "\n")
        for model in models:
            rows = model._default_manager.using(using).order_by("pk")
            counter.lines = 0
            # Natural keys point at rows migrate makes (permissions, content
            # types); every row keeps its own id, so a restore renumbers nothing.
            serializers.serialize(
                "jsonl",
                rows.iterator(chunk_size=500),
                stream=counter,
                use_natural_foreign_keys=True,
                use_natural_primary_keys=False,
                cls=ExactJSONEncoder,
            )
            summary.rows[model._meta.label_lower] = counter.lines
        end = {
            "archive_end": True,
            "rows": dict(summary.rows),
            "sha256": checksum.hexdigest(),
        }
        stream.write(json.dumps(end, ensure_ascii=False) + "\n")
    os.replace(partial, path)
    return summary


def archive_restore(
    *,
    path: Path,
    replace: bool = False,
    unverified: bool = False,
    using: str = DEFAULT_DB_ALIAS,
) -> ArchiveSummary:
    """Load an archive file into this database in one transaction; rebuild the index.

    The database must be migrated to the same migrations the archive was made with.
    Rows that data migrations made (groups, the slogan clock) are replaced by the
    archive's, with their ids;
    any other row already there (a user included) is refused unless ``replace`` is
    given, which deletes every archived row first, inside the same transaction: a
    failed restore, or a file whose checksum does not match, leaves the database as
    it was. ``unverified`` restores a file of format 1, which had no checksum.
    """
    models = archived_models()
    summary = ArchiveSummary(path=path)
    checksum = hashlib.sha256()
    with _open_for_reading(path) as stream:
        header = _read_header(stream, path, checksum, unverified=unverified)
        _check_migrations(header, using)
        with transaction.atomic(using=using):
            occupied = [
                model
                for model in models
                if model not in _migration_made(models)
                and model._default_manager.using(using).exists()
            ]
            if occupied and not replace:
                names = ", ".join(model._meta.label_lower for model in occupied)
                raise ArchiveError(
                    f"the database already holds rows ({names}); "
                    "restore into an empty database or pass --replace"
                )
            _delete_rows(models if replace else _migration_made(models), using)
            end: dict = {}
            for item in serializers.deserialize(
                "jsonl",
                _object_lines(stream, end, checksum),
                using=using,
            ):
                item.save(using=using)
                summary.rows[item.object._meta.label_lower] += 1
            _check_complete(end, summary, path)
            if header["format"] != UNVERIFIED_FORMAT:
                _check_checksum(end, checksum, path)
            _reset_sequences(models, using)
    call_command(*SEARCH_REBUILD_COMMAND, verbosity=0, stdout=io.StringIO())
    return summary


def _open_for_writing(path: Path):
    return gzip.open(path, "wt", encoding="utf-8", newline="\n")


def _open_for_reading(path: Path):
    if not path.is_file():
        raise ArchiveError(f"{path}: no such file")
    # Only "\n" ends a line: raw texts may hold U+2028 and other line separators.
    return gzip.open(path, "rt", encoding="utf-8", newline="\n")


# Models whose rows data migrations make: replaced by the archive's rows.
MIGRATION_MADE = {"auth.group", "speeches.sloganclock"}


def _migration_made(models: list[type[Model]]) -> list[type[Model]]:
    """Return the archived models whose rows data migrations make: groups, and the
    slogan clock's one row."""
    return [model for model in models if model._meta.label_lower in MIGRATION_MADE]


class _CountingStream:
    """A text stream that counts, and hashes, the lines written through it."""

    def __init__(self, stream, checksum):
        self.stream = stream
        self.checksum = checksum
        self.lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        self.checksum.update(text.encode("utf-8"))
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def _read_header(stream, path: Path, checksum, *, unverified: bool) -> dict:
    try:
        line = next(stream)
        checksum.update(line.encode("utf-8"))
        header = json.loads(line)
    except (StopIteration, ValueError, OSError, EOFError) as exc:
        raise ArchiveError(f"{path}: not an archive file ({exc or 'empty'})") from exc
    if not isinstance(header, dict) or header.get("archive") != FORMAT_NAME:
        raise ArchiveError(f"{path}: not an archive file (no {FORMAT_NAME} header)")
    if header.get("format") == UNVERIFIED_FORMAT and not unverified:
        raise ArchiveError(
            f"{path}: archive format {UNVERIFIED_FORMAT} carries no checksum, so an "
            "edited file cannot be told from a good one; restore it with --unverified "
            "only if you trust where it has been"
        )
    if header.get("format") not in (FORMAT_VERSION, UNVERIFIED_FORMAT):
        raise ArchiveError(
            f"{path}: archive format {header.get('format')!r}; "
            f"this version reads format {FORMAT_VERSION}"
        )
    return header


def _check_migrations(header: dict, using: str) -> None:
    """Refuse an archive made under other migrations than this database's."""
    archived = header.get("migrations", {})
    current = applied_migrations(archived.keys(), using)
    differences = [
        f"{app}: archive has {_last(archived[app])}, database has {_last(current[app])}"
        for app in sorted(archived)
        if sorted(archived[app]) != current[app]
    ]
    if differences:
        raise ArchiveError(
            "the archive was made under other migrations than this database's ("
            + "; ".join(differences)
            + "). Restore with the release that made it (after `migrate`), "
            "then upgrade."
        )


def _last(names: list[str]) -> str:
    return names[-1] if names else "none"


def _object_lines(stream, end: dict, checksum) -> Iterator[str]:
    """Yield the object lines of an archive, hashing them; fill ``end`` from its end."""
    for line in stream:
        if line.startswith('{"archive_end"'):
            end.update(json.loads(line))
            return
        checksum.update(line.encode("utf-8"))
        yield line


def _check_checksum(end: dict, checksum, path: Path) -> None:
    if end.get("sha256") != checksum.hexdigest():
        raise ArchiveError(
            f"{path}: the checksum of its rows does not match its end line "
            f"({'missing' if not end.get('sha256') else 'edited or damaged'}); "
            "nothing was restored"
        )


def _check_complete(end: dict, summary: ArchiveSummary, path: Path) -> None:
    if not end:
        raise ArchiveError(
            f"{path}: the file ends after {summary.total} rows without its end line "
            "(truncated?); nothing was restored"
        )
    expected = Counter(end.get("rows", {}))
    expected = Counter({label: count for label, count in expected.items() if count})
    if expected != summary.rows:
        raise ArchiveError(
            f"{path}: rows read {dict(summary.rows)} differ from the end line's "
            f"{dict(expected)}; nothing was restored"
        )


def _delete_rows(models: list[type[Model]], using: str) -> None:
    """Delete every row of the archived models without signals or cascades.

    Foreign keys are checked at commit (Django creates them deferrable), when every
    table is refilled; signals would make the history and search apps write rows.
    """
    connection = connections[using]
    tables = []
    for model in reversed(models):
        tables.extend(
            related.remote_field.through._meta.db_table
            for related in model._meta.local_many_to_many
            if related.remote_field.through._meta.auto_created
        )
        tables.append(model._meta.db_table)
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")


def _reset_sequences(models: list[type[Model]], using: str) -> None:
    """Move id sequences past the restored ids, as loaddata does."""
    connection = connections[using]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
