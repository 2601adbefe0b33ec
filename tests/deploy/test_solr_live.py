"""Against a real Solr (SOLR_URL): health, and the search tests with SEARCH_URL set.

No Solr can be installed on the project's machines, so these skip there. Point
SOLR_URL at a core or collection made from deploy/solr/archive (it is emptied
by the tests) to run them:

    SOLR_URL=http://127.0.0.1:8983/solr/archive make test-sqlite PYTEST_ARGS=tests/deploy

The second test runs tests/search with SEARCH_URL pointing at that Solr: the
search contract (recall, query language, hostile input, facets, pages, API,
drift, the two-worker edit test) is the same for both engines; the tests of
Whoosh's own machinery skip there, each saying why.
"""

import os
import subprocess
import sys

import pytest

from .conftest import ROOT, manage, run
from .corpus import write_speeches

SOLR_URL = os.environ.get("SOLR_URL", "")

needs_solr = pytest.mark.skipif(
    not SOLR_URL,
    reason=(
        "SOLR_URL is not set: no Solr server can be installed here; set "
        "SOLR_URL=http://HOST:8983/solr/archive (a core made from "
        "deploy/solr/archive) to run these against Solr"
    ),
)


def search_url(solr_url: str) -> str:
    """Return SEARCH_URL for a Solr HTTP address: http:// -> solr://."""
    scheme, rest = solr_url.split("://", 1)
    return {"http": "solr", "https": "solrs"}[scheme] + "://" + rest


def test_search_url_is_derived_from_the_solr_address():
    assert search_url("http://solr1:8983/solr/archive") == (
        "solr://solr1:8983/solr/archive"
    )
    assert search_url("https://solr1/solr/archive") == "solrs://solr1/solr/archive"


@needs_solr
@pytest.mark.server
def test_healthz_counts_the_documents_solr_holds(tmp_path, app_env, serve):
    env = {**app_env, "SEARCH_URL": search_url(SOLR_URL)}
    manage("migrate", "--noinput", env=env)
    write_speeches(tmp_path / "incoming", 3)
    manage("import_speeches", "--no-progress", str(tmp_path / "incoming"), env=env)
    # sync: whatever an earlier run left in the core is repaired to these three.
    run(["bin/entrypoint", "index"], env)

    health = serve(env).get("/healthz")

    assert health.status == 200, health.body
    assert health.json()["checks"]["search"]["documents"] == 3


@needs_solr
@pytest.mark.server
def test_search_tests_pass_against_solr(app_env):
    env = {**app_env, "SEARCH_URL": search_url(SOLR_URL)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/search",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout
