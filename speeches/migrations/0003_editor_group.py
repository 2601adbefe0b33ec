"""Create the `editor` group with exactly the rights the editors' desk needs."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "editor"
# Speeches come from imports, so editors change but never add or delete them;
# sections are deleted from the tree inline; mentions and revisions are derived.
EDITOR_PERMISSIONS = [
    "view_speech",
    "change_speech",
    "view_section",
    "change_section",
    "delete_section",
    "view_slogan",
    "change_slogan",
    "add_slogan",
    "view_mention",
    "view_revision",
]


def create_editor_group(apps, schema_editor):
    """Create the group, and the permissions first: post_migrate has not run yet."""
    app_config = apps.get_app_config("speeches")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    permissions = Permission.objects.filter(
        content_type__app_label="speeches", codename__in=EDITOR_PERMISSIONS
    )
    if permissions.count() != len(EDITOR_PERMISSIONS):
        raise RuntimeError("speeches permissions missing; cannot build the editor group")
    group.permissions.set(permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("speeches", "0002_editorial_history"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_editor_group, migrations.RunPython.noop),
    ]
