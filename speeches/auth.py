"""Limit login attempts to the admin (django-axes)."""

from axes.backends import AxesStandaloneBackend


class LoginLimitBackend(AxesStandaloneBackend):
    """Refuse logins from a client locked out after too many failures.

    Logins through a form always pass the request and are counted. Code that calls
    ``authenticate()`` without one (the test client's ``login``, a shell) has no
    client to count, so this backend steps aside and lets the next one decide.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(
            request, username=username, password=password, **kwargs
        )
