"""What the parser is unsure of in each speech, and how much: editors fix the worst first."""

from django.db import migrations, models

from speeches.columns import long_texts_last


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0005_delivered"),
    ]

    operations = [
        migrations.AddField(
            model_name="speech",
            name="doubts",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="解析器没有把握之处：无标题、正文起点或终点存疑、序号不连贯、无日期。",
                verbose_name="存疑",
            ),
        ),
        migrations.AddField(
            model_name="speech",
            name="doubt_score",
            field=models.PositiveSmallIntegerField(
                db_index=True,
                default=0,
                editable=False,
                help_text="各项存疑的权重之和：越大越需先校。",
                verbose_name="存疑程度",
            ),
        ),
        *long_texts_last(("speech",)),
    ]
