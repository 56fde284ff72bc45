"""What the tests of :mod:`lintgov.claims.horizons` share: the arithmetic and year-over-year rules, a 2026 provincial
report's head reviewing 2025 and the “十四五” period, the two orders of its review parts, and the codes a text gets."""
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]

HEAD = "2026年政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n一、2025年和“十四五”时期工作回顾\n"


def report(year, five, after=""):
    """A report reviewing 2025 (``year``, one paragraph opened by 2025年是…) and the five years (``five``, opened by
    过去五年), then ``after`` (a plan part)."""
    return HEAD + "2025年是“十四五”收官之年。" + year + "\n过去五年，我们砥砺奋进。" + five + "\n" + after


def report_five_first(year, five):
    """The same report with the five years reviewed first, then 2025."""
    return HEAD + "“十四五”时期是极不平凡的五年。" + five + "\n刚刚过去的2025年，我们攻坚克难。" + year + "\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]
