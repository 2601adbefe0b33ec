"""A file holding several speeches, each under its title and date, is split."""

from speeches.parsing import parse_speeches
from speeches.parsing.collection import split_collection

TEXT = "同志们要把学习和工作结合起来，在实践中增长才干，做到学有所成、学以致用。"


def collection(*blocks: tuple[str, str]) -> str:
    parts = ["《某某文选》", "目  录", *(f"· {title}" for title, _ in blocks)]
    for title, date in blocks:
        parts += [title, f"（{date}）", "　　" + TEXT * 3, "　　一", "　　" + TEXT]
    return "\r\n".join(parts) + "\r\n"


def test_title_and_date_blocks_split_a_collection_into_its_speeches():
    text = collection(
        ("论学习", "一九四二年三月五日"),
        ("悼某某", "一九五〇年五月"),
        ("谈工作", "1978年6月2日"),
    )
    parts = split_collection(text)
    assert [part.splitlines()[0] for part in parts] == ["论学习", "悼某某", "谈工作"]
    assert "目  录" not in "".join(parts)  # the contents belong to no speech


def test_each_speech_of_a_collection_has_its_own_title_and_day():
    data = collection(
        ("论学习", "一九四二年三月五日"), ("悼某某", "一九五〇年五月")
    ).encode("gb18030")
    speeches = parse_speeches(data, filename="文选.txt")
    assert [(s.title, s.delivered) for s in speeches] == [
        ("论学习", "1942-03-05"),
        ("悼某某", "1950-05"),
    ]
    assert all(s.body.startswith(TEXT) for s in speeches)
    assert speeches[0].raw_text != speeches[1].raw_text


def test_one_title_and_date_block_is_one_speech():
    text = "论学习\n（一九四二年三月五日）\n" + TEXT * 4
    assert split_collection(text) == [text]
    assert len(parse_speeches(text.encode("utf-8"))) == 1
