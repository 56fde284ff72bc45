"""A share's prior value stated after its change, named by another word of a share (dev13, issue 10):
…占全部游客的比重为38.4%，比上年提高4.1个百分点；上年乡村旅游接待游客占比为34.3% — 占比, 比重 and 比例 name one share;
the subject before the word must be the clause's own (claims.grammar._words_name)."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全年乡村旅游接待游客占全部游客的比重为38.4%，比上年提高9.6个百分点；上年乡村旅游接待游客占比为34.3%。",
    "全县新能源汽车销量占汽车总销量的比例达到31.5%，比上年提高2.4个百分点，上年占比为27.6%。",
    "全市民营经济增加值占地区生产总值的比重为56.2%，比上年提高1.3个百分点；上年民营经济增加值比例为54.2%。",
])
def test_wrong_points_are_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG201"]


@pytest.mark.parametrize("text", [
    "全年乡村旅游接待游客占全部游客的比重为38.4%，比上年提高4.1个百分点；上年乡村旅游接待游客占比为34.3%。",
    "全县新能源汽车销量占汽车总销量的比例达到31.5%，比上年提高3.9个百分点，上年占比为27.6%。",
    "全市民营经济增加值占地区生产总值的比重为56.2%，比上年提高2.0个百分点；上年民营经济增加值比例为54.2%。",
    # the prior of another subject's share: not the base of this change
    "全年乡村旅游接待游客占全部游客的比重为38.4%，比上年提高9.6个百分点；上年城市周边游客占比为34.3%。",
])
def test_consistent_or_other_subject_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
