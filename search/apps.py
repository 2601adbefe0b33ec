import sys

from django.apps import AppConfig


class SearchConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "search"
    verbose_name = "检索"

    def ready(self):
        # Imported here as Django requires: models and signals exist only once
        # the app registry is ready.
        from django.conf import settings
        from django.core.signals import request_finished
        from django.db.models.signals import post_delete, post_save

        from speeches.models import Slogan, Speech
        from speeches.signals import speeches_changed

        from . import outbox
        from .dictionary import point_jieba_cache_at_settings
        from .engines.whoosh.core.codec import decoded_postings
        from .warmup import warm_up

        point_jieba_cache_at_settings()
        decoded_postings.budget = max(0, settings.SEARCH_POSTINGS_CACHE_MB) << 20

        speeches_changed.connect(outbox.on_speeches_changed, dispatch_uid="search")
        # speeches_changed is the contract; post_save is a safety net for code
        # that saves a Speech without sending it (the shell, a plain ModelAdmin).
        post_save.connect(outbox.on_speech_saved, sender=Speech, dispatch_uid="search")
        post_delete.connect(
            outbox.on_speech_deleted, sender=Speech, dispatch_uid="search"
        )
        post_save.connect(
            outbox.on_slogan_changed, sender=Slogan, dispatch_uid="search-slogan"
        )
        post_delete.connect(
            outbox.on_slogan_changed, sender=Slogan, dispatch_uid="search-slogan"
        )
        request_finished.connect(
            outbox.merge_after_request, dispatch_uid="search-merge"
        )
        # Under gunicorn (with --preload, in the master) load jieba and the
        # folding table once, so that workers share them and no first request
        # pays half a second. Management commands load them only when they need.
        if "gunicorn" in sys.modules:
            warm_up()
