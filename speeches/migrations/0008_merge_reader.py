"""Merge the desk's Chinese help texts."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('speeches', '0006_reader_chinese_help_texts'),
        ('speeches', '0007_merge_parser_slogans'),
    ]

    operations = [
    ]
