"""The grammar parts of the cover engineer's round 6 (issue 10), each tested with phrasings written for it (not those
of the fresh set in tests/cover_round6_set.py) and silent traps: every consistent statement gives no arithmetic or
year-over-year finding, every wrong one gives the finding named."""
import pytest

from fresh_set import codes

# -- 出庭应诉率 is over the cases where the head was required to appear (应出庭): those heard in court (开庭审理, 庭审)
# hold that base, so over them the rate is at least the ratio, over a whole number of cases between the two counts
APPEAR_SILENT = [
    "开庭审理行政诉讼案件152件，行政机关负责人出庭应诉147件，出庭应诉率100%。",
    "全年共开庭审理涉及我市的行政案件98件，负责人出庭95件，出庭率100%。",
    "庭审案件64件，负责人出庭应诉62件，出庭应诉率达到98.4%。",
    "全年开庭审理行政诉讼案件45件，行政机关负责人出庭应诉43件，出庭应诉率95.6%。",
    "全年审结行政诉讼案件320件，开庭审理286件，行政机关负责人出庭应诉281件，出庭应诉率100%。",
]
APPEAR_FOUND = [
    "开庭审理行政诉讼案件152件，行政机关负责人出庭应诉147件，出庭应诉率92%。",
    "庭审案件64件，负责人出庭应诉62件，出庭应诉率97.0%。",       # bases 62–64 give 100%, 98.4%, 96.9%
    "应出庭案件150件，负责人出庭应诉147件，出庭应诉率100%。",     # over 应出庭 the ratio is exact
    "全年行政应诉案件共开庭186件，行政机关负责人出庭应诉186件，实现出庭应诉率96%。",
]


@pytest.mark.parametrize("text", APPEAR_SILENT)
def test_appearance_over_cases_heard_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", APPEAR_FOUND)
def test_appearance_over_cases_heard_found(text):
    assert codes(text) == ["LG101"]


# -- 受理率 beside 不予受理: an application not accepted may also be sent on (转送) or answered with 告知, so the accepted
# are at most the received less the refused (lintgov.claims.classes.OPPOSITE_OUTCOMES); 未受理 leaves nothing out
ACCEPT_SILENT = [
    "收到行政复议申请520件，不予受理31件，受理率90.0%。",
    "共接收政府信息公开申请1,280件，其中不予受理64件，受理率93%。",
    "信访部门登记来信来访3,400件，不予受理120件，受理率92.5%。",
    "全年收到行政复议申请412件，不予受理37件，受理率为91.0%。",
]
ACCEPT_FOUND = [
    "收到行政复议申请520件，不予受理31件，受理率97.0%。",
    "信访部门登记来信来访3,400件，不予受理120件，受理率98.5%。",
    "收到行政复议申请520件，未受理31件，受理率90.0%。",
]


@pytest.mark.parametrize("text", ACCEPT_SILENT)
def test_acceptance_beside_refusals_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", ACCEPT_FOUND)
def test_acceptance_beside_refusals_found(text):
    assert codes(text) == ["LG101"]


# -- coverage of villages, communities and other places (claims.grammar.among, LG101): 在N个村（社区）中，已有M个… (a
# bracket in the whole's name), a part named only by reaching the goal (已有M个完成建设) under a rate whose name holds
# the whole's head noun, a rate named by its own word only opening the clause right after the part's, 占比 after
# N个行政村中M个…, and a rate named by its own word in a sentence of one total (共有) and one other count
COVER_SILENT = [
    "城乡社区综合服务设施覆盖率为90%，在全区240个村（社区）中，已有216个建成综合服务设施。",
    "农村生活垃圾收运处置体系覆盖率达到98%，在全县305个行政村中已有299个完成建设。",
    "在全市58个街道中，已有56个建成新时代文明实践所，覆盖率超过95%。",
    "全县236个行政村中218个实现光纤宽带入户，占比92.4%。",
    "全市共有社区卫生服务站（点）140个，已有133个社区卫生服务站（点）达到国家标准，达标率95%。",
    "已有325个村（居）建立村级法律服务站，覆盖率达到100%，全市共有村（居）325个。",
    # traps: the part names another thing than the rate, the rate names another thing than the part, a part of the
    # part after 其中, a share of a wider total
    "全市5G网络覆盖率99%，在全市1,080个行政村中，已有860个建成益农信息社。",
    "在全区86个社区中，已有79个建成“15分钟便民生活圈”，全区公园绿地服务半径覆盖率91%。",
    "全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，其中32个达到省级示范标准，覆盖率达到93%。",
    "全县412个行政村中368个实现集体经济收入超10万元，占全市的21.5%。",
]
COVER_FOUND = [
    "城乡社区综合服务设施覆盖率为95%，在全区240个村（社区）中，已有216个建成综合服务设施。",
    "农村生活垃圾收运处置体系覆盖率达到98%，在全县305个行政村中已有286个完成建设。",
    "在全市58个街道中，已有52个建成新时代文明实践所，覆盖率超过95%。",
    "全县236个行政村中198个实现光纤宽带入户，占比92.4%。",
    "全市共有社区卫生服务站（点）140个，已有126个社区卫生服务站（点）达到国家标准，达标率95%。",
    "已有312个村（居）建立村级法律服务站，覆盖率达到100%，全市共有村（居）325个。",
    "全县共有村（社区）200个，已有186个村（社区）建成综合文化服务中心，其中32个达到省级示范标准，覆盖率达到83%。",
]


@pytest.mark.parametrize("text", COVER_SILENT)
def test_coverage_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", COVER_FOUND)
def test_coverage_found(text):
    assert codes(text) == ["LG101"]


def test_among_reads_a_bracket_in_the_whole():
    from lintgov.claims.grammar import among
    from lintgov.document import Document
    a = list(among(Document("在全县318个村（社区）中，已有298个聘请法律顾问。\n")).values())
    assert [(x.whole.value, x.part.value) for x in a] == [(318.0, 298.0)]
    assert "村（社区）" in a[0].whole_words
