"""Merge the parser's doubts and the slogans' review queue."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('speeches', '0006_parser_doubts'),
        ('speeches', '0006_slogans_review'),
    ]

    operations = [
    ]
