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

from django.db import migrations

from speeches.columns import long_texts_last


class Migration(migrations.Migration):
    dependencies = [("speeches", "0003_editor_group")]

    operations = long_texts_last()
