from django.apps import AppConfig


class ReuseConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reuse"
    verbose_name = "文本复用"

    def ready(self):
        from django.db.models.signals import pre_delete

        from speeches.models import Speech
        from speeches.signals import index_drained, speeches_indexed

        from . import receivers

        speeches_indexed.connect(receivers.on_speeches_indexed, dispatch_uid="reuse")
        index_drained.connect(receivers.on_index_drained, dispatch_uid="reuse")
        pre_delete.connect(
            receivers.on_speech_deleting, sender=Speech, dispatch_uid="reuse"
        )
