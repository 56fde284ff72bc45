"""A finding shows the value the printed figures give, never the midpoint of an interval no reading gives; when the
printed precision leaves a wide interval (0.6亿 and 1.2亿: one digit each), the interval checked is shown too.  An
Arabic amount with 万/亿 is exact to its printed digits (600万 is 599.5万–600.5万, README's tolerance rules since
session 14), so 600万 and 1,200万 give one value."""
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def messages(text, lang="zh"):
    return [f.message(lang) for f in lint_text(text + "\n", RULES, registry=REG)]


def test_growth_of_round_figures_shows_the_value_and_the_interval():
    (m,) = messages("全年接待游客1.2亿人次，比上年的0.6亿人次增长50%。")
    assert "重算增幅为+100%（按印刷精度+76.92%至+127.27%）" in m
    (e,) = messages("全年接待游客1.2亿人次，比上年的0.6亿人次增长50%。", "en")
    assert "recomputes to +100% (+76.92% to +127.27% at the printed precision)" in e
    (x,) = messages("全年接待游客1,200万人次，比上年的600万人次增长50%。")
    assert "重算增幅为+100%（容差" in x and "+76.92%" not in x


def test_multiple_of_round_figures_shows_the_value():
    (m,) = messages("全年接待游客1.2亿人次，为上年的1.5倍，上年接待游客0.6亿人次。")
    assert "为×2（按印刷精度1.769–2.273）" in m and "2.021" not in m


def test_exact_figures_show_one_value():
    (m,) = messages("全年受理案件512件，比上年的420件增长29.1%。")
    assert "重算增幅为+21.9%（" in m and "按印刷精度" not in m
    ps = messages("直接纠错率18.4%，比上年的13.9%提高8.5个百分点。")
    assert any("重算变动为4.5个百分点（容差" in p for p in ps)
    (x,) = messages("全年受理案件1,286件，是上年536件的3.4倍。")
    assert "×2.399（容差" in x
