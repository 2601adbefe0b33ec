"""Discovery proposes what the archive says far more often than general Chinese."""

from speeches.discovery import discover, run_keyness

LEFT = ["要抓好", "推动", "围绕", "深化", "落实", "坚持"]
RIGHT = ["工作", "落地见效", "部署安排", "取得实效", "各项任务", "走深走实"]


# Ordinary talk between the phrases, so that each is used about once in four
# hundred characters, as a speech uses a phrase it keeps coming back to
FILLER = (
    "今天大家坐在一起开个会，时间不长，把几件事情说清楚。去年我们做了不少事情，"
    "也有一些地方做得不够好，群众还有意见，我们心里要有数。"
) * 4


def speeches(phrases: list[str]) -> list[str]:
    """Six speeches, each using every phrase twice between varied words."""
    texts = []
    for index in range(6):
        sentences = []
        for phrase in phrases:
            for turn in range(2):
                left = LEFT[(index + turn) % len(LEFT)]
                right = RIGHT[(index + 2 * turn) % len(RIGHT)]
                sentences.append(f"{FILLER}{left}{phrase}{right}。")
        texts.append("".join(sentences))
    return texts


def test_a_coinage_is_proposed_and_generic_phrases_are_not():
    found = {
        c.text: c for c in discover(speeches(["链群共治", "经济发展", "人民群众"]))
    }
    assert "链群共治" in found
    assert "经济发展" not in found and "人民群众" not in found
    assert found["链群共治"].keyness >= 8


def test_keyness_compares_with_the_rarest_word_of_general_chinese():
    # used once per thousand words here: far more than general Chinese uses 链群,
    # about as often as it uses 经济
    assert run_keyness("链群共治", 10, 10_000) > 100
    assert run_keyness("经济发展", 10, 10_000) < 8


def test_figures_and_dates_recurring_are_not_proposed():
    found = {c.text for c in discover(speeches(["百分之三十", "二〇二五年"]))}
    assert not found & {"百分之三十", "二〇二五年"}
