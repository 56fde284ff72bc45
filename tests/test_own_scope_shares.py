"""LG101: a share of the report's own scope (占全区地区生产总值的35% in a district's work report, 占全市出口总额45% in a
city's) is a share of the report's own total, not of a wider one; the scope word is the level of the body behind the
report (我代表福田区人民政府 / 代表市人民政府), never the 全X a district uses most in comparisons (全市第一).  The whole is
then the report's own figure named without the scope word (or with it); one named with another scope is never taken.
The phrasings are lintgov's own."""
import pytest

from lintgov.claims.stocks import own_scope_word
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
DISTRICT = "我代表南湖区人民政府，向大会报告政府工作。"
CITY = "我受市长委托，代表市人民政府，向大会作政府工作报告。"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


CONSISTENT = [
    DISTRICT + "全年实现地区生产总值2480亿元，增长6.2%。金融业实现增加值620亿元，增长7.1%，占全区地区生产总值的25%。增速全市第一，全市领先。",
    DISTRICT + "全区实现地区生产总值2480亿元左右。现代服务业增加值1116亿元，占全区地区生产总值比重为45.0%。",
    CITY + "全年出口总额1250亿美元，增长8%。高新技术产品出口500亿美元，占全市出口总额40%。",
    # a whole of another scope is never the report's own
    DISTRICT + "全市出口总额2000亿美元。全区高新技术产品出口351亿美元，占全区出口总额55%。",
    # a wider scope than the report's own stays a wider total
    DISTRICT + "全区地区生产总值2480亿元。金融业实现增加值620亿元，占全市地区生产总值的8%。",
    # without a body behind the report, 全区 is not known to be its own
    "全年实现地区生产总值2480亿元，增长6.2%。金融业实现增加值620亿元，占全区地区生产总值的35%。",
]

WRONG = [
    DISTRICT + "全年实现地区生产总值2480亿元，增长6.2%。金融业实现增加值620亿元，增长7.1%，占全区地区生产总值的35%。增速全市第一，全市领先。",
    DISTRICT + "全区实现地区生产总值2480亿元左右。现代服务业增加值1116亿元，占全区地区生产总值比重为55.0%。",
    CITY + "全年出口总额1250亿美元，增长8%。高新技术产品出口500亿美元，占全市出口总额48%。",
]


@pytest.mark.parametrize("text", CONSISTENT)
def test_a_consistent_share_of_the_own_scope_is_silent(text):
    assert "LG101" not in codes(text), text


@pytest.mark.parametrize("text", WRONG)
def test_a_wrong_share_of_the_own_scope_is_found(text):
    assert "LG101" in codes(text), text


def test_the_own_scope_is_the_level_of_the_body_behind_the_report():
    assert own_scope_word(Document(DISTRICT + "增速全市第一，全市领先，全市前列。")) == "全区"
    assert own_scope_word(Document(CITY)) == "全市"
    assert own_scope_word(Document("全市出口增长8%。")) is None
