"""On SQLite the long texts come last in their rows (migration 0004 says why)."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("table", "long_texts"),
    [("speeches_speech", ["body", "raw_text"]), ("speeches_section", ["text"])],
)
def test_long_texts_are_the_last_columns(table, long_texts):
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite walks a long text to reach the columns after it")
    with connection.cursor() as cursor:
        columns = [
            column.name
            for column in connection.introspection.get_table_description(cursor, table)
        ]
    # A column added after them would be read through their overflow pages.
    # (Django's SQLite table rebuilds always put a key to the same table last.)
    after = columns[columns.index(long_texts[0]) :]
    assert [column for column in after if column != "parent_id"] == long_texts
