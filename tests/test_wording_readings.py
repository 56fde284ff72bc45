"""Readings that follow how reports state a figure rather than one phrasing (issue 10, meta17): found under the
wordings drafters use around the same relation, silent on the consistent statements and the traps beside them.

* a period word stated with the whole (累计 / 年末) names the period of the parts after 其中 as well: the parts of a
  cumulative total are cumulative — one such word on a part whose whole lacks it still names another period;
* the verb, copula or total word between a name and its figure (达到 / 为 / 共计 / 合计) is no part of the name: a
  total whose name holds a part by definition (进出口总额 and its exports, 财政收入 and the local budget revenue,
  工业投资 and 技改投资) is read so whatever word stands before its figure;
* numbered items after a count and 其中 (10项，其中：一是…；二是…) break some of the things down: they are not the
  list of every thing counted;
* the parts of a breakdown are named alike however they are joined: the conjunction joining the last part (及 / 和 /
  以及 / 与) and the number of an item (一是 / 二是) separate names, they are no word of one;
* a change verb followed by 了 (增长了9.2%) still states the whole's growth between a total and its part.
Names and figures are my own."""
import pytest

from fresh_set import codes

FOUND_LG103 = [
    # a period word on the whole and on its parts
    "年内累计调处矛盾纠纷412起，其中，婚姻家庭纠纷累计236起，邻里纠纷累计198起。",
    "截至年底累计培育专精特新企业86家，其中国家级累计31家，省级累计62家。",
    "全县累计建成村级综合服务站一百二十个，其中，山区站点累计七十个，平原站点累计六十五个。",
    "累计发放创业担保贷款3.6亿元。其中，个人贷款累计2.1亿元，小微企业贷款累计1.8亿元。",
    # a total word, a copula or a verb between a total's name and its figure
    "外贸进出口总额共计645亿元，出口712亿元，进口233亿元。",
    "全口径财政收入合计186.4亿元；一般公共预算收入203.1亿元，增长6.2%。",
    "进出口总额为1,206亿美元、增长3.4%，出口1,318亿美元。",
    "全年完成工业投资共计86.5亿元，增长12%，工业技改投资91.2亿元。",
    # a conjunction before the last part, numbered parts
    "全镇有中小学9所，其中小学5所及初中6所。",
    "在编教师1,320人（高级职称教师410人以及中级职称教师980人）。",
    "受理信访事项2,460件，其中：一是来信640件；二是来访520件；三是网上信访1,420件。",
    "招录公务员86名，其中：第一，本科学历52名；第二，研究生学历41名。",
    # 了 after the whole's change verb
    "全口径财政收入152.7亿元，比上年增长了8.1%；一般公共预算收入166.4亿元。",
]

SILENT_LG103 = [
    "年内累计调处矛盾纠纷412起，其中，婚姻家庭纠纷累计236起，邻里纠纷累计176起。",
    "全县累计建成村级综合服务站一百二十个，其中，山区站点累计七十个，平原站点累计五十个。",
    # a part 累计 under a whole of the year: another period (the parts may add up to more)
    "全年调处矛盾纠纷412起，其中，婚姻家庭纠纷累计336起，邻里纠纷198起。",
    "外贸进出口总额共计645亿元，出口412亿元，进口233亿元。",
    "全口径财政收入合计186.4亿元；一般公共预算收入103.1亿元，增长6.2%。",
    "进出口总额为1,206亿美元、增长3.4%，出口718亿美元。",
    "全年完成工业投资共计86.5亿元，增长12%，工业技改投资41.2亿元。",
    # a bound before the total: at least it, the part may not exceed what is said
    "进出口总额超过900亿美元，出口520亿美元。",
    # numbered items after 其中 break the count down: some of the things, each with its own figure
    "承担省级以上科研课题12项，其中：一是主持7项；二是参与5项。",
    "新建改建公园9个，其中：一是综合公园2个；二是社区公园5个。",
    "健全五项制度，其中：一是重大决策合法性审查制度；二是行政执法公示制度。",
    "全镇有中小学9所，其中小学5所及初中4所。",
    "在编教师1,320人（高级职称教师410人以及中级职称教师910人）。",
    "受理信访事项2,460件，其中：一是来信640件；二是来访520件；三是网上信访1,300件。",
    "全口径财政收入152.7亿元，比上年增长了8.1%；一般公共预算收入66.4亿元。",
    # 和 inside a part's name joins two words of one name, not two parts
    "卫生技术人员9,800人，其中执业医师和执业助理医师3,900人，注册护士4,300人。",
    # parts joined by 和 that may overlap: not summed
    "培育高新技术企业120家，其中专精特新企业80家和科技型中小企业90家。",
]

#: the count of things and the numbered list of all of them (no 其中): still read
FOUND_COUNTED = [
    "健全五项制度：一是重大决策合法性审查制度；二是行政执法公示制度；三是执法全过程记录制度。",
]


@pytest.mark.parametrize("text", FOUND_LG103)
def test_found(text):
    assert "LG103" in codes(text)


@pytest.mark.parametrize("text", SILENT_LG103)
def test_silent(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", FOUND_COUNTED)
def test_count_of_every_thing_found(text):
    assert "LG103" in codes(text)
