from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SpeechesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "speeches"
    verbose_name = "讲话档案"

    def ready(self):
        from .permissions import permissions_name_in_chinese

        # Any app's permissions, after auth has created them (auth comes first).
        post_migrate.connect(
            permissions_name_in_chinese, dispatch_uid="permissions_name_in_chinese"
        )
