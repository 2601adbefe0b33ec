"""Limit login attempts to the admin (django-axes)."""

import ipaddress

from axes.backends import AxesStandaloneBackend
from django.conf import settings


def _address(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(request) -> str | None:
    """Return the address of the client behind the trusted proxies (TRUSTED_PROXIES).

    A request from a trusted proxy is read from X-Forwarded-For right to left: each
    proxy appends the address it received from, so the first address that is not a
    trusted proxy is the client's, and whatever the client forged sits left of it.
    Any other request is its own client: its header is ignored.
    """
    trusted = set(settings.TRUSTED_PROXIES)
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    if remote is None or remote not in trusted:
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for hop in reversed(forwarded.split(",")):
        address = _address(hop)
        if address is None:
            break
        if address not in trusted:
            return address
    return remote


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
