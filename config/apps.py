"""Third-party apps as the archive installs them."""

from axes.apps import AppConfig as AxesConfig


class LoginLimitConfig(AxesConfig):
    """django-axes, under a name the administrator reads in Chinese."""

    verbose_name = "登录限制"

    def ready(self):
        super().ready()
        from speeches.permissions import axes_rows_named_in_chinese

        axes_rows_named_in_chinese()
