"""The matching form's script conversion (speeches/parsing/script.py) against a
character-by-character oracle: the quick path for lines without a traditional
character and the table's translation must give what converting each character does."""

from hypothesis import given
from hypothesis import strategies as st

from speeches.parsing.script import SIMPLIFIED, matching_form, to_simplified

CHARACTERS = "關於開學會議發展經濟着著乾干後后里裏億亿說说的了，。ab1 \n(xué)"


@given(st.text(alphabet=st.sampled_from(CHARACTERS), max_size=60))
def test_to_simplified_equals_converting_each_character(text):
    expected = "".join(SIMPLIFIED.get(ord(char), char) for char in text)
    assert to_simplified(text) == expected
    assert len(to_simplified(text)) == len(text)


def test_a_line_without_a_traditional_character_comes_back_as_it_is():
    line = "在全县经济工作会议上的讲话"
    assert to_simplified(line) is line


def test_the_matching_form_reads_a_converted_page_in_simplified_characters():
    assert matching_form("開學(xué)典禮上的講話") == "开学典礼上的讲话"
