"""Figures as annual reports phrase them: each consistent statement is silent and the
same statement with one figure changed is found (arithmetic and year-over-year rules)."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r() for r in REG.rules if r.category in ("arithmetic", "yoy", "number-usage")]

# (template, consistent value, inconsistent value)
CASES = [
    ("全年共办理行政复议案件156件，其中维持128件，占{x}%。", "82.05", "85.05"),
    ("全年审结行政复议案件977件，直接纠错236件，纠错率约为{x}%。", "24.2", "26.2"),
    ("共审查规范性文件58件，提出修改意见23条，采纳21条，采纳率{x}%。", "91.3", "93.1"),
    ("全区一审行政诉讼案件审结141件，败诉12件，败诉率为{x}%。", "8.5", "9.5"),
    ("全年开庭审理行政诉讼案件45件，行政机关负责人出庭应诉43件，出庭应诉率{x}%。", "95.6", "97.8"),
    ("受理行政复议申请320件，同比增长{x}%，上年为256件。", "25", "28"),
    ("2023年受理行政复议申请320件，比上年的256件增长{x}%。", "25", "35"),
    ("全市共有执法人员3200人，其中持证2980人，持证率{x}%。", "93.1", "96.1"),
    ("全年共调处矛盾纠纷2360件，调解成功2301件，调解成功率{x}%。", "97.5", "95.7"),
    ("共收到12345热线诉求1.2万件，按期办结1.18万件，按期办结率{x}%。", "98.3", "91.3"),
    ("全年共清理规章和规范性文件210件，其中废止35件、修改42件、保留{x}件。", "133", "143"),
    ("共梳理权责事项2618项，其中行政许可312项、行政处罚1450项、行政强制86项、其他{x}项。", "770", "780"),
    ("行政复议决定纠错率由2022年的15.2%提高到2023年的18.6%，提高{x}。", "3.4个百分点", "3.4%"),
    ("全年培训执法人员1200人次，较上年减少{x}。", "15%", "2倍"),
    ("法律顾问参与审查重大决策事项48件，较上年增加12件，增长{x}%。", "33.3", "25"),
]


def figures(text):
    return [f for f in lint_text(text, RULES, registry=REG) if f.rule.category in ("arithmetic", "yoy")]


@pytest.mark.parametrize("tpl,good,bad", CASES, ids=[c[0][:12] for c in CASES])
def test_consistent_silent_inconsistent_found(tpl, good, bad):
    assert figures(tpl.format(x=good)) == []
    found = figures(tpl.format(x=bad))
    assert found, tpl.format(x=bad)
    for f in found:  # every finding explains itself
        assert f.message("zh") and f.message("en")
