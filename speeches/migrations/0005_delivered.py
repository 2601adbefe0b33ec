"""Two dates: the page's own and the day the speech was given (as precise as known)."""

import django.core.validators
import re
from django.db import migrations, models

from speeches.columns import long_texts_last


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0004_long_text_columns_last"),
    ]

    operations = [
        migrations.AddField(
            model_name="speech",
            name="delivered",
            field=models.CharField(
                blank=True,
                help_text="文中所述讲话之日，精确到年、月或日：1954、2018-02、2018-02-12。",
                max_length=10,
                validators=[
                    django.core.validators.RegexValidator(
                        re.compile(
                            "^(?P<year>\\d{4})(?:-(?P<month>\\d{2})(?:-(?P<day>\\d{2}))?)?$"
                        ),
                        "写作 1954、2018-02 或 2018-02-12。",
                    )
                ],
                verbose_name="讲话日期",
            ),
        ),
        migrations.AddField(
            model_name="speech",
            name="effective_date",
            field=models.DateField(
                blank=True,
                db_index=True,
                editable=False,
                help_text="讲话日期（只知年、月时取其首日），否则为发布日期：排序、按年筛选和统计都用它。",
                null=True,
                verbose_name="时间",
            ),
        ),
        migrations.AlterField(
            model_name="speech",
            name="date",
            field=models.DateField(
                blank=True,
                db_index=True,
                help_text="网页自身的日期。",
                null=True,
                verbose_name="发布日期",
            ),
        ),
        migrations.RunSQL(
            "UPDATE speeches_speech SET effective_date = date",
            reverse_sql=migrations.RunSQL.noop,
        ),
        *long_texts_last(("speech",)),
    ]
