"""Put the long texts at the end of their rows: speech body and raw text, section text.

SQLite stores a row's columns in order and reaches a column that follows a long
text by walking that text's overflow pages one by one. Every search reads the
bodies of a page of speeches, and every body read the whole raw text before it
(twice the pages, each a random read when the file is not in memory); reading a
section's offsets read its text. PostgreSQL keeps long values out of line and
neither gains nor loses. Each column is added anew at the end, filled, and the
old one dropped, so the migration state keeps the new order too (a later
SQLite table rebuild keeps it).
"""

from django.db import migrations, models

MOVES = [
    # (model, field, the field as the model declares it)
    ("speech", "body", models.TextField("正文")),
    (
        "speech",
        "raw_text",
        models.TextField("原始文本", help_text="The decoded file, never altered."),
    ),
    ("section", "text", models.TextField("本节文字", blank=True)),
]
TABLES = {"speech": "speeches_speech", "section": "speeches_section"}


def operations():
    moved = [(model, name, f"{name}_moved", field) for model, name, field in MOVES]
    ops = []
    for model, _name, temporary, field in moved:
        column = field.clone()
        column.default = ""
        ops.append(
            migrations.AddField(model, temporary, column, preserve_default=False)
        )
    for table_model, table in TABLES.items():
        pairs = [(n, t) for m, n, t, _f in moved if m == table_model]
        ops.append(
            migrations.RunSQL(
                f"UPDATE {table} SET "
                + ", ".join(f"{t} = {n}" for n, t in pairs),
                reverse_sql=f"UPDATE {table} SET "
                + ", ".join(f"{n} = {t}" for n, t in pairs),
            )
        )
    for model, name, _temporary, field in moved:
        # A default for the old column first (state only), so that undoing the
        # removal can add it back to a table full of rows.
        with_default = field.clone()
        with_default.default = ""
        ops.append(migrations.AlterField(model, name, with_default))
        ops.append(migrations.RemoveField(model, name))
    for model, name, temporary, _field in moved:
        ops.append(migrations.RenameField(model, temporary, name))
    return ops


class Migration(migrations.Migration):
    dependencies = [("speeches", "0003_editor_group")]

    operations = operations()
