"""LG101: a share opened by 占 right after an exact count whose whole the report does not print (增至4家、占全市50%):
the whole is a whole number N of things, so the share must be k/N for some N >= k at its printed precision, read as
rounded or truncated (GRIM).  Silent when any N fits for any reading of the part, when the share or the part is
approximate or bounded, when the whole is named by a metric of another measure or by words the part does not hold,
for 分别 lists and goals (``claims.rates.unprinted_whole_parts``).  Phrasings are lintgov's own."""
import pytest

from lintgov.claims.grammar import folded_text
from lintgov.claims.rates import unprinted_whole_parts
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]
HEAD = "2025年政府工作报告\n一、2024年工作回顾\n"


def findings(text):
    return [f for f in lint_text(HEAD + text, RULES, registry=REG) if f.code == "LG101"]


WRONG = [
    "辖区上市公司增至4家，占全市47%。",                        # 4/8 = 50%, 4/9 = 44.4%
    "律师事务所达91家，占全市50.4%。",                          # 91/180 = 50.56%, 91/181 = 50.28%
    "新开通6条微循环公交线路，占公交线路的14.5%。",              # 6/41 = 14.63%, 6/42 = 14.29%
    "获国家科学技术奖9项、占全国的比重为25.9%。",                 # 9/34 = 26.47%, 9/35 = 25.71%
    "全区普惠性幼儿园达到65所，占幼儿园总数的93.5%。",             # 65/69 = 94.20%, 65/70 = 92.86%
    "新增国家级孵化器5个，总数达到12个，占全市47%。",              # 12/25 = 48%, 12/26 = 46.15%; 5/11 = 45.5%
]
RIGHT = [
    "辖区上市公司增至4家，占全市50%。",
    "律师事务所达91家，占全市43.8%。",                          # 91/208 = 43.75%
    "获国家科学技术奖9项、占全国22.5%。",                        # 9/40
    "新增国家级孵化器5个，总数达到12个，占全市40%。",              # 12/30 (5 would need 12.5)
    "知识产权代理机构增至76家，占全市44.1%。",                    # 76/172 = 44.19%, truncated
    "辖区上市公司增至4家，约占全市47%。",                        # 约
    "辖区上市公司增至4家，占全市47%以上。",                      # a bound
    "38个重点产业链产值占全省比重47%。",                         # a share of the output, not of the chains
    "累计引进企业4家，投资额占全市47%。",                        # another measure named before 占
    "上市企业达到7家，占两板上市企业数的47%。",                   # the whole named by words the part does not hold
    "低保对象降至3户7人，分别占全市1.3%、2.9%。",                  # a 分别 list
    "力争国家级孵化器达到4个，占全市47%。",                       # a goal
    "发明专利授权2709件，占全国44.5%。",                         # a large part: some N always fits
]


@pytest.mark.parametrize("text", WRONG)
def test_no_whole_number_gives_the_share(text):
    fs = findings(text)
    assert len(fs) == 1, text
    ev = fs[0].evidence
    assert ev["formula"].endswith("N a whole number >= " + str(ev["numerator"]))
    assert all(isinstance(n, int) for n in ev["denominator"]) and ev["denominator"]


def test_the_whole_named_like_the_part():
    # 6/42 = 14.286%: 14.2% is that share truncated, so it stays silent; 14.5% is not 6/41 (14.63%) nor 6/42
    assert not findings("新开通6条微循环公交线路，占公交线路的14.2%。")
    assert len(findings("新开通6条微循环公交线路，占公交线路的14.5%。")) == 1


@pytest.mark.parametrize("text", RIGHT)
def test_silent_when_a_whole_number_fits_or_the_shape_is_not_read(text):
    assert not findings(text), text


@pytest.mark.parametrize("text,parts", [
    ("新增国家级孵化器5个，总数达到12个，占全市40%。", [12, 5]),
    ("专利代理机构增长19.7%，达91家，占全市43.8%。", [91]),          # the growth before is a percentage: not a part
    ("38个重点产业链产值占全省比重47%。", []),
    ("辖区上市公司增至1.2万家，占全市47%。", []),                     # a rounded part
    ("辖区上市公司增至4家，占比47%。", []),                           # 占比 names no whole
])
def test_the_readings_of_the_part(text, parts):
    doc = Document(text)
    masked = folded_text(doc)
    q = [x for x in doc.quantities if x.is_percent][-1]
    assert [c.value for c in unprinted_whole_parts(doc, masked, q)] == parts
