"""LG210: a dated level and an undated one of the same metric, the undated stated with a change that recomputes from
the dated one as its prior, are two periods' values (the consistent reading), not one value restated."""
import pytest

from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry


@pytest.fixture(scope="module")
def rules():
    reg = build_registry(load_entry_points=False, strict=True)
    return [r for r in instantiate_rules(reg, Settings(), {}, select=["ALL"]) if r.category in ("arithmetic", "yoy")]


def codes(rules, text):
    return sorted({f.code for f in lint_text(text + "\n", rules)})


@pytest.mark.parametrize("text", [
    # 税务: a growth in percent and an amount, both from last year's dated level
    "2023年全市税收收入42.6亿元。\n\n过去一年，我们持续优化营商环境。全市税收收入45.1亿元，增收2.5亿元，增长5.9%。",
    # 商务: a growth only
    "2023年全区社会消费品零售总额286.4亿元。\n\n一年来，全区消费市场稳步回暖，社会消费品零售总额301.2亿元，增长5.2%。",
    # 文旅: an amount only
    "2024年全县接待游客820万人次。\n\n过去一年，全县接待游客880万人次，增加60万人次。",
    # 财政: a fall
    "2024年全市土地出让收入96.5亿元。\n\n一年来，受市场影响，全市土地出让收入82.0亿元，下降15.0%。",
])
def test_prior_by_a_stated_change_is_no_restatement(rules, text):
    assert codes(rules, text) == []


@pytest.mark.parametrize("text", [
    # the change does not recompute from the dated level: one of the readings must be wrong
    "2023年全区社会消费品零售总额286.4亿元。\n\n一年来，全区消费市场稳步回暖，社会消费品零售总额301.2亿元，增长9.2%。",
    "2024年全县接待游客820万人次。\n\n过去一年，全县接待游客880万人次，增加90万人次。",
])
def test_a_change_that_does_not_recompute_still_reports(rules, text):
    assert codes(rules, text) != []
