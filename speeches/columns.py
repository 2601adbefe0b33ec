"""Migration operations that keep the long texts last in their rows on SQLite.

SQLite stores a row's columns in order and reaches a column that follows a long
text by walking that text's overflow pages one by one: every list of speeches
would read every raw text before it. A migration that adds a column to speeches
or sections ends with ``long_texts_last()`` (tests/speeches/test_column_order.py
fails otherwise). PostgreSQL keeps long values out of line and neither gains nor
loses. Each column is added anew at the end, filled, and the old one dropped, so
the migration state keeps the new order too.
"""

from django.db import migrations, models

# (model, field, the field as the model declares it)
LONG_TEXTS = [
    ("speech", "body", models.TextField("正文")),
    (
        "speech",
        "raw_text",
        models.TextField("原始文本", help_text="解码后的原文件，从不改动。"),
    ),
    ("section", "text", models.TextField("本节文字", blank=True)),
]
TABLES = {"speech": "speeches_speech", "section": "speeches_section"}


def long_texts_last(models_moved=("speech", "section"), moves=None) -> list:
    """Return the operations that move the long text columns to the end of rows."""
    moves = moves if moves is not None else LONG_TEXTS
    moved = [
        (model, name, f"{name}_moved", field)
        for model, name, field in moves
        if model in models_moved
    ]
    ops = []
    for model, _name, temporary, field in moved:
        column = field.clone()
        column.default = ""
        ops.append(
            migrations.AddField(model, temporary, column, preserve_default=False)
        )
    for table_model, table in TABLES.items():
        pairs = [(n, t) for m, n, t, _f in moved if m == table_model]
        if not pairs:
            continue
        ops.append(
            migrations.RunSQL(
                f"UPDATE {table} SET " + ", ".join(f"{t} = {n}" for n, t in pairs),
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
