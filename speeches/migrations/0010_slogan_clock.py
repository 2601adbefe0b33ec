from django.db import migrations, models


def clock_row(apps, schema_editor):
    """The clock's one row, so that the first reader has a row to hold."""
    apps.get_model("speeches", "SloganClock").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0009_merge_slogans2"),
    ]

    operations = [
        migrations.CreateModel(
            name="SloganClock",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True,
                        primary_key=True,
                        serialize=False,
                        verbose_name="ID",
                    ),
                ),
                ("n", models.BigIntegerField(default=0, verbose_name="变更号")),
            ],
            options={
                "verbose_name": "提法变更计数",
                "verbose_name_plural": "提法变更计数",
            },
        ),
        migrations.AddField(
            model_name="slogan",
            name="changed",
            field=models.BigIntegerField(
                db_index=True,
                default=0,
                editable=False,
                help_text="最近一次变更时提法变更计数的号码。",
                verbose_name="变更号",
            ),
        ),
        migrations.RunPython(clock_row, migrations.RunPython.noop),
    ]
