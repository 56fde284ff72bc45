"""Round 52 (bounds engineer), second part: a share stated before the things it qualifies, its part and whole after.

LG101 — a percentage before 的 that qualifies the things a whole counts (全县95%的行政村…，236个行政村中有225个…), the
part among that whole after it (claims.rates.among_share_pairs), or the part named by the share's predicate and the
whole a total of the share's noun (22%的案件通过调解结案，全年审结…案件418件，调解结案92件: claims.rates.predicate_part);
a share in words read the same way (近九成的纠纷以调解方式结案，全年受理纠纷418件，调解结案372件; 网上可办的事项接近一半，
1,846项政务服务事项中可网办896项: the part's words in another order than the subject's).  Checked in the direction of
the bound (以上/超过: at least; 不足: at most; 近: at most a tenth below); silent for a plan or a goal, for a predicate
of work under way, and when the total counts other things.  Phrasings of our own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (consistent, wrong)
PAIRS = [
    ("全县95%的行政村通了客车，236个行政村中有225个开通客运班线。",
     "全县95%的行政村通了客车，236个行政村中有185个开通客运班线。"),
    ("全区90%以上的社区建立了调解组织，全区128个社区中已有121个建立。",
     "全区90%以上的社区建立了调解组织，全区128个社区中已有101个建立。"),
    ("22%的案件通过调解结案，全年审结行政复议案件418件，调解结案92件。",
     "22%的案件通过调解结案，全年审结行政复议案件418件，调解结案62件。"),
    ("近九成的纠纷以调解方式结案，全年受理纠纷418件，调解结案372件。",
     "近九成的纠纷以调解方式结案，全年受理纠纷418件，调解结案302件。"),
    ("八成以上的企业享受了减税政策，全区共有企业1,200家，其中享受减税政策的980家。",
     "八成以上的企业享受了减税政策，全区共有企业1,200家，其中享受减税政策的780家。"),
    ("不足一成的案件进入诉讼程序，全年受理案件500件，进入诉讼程序42件。",
     "不足一成的案件进入诉讼程序，全年受理案件500件，进入诉讼程序82件。"),
    ("过半的社区建成了党群服务中心，全区86个社区中有48个建成。",
     "过半的社区建成了党群服务中心，全区86个社区中有38个建成。"),
    ("可在线办理的事项接近一半，全区1,240项政务服务事项中在线可办598项。",
     "可在线办理的事项接近一半，全区1,240项政务服务事项中在线可办398项。"),
]


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_consistent_is_silent(ok, wrong):
    assert codes(ok) == []


@pytest.mark.parametrize("ok,wrong", PAIRS)
def test_wrong_is_found(ok, wrong):
    assert "LG101" in codes(wrong)


SILENT = [
    # a goal, not a result computed from the counts
    "力争90%以上的村（社区）建立法律顾问制度，全区186个村（社区）中已有120个建立。",
    # no part and whole after the share
    "97%的政务服务事项实现“网上办”，八成多事项零次跑动，365项业务容缺受理。",
    "90%的镇建成教育强镇，增加45所省一级学校。",
    # the total counts other things than those the share qualifies
    "八成以上的企业享受了减税政策，全年新增项目1,200个，其中享受减税政策的项目300个。",
    # work under way is not what the share counts
    "三成以上的项目正在推进，全年安排重点项目120个，已开工项目20个。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    assert codes(text) == []


def test_near_tenths_allow_half_a_tenth_below_for_small_tenths():
    """近三成 / 近两成: never tighter than 5 points below (25.75% is 近三成, 16.5% 近两成), while 近九成 keeps a tenth
    below (81%–90%) and a share well below is still reported (22.5% is not 近三成)."""
    from lintgov.config import Settings
    from lintgov.engine import instantiate_rules, lint_text
    from lintgov.plugins import build_registry
    rules = [r for r in instantiate_rules(build_registry(load_entry_points=False, strict=True), Settings(), {},
                                          select=["LG101"])]
    def codes(t):
        return [f.code for f in lint_text(t + "\n", rules)]
    assert codes("全年受理行政复议案件400件，其中涉企案件103件，占比近三成。") == []
    assert codes("全年受理行政复议案件400件，其中涉企案件66件，占比近两成。") == []
    assert codes("全年受理行政复议案件400件，其中涉企案件90件，占比近三成。") == ["LG101"]
    assert codes("全年固定资产投资808亿元，其中社会投资594亿元，占比近九成。") == ["LG101"]
