"""The administrator's pages for people, with yes/no columns an editor can read.

Django's admin writes a boolean column as an icon whose text is "True" or "False"
in English (``admin_list._boolean_icon``); ``yes_no_column`` draws the same icons
with 是/否.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import User
from django.templatetags.static import static
from django.utils.html import format_html

ICONS = {True: ("yes", "是"), False: ("no", "否"), None: ("unknown", "不详")}


def yes_no_icon(value: bool | None) -> str:
    """Return Django's yes/no icon with its text in Chinese."""
    icon, text = ICONS[value]
    return format_html(
        '<img src="{}" alt="{}">', static(f"admin/img/icon-{icon}.svg"), text
    )


def yes_no_column(field: str, description: str):
    """Return a list column showing a boolean field as a yes/no icon."""

    @admin.display(description=description, ordering=field)
    def column(model_admin, obj) -> str:
        return yes_no_icon(getattr(obj, field))

    return column


class PeopleAdmin(UserAdmin):
    """Django's user admin, its staff column in Chinese."""

    list_display = ["username", "email", "first_name", "last_name", "staff"]
    staff = yes_no_column("is_staff", "职员状态")


admin.site.unregister(User)
admin.site.register(User, PeopleAdmin)
