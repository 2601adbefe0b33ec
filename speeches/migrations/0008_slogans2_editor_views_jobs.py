"""Let editors see the slogan jobs (提法后台任务) their decisions start."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "editor"
PERMISSION = "view_sloganjob"


def grant_view_jobs(apps, schema_editor):
    """Give the editor group the view permission, creating it first if needed."""
    app_config = apps.get_app_config("speeches")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(
        content_type__app_label="speeches", codename=PERMISSION
    )
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(permission)


def revoke_view_jobs(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    permission = Permission.objects.filter(
        content_type__app_label="speeches", codename=PERMISSION
    ).first()
    if group is not None and permission is not None:
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0007_merge_parser_slogans"),
    ]

    operations = [
        migrations.RunPython(grant_view_jobs, revoke_view_jobs),
    ]
