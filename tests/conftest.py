"""Shared test helpers: where the shared corpus is, and our own fixture speeches."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared, skipping the test when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(
            f"{path} is absent: the shared corpus is only on the team's machines"
        )
    return path


@pytest.fixture
def fixture_bytes():
    """Return the bytes of one of our own fixture speeches by file name."""

    def read(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return read


@pytest.fixture(scope="session", autouse=True)
def search_index_outside_var(tmp_path_factory):
    """Keep every test's search index and jieba cache out of the project's var/."""
    from django.conf import settings

    from search.engines.connection import use_index

    folder = tmp_path_factory.mktemp("search")
    settings.JIEBA_CACHE_DIR = folder / "jieba"
    use_index(folder / "whoosh")
    return folder / "whoosh"


@pytest.fixture(autouse=True)
def learned_slogans_forgotten():
    """Each test's database is new: what an earlier test's importer read is not."""
    from speeches.learned import learned_forget

    learned_forget()


@pytest.fixture(scope="session", autouse=True)
def slogan_jobs_inline():
    """Run archive-wide slogan jobs at the commit, not in a thread the test outlives."""
    from django.conf import settings

    settings.SLOGAN_JOBS_IN_THREAD = False
