"""A growth whose prior opens its own sentence and whose level closes the sentence before (lead, session 17).

``全年败诉27件。上年败诉36件，下降25%``: the claim reads ``36件，下降25%`` with the prior as its level; the level of this
period is the one closing the sentence before, named by the same action (败诉, 受理, 办理, 接待…).
"""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "行政机关负责人出庭应诉案件中，全年败诉27件。上年败诉36件，下降25%。",
    "全年受理行政复议申请312件。上年受理240件，增长30%。",
    "全年受理行政复议申请312件。上年为240件，同比增长30%。",
    "全年办理法律援助案件1,560件。上年办理1,200件，增长30%。",
    "全年接待群众来访3,120人次。上年接待2,600人次，增长20%。",
    # another action's level before: no binding
    "全年受理行政复议申请312件，审结290件。上年受理240件，增长30%。",
    "全年审结行政复议案件290件。上年受理240件，增长50%。",
    "全年受理行政复议申请312件。上年行政诉讼案件240件，增长50%。",
    "全年受理行政复议申请312件。上年受理240件，其中不予受理12件，增长50%。",
])
def test_consistent_or_unbound_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []


@pytest.mark.parametrize("text", [
    "行政机关负责人出庭应诉案件中，全年败诉27件。上年败诉36件，下降35%。",
    "全年受理行政复议申请312件。上年为240件，同比增长50%。",
    "全年办理法律援助案件1,560件。上年办理1,200件，增长35%。",
    "全年调解矛盾纠纷四千二百件。上年调解三千五百件，增长百分之三十。",
])
def test_wrong_growth_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG201"]
