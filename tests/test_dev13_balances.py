"""A stock at the period's start, what came in, what went out, and the stock at its end (dev13, issue 10):
closing = opening + in − out (claims.totals.balances, read by LG103).  The flows are named by their verb alone right
before their figures (新纳入312人, 因…原因退出530人), or with the stock's own noun (新发展党员18名); the opening is marked by
年初/上年末 in its sentence, in the closing's sentence or the one before it."""
import pytest

from conftest import consistency_codes


@pytest.mark.parametrize("text", [
    "年初，全市登记在册的特困供养人员为4,326人。\n\n全年动态调整，新纳入312人，因死亡、条件变化等原因退出680人，年末在册4,108人。",
    "年初全县有低保对象1,250户，全年新增86户，退出112户，年末共有1,324户。",
    "年初全镇共有党员1,236名。全年新发展党员18名，因死亡等原因减少31名，年末党员总数1,213名。",
    "年初全乡有五保对象一百二十户，全年新纳入八户，退出十一户，年末实有一百二十七户。",
])
def test_wrong_closing_is_found(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == ["LG103"]


@pytest.mark.parametrize("text", [
    "年初，全市登记在册的特困供养人员为4,326人。\n\n全年动态调整，新纳入312人，因死亡、条件变化等原因退出530人，年末在册4,108人。",
    "年初全县有低保对象1,250户，全年新增86户，退出112户，年末共有1,224户。",
    "年初全镇共有党员1,236名。全年新发展党员18名，因死亡等原因减少31名，年末党员总数1,223名。",
    "年初全乡有五保对象一百二十户，全年新纳入八户，退出十一户，年末实有一百一十七户。",
    # a flow of another thing (jobs), not of the stock
    "年初登记失业人员5,000人，全年新增就业8,000人，减少1,200人，年末登记失业人员4,800人。",
    # only what came in: other movements may be left unsaid
    "年初全县有低保对象1,250户，全年新增86户，年末共有1,324户。",
    # a flow and the closing in another paragraph, far from the opening
    "年初全县有低保对象1,250户。\n全县持续开展排查。\n全年新增86户，退出112户，年末共有1,324户。",
])
def test_consistent_or_unread_stays_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == []
