"""Index files read with positioned reads behave as Whoosh's buffered files do."""

from whoosh.filedb.filestore import FileStorage

from search.engines.whoosh.core.storage import PreadFileStorage

CONTENT = b"first line\nsecond line\n" + bytes(range(256)) + b"tail"


def both(tmp_path):
    (tmp_path / "data").write_bytes(CONTENT)
    return (
        FileStorage(str(tmp_path)).open_file("data"),
        PreadFileStorage(str(tmp_path)).open_file("data"),
    )


def test_reads_seeks_and_lines_match_a_buffered_file(tmp_path):
    plain, positioned = both(tmp_path)
    for f in (plain, positioned):
        f.seek(0)
    steps = [
        lambda f: f.readline(),
        lambda f: f.read(3),
        lambda f: f.tell(),
        lambda f: f.readline(),
        lambda f: (f.seek(30), f.read_int(), f.tell()),
        lambda f: (f.seek(-4, 2), f.read()),
        lambda f: f.read(10),  # at the end: nothing
        lambda f: f.get(23, 5),
        lambda f: (f.seek(0), f.read_byte(), f.read_ushort()),
    ]
    for step in steps:
        assert step(positioned) == step(plain)
    plain.close()
    positioned.close()


def test_two_open_files_keep_their_own_positions(tmp_path):
    storage = PreadFileStorage(str(tmp_path))
    (tmp_path / "data").write_bytes(CONTENT)
    a, b = storage.open_file("data"), storage.open_file("data")
    a.seek(11)
    b.seek(0)
    assert b.readline() == b"first line\n"
    assert a.readline() == b"second line\n"
    a.close()
    b.close()
