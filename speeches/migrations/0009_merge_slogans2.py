"""Merge the reader's help texts and the editors' view of slogan jobs."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0008_merge_reader"),
        ("speeches", "0008_slogans2_editor_views_jobs"),
    ]

    operations = []
