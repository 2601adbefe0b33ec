from django.apps import AppConfig


class WatchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "watch"
    verbose_name = "关注"
