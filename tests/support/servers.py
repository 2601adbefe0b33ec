"""Real servers for tests and benchmarks: a free port, gunicorn started and stopped.

The deployment tests and `bench/load.py` start the archive exactly as production
does (`bin/entrypoint serve`) on a throw-away database and index; this module is
the one place that knows how to start it, wait for it and stop it again.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Variables of the caller's own archive that must not leak into a throw-away one.
ARCHIVE_VARIABLE_PREFIXES = ("DJANGO_", "WHOOSH_", "SEARCH_", "GUNICORN_")


class ServerError(RuntimeError):
    """gunicorn exited or did not answer in time; the message holds its log."""


def free_port(host: str = "127.0.0.1") -> int:
    """Return a port on ``host`` that nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def archive_env(folder: Path, *, database_url: str, workers: int = 1) -> dict:
    """Return an environment that runs the archive with every file under ``folder``.

    The port is free when this returns; gunicorn binds it when started.
    """
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(ARCHIVE_VARIABLE_PREFIXES)
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        DATABASE_URL=database_url,
        ARCHIVE_VAR_DIR=str(folder / "var"),
        WHOOSH_INDEX_PATH=str(folder / "var" / "whoosh"),
        DJANGO_STATIC_ROOT=str(folder / "static"),
        ARCHIVE_PYTHON=sys.executable,
        HOST="127.0.0.1",
        PORT=str(free_port()),
        WEB_CONCURRENCY=str(workers),
    )
    return env


class Gunicorn:
    """gunicorn started by `bin/entrypoint serve` in a process group of its own."""

    def __init__(self, env: dict, log: Path):
        self.env = env
        self.log = log
        self.host = env["HOST"]
        self.port = int(env["PORT"])
        self.url = f"http://{self.host}:{self.port}"
        with log.open("wb") as output:
            self.process = subprocess.Popen(
                ["bin/entrypoint", "serve"],
                cwd=ROOT,
                env=env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    @property
    def pid(self) -> int:
        """Return the master's process id (the entrypoint execs gunicorn)."""
        return self.process.pid

    def listening(self) -> bool:
        """Tell whether something accepts connections on the server's port."""
        try:
            with socket.create_connection((self.host, self.port), 1):
                return True
        except OSError:
            return False

    def wait_until(
        self, ready: Callable[[], bool], *, timeout: float = 60, what: str = "listen"
    ) -> None:
        """Return once ``ready()`` is true; stop and raise ServerError if it never is."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(
                    f"gunicorn exited {self.process.returncode}:\n{self.output()}"
                )
            if ready():
                return
            time.sleep(0.2)
        self.stop()
        raise ServerError(
            f"gunicorn did not {what} within {timeout} s:\n{self.output()}"
        )

    def output(self) -> str:
        """Return what gunicorn and the app logged so far."""
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        """Stop gunicorn and its workers (its own process group), gracefully first."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
