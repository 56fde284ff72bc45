"""规上 / 限上 are the short names of 规模以上 / 限额以上: one metric key for both spellings."""
from lintgov.claims.metric import words_key


def test_short_names_share_the_key():
    assert words_key("规上工业企业") == words_key("规模以上工业企业")
    assert words_key("限上批发零售企业") == words_key("限额以上批发零售企业")


def test_other_words_keep_their_key():
    assert words_key("规模以上工业企业") != words_key("限额以上工业企业")
    assert words_key("规划编制") == words_key("规划编制")
