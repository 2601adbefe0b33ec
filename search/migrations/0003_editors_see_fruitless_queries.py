"""Let the editor group read the searches that found nothing (admin, read-only)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "editor"


def grant_view(apps, schema_editor):
    """Give the editor group view_fruitlessquery (created first: post_migrate has not run)."""
    app_config = apps.get_app_config("search")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="search", codename="view_fruitlessquery"
        )
    )


def revoke_view(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=EDITOR_GROUP):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="search", codename="view_fruitlessquery"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_fruitless_queries"),
        ("speeches", "0003_editor_group"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_view, revoke_view)]
