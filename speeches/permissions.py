"""Names an administrator reads in Chinese where Django and django-axes store English.

Django writes each permission's name once, in English ("Can change 讲话"), and
django-axes names its rows with English f-strings; no translation catalog reaches
either. The permission names are rewritten after every migrate; axes' rows get a
Chinese ``__str__``.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

# Django's four default permissions: "Can add 讲话" -> "可以增加讲话".
ACTIONS = {"add": "增加", "change": "修改", "delete": "删除", "view": "查看"}


def permission_name(action: str, verbose_name: str) -> str:
    """Return a default permission's name in Chinese."""
    return f"可以{ACTIONS[action]}{verbose_name}"


def permissions_name_in_chinese(sender, using="default", apps=None, **kwargs) -> None:
    """Rename the default permissions of the app just migrated."""
    from django.contrib.auth.models import Permission

    permissions = Permission.objects.using(using).filter(
        content_type__app_label=sender.label
    )
    with translation.override(settings.LANGUAGE_CODE):
        for permission in permissions.select_related("content_type"):
            action, _, model_name = permission.codename.partition("_")
            model = sender.models.get(model_name)
            if action not in ACTIONS or model is None:
                continue
            name = permission_name(action, str(model._meta.verbose_name))
            if permission.name != name:
                permission.name = name
                permission.save(update_fields=["name"])


def axes_rows_named_in_chinese() -> None:
    """Give django-axes' rows Chinese names (lists, breadcrumbs, checkbox labels)."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    def attempt(row) -> str:
        return f"{row.username} 的登录尝试（{row.ip_address}）"

    def failure(row) -> str:
        locked = "，已锁定" if row.locked_out else ""
        return f"{row.username} 登录失败（{row.ip_address}{locked}）"

    def log(row) -> str:
        return f"{row.username} 的登录记录（{row.ip_address}）"

    AccessAttempt.__str__ = attempt
    AccessFailureLog.__str__ = failure
    AccessLog.__str__ = log
