"""Probe this machine's /healthz for a container's HEALTHCHECK: exit 0 when healthy.

Run as `bin/entrypoint healthcheck`. It imports no Django, so it costs milliseconds.
The request carries the first allowed host name: a probe from 127.0.0.1 would
otherwise be refused by Django's ALLOWED_HOSTS check in production.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request


def probe_host(allowed_hosts: str) -> str:
    """Return a Host header that ALLOWED_HOSTS accepts, e.g. '.example.org' -> 'example.org'."""
    for host in allowed_hosts.split(","):
        host = host.strip().lstrip(".")
        if host and host != "*":
            return host
    return "localhost"


def main() -> int:
    port = os.environ.get("PORT") or "8000"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/healthz",
        headers={"Host": probe_host(os.environ.get("DJANGO_ALLOWED_HOSTS", ""))},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            sys.stdout.write(response.read().decode("utf-8") + "\n")
            return 0
    except urllib.error.HTTPError as error:
        sys.stdout.write(error.read().decode("utf-8", "replace") + "\n")
    except OSError as error:
        sys.stdout.write(f"/healthz on port {port} does not answer: {error}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
