"""A sentence that names its metric once, with last year's level, then states this year's change and level in clauses
that name nothing (全市高校在校生上年为44万人，今年比上年增长65%，达到66万人): the growth is over that level."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "全县农村公路里程上年为3,260公里，今年比上年增长18.5%，达到3,480公里。",
    "全市登记志愿者2023年为12.6万人，2024年比2023年增加35%，达到15.1万人。",
])
def test_wrong_is_found(consistency_rules, text):
    assert "LG201" in consistency_codes(consistency_rules, text), text


@pytest.mark.parametrize("text", [
    "全县农村公路里程上年为3,260公里，今年比上年增长6.7%，达到3,480公里。",
    "全市登记志愿者2023年为12.6万人，2024年比2023年增加19.8%，达到15.1万人。",
    # the change's clause names another metric: its own level, not the subject's
    "全县农村公路里程上年为3,260公里，今年新改建农村公路比上年增长18.5%，达到348公里。",
    # a figure naming its own action (审结) is not the subject's (受理)
    "全年受理行政复议申请520件，增长30%，审结470件，增长17.5%。上年受理400件，审结400件。",
    # the first clause names no metric: nothing to carry over
    "上年为3,260公里，今年比上年增长18.5%，达到3,480公里。",
])
def test_right_or_unread_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text
