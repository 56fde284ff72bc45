"""No rule raises on odd input: random mixtures of report fragments, digits, ordinals,
brackets, units and control characters (a crash would make every run exit 2)."""
from hypothesis import HealthCheck, given, settings, strategies as st

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r() for r in REG.rules]

PIECES = [
    "一、", "（一）", "(二)", "1.", "（1）", "一是", "第二，", "2023年", "12月31日", "20221月1日", "2月30日",
    "审结", "977件", "纠错率", "约为", "24.2%", "同比增长", "285%", "个百分点", "倍", "翻一番", "由", "增至",
    "近", "余", "多", "万", "亿元", "其中", "分别为", "占", "合计", "共", "、", "，", "。", "；", "：", "\n",
    "《", "》", "“", "”", "(", ")", "〔2023〕5号", "https://x.cn/a", "010-12345678", "創(chuàng)新", "??",
    "\ufffd", "\u200b", " ", "\u3000", "關于", "干部", "示範", "上年", "去年", "截至", "现将", "报告如下",
    "存在的问题", "下一步工作安排", "第一责任人", "阳泉市矿区人民政府", "0", "00", "0.0%", "100%", "-5%",
    "十四五", "两", "百分之二十四点二", "一千一百一十三", "3千余人", "20~30%", "3~5万元", "20212025年",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), min_size=1, max_size=60))
def test_no_rule_raises(parts):
    text = "".join(parts)
    for name in ("x.txt", "x.md"):
        lint_text(text, RULES, path=name, registry=REG)  # raises on a rule exception
