"""Set A of traps15 (issue 10, false alarms on consistent statements): every consistent text is silent under the
arithmetic and year-over-year rules, every wrong text of a pair the engine reads is flagged, and the pairs it does
not read yet are listed (strict xfail: a pair that starts being caught must be moved to the caught ones).

The set is ``benches/battery/traps15_a.py`` (``benches/bench_battery.py --file`` runs it as a bench)."""
import importlib.util
import os

import pytest

from lintgov.engine import lint_text

HERE = os.path.dirname(os.path.abspath(__file__))
_SPEC = importlib.util.spec_from_file_location(
    "traps15_a", os.path.join(HERE, os.pardir, "benches", "battery", "traps15_a.py"))
_MOD = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_MOD)
STATEMENTS = _MOD.STATEMENTS

#: pairs whose wrong figure the engine does not read yet (a relation never read, not a false reading)
NOT_READ = {"a-010", "a-012", "a-017", "a-025", "a-033", "a-034", "a-037", "a-043", "a-047"}


@pytest.fixture(scope="module")
def rules(consistency_rules):
    """The consistency engine's rules (conftest's session fixture)."""
    return consistency_rules


def test_set_is_well_formed():
    ids = [s[0] for s in STATEMENTS]
    assert len(ids) == len(set(ids))
    assert sum(s[3] is None for s in STATEMENTS) >= 60          # traps
    assert sum(s[3] is not None for s in STATEMENTS) >= 50      # pairs
    for sid, fam, text, fig, wrong in STATEMENTS:
        assert (fig is None) == fam.startswith("trap-"), sid
        if fig is not None:
            assert fig in text and wrong != fig, sid


@pytest.mark.parametrize("sid,text", [(s[0], s[2]) for s in STATEMENTS], ids=[s[0] for s in STATEMENTS])
def test_consistent_text_is_silent(rules, sid, text):
    found = lint_text(text + "\n", rules)
    assert [f"{f.code} {f.message('en')}" for f in found] == []


@pytest.mark.parametrize("sid,text,fig,wrong", [
    pytest.param(s[0], s[2], s[3], s[4], marks=pytest.mark.xfail(strict=True, reason="not read yet"))
    if s[0] in NOT_READ else (s[0], s[2], s[3], s[4])
    for s in STATEMENTS if s[3] is not None], ids=[s[0] for s in STATEMENTS if s[3] is not None])
def test_wrong_text_is_flagged(rules, sid, text, fig, wrong):
    found = lint_text(text.replace(fig, wrong, 1) + "\n", rules)
    assert found, f"{sid}: {wrong} for {fig} not flagged"


def test_breakdown_after_rate_is_no_numerator(rules):
    # every item of 其中… right after a rate is a part of its numerator: neither 12件 nor 206件 alone is it
    for text in ("审结452件，纠错率10.6%，其中撤销36件、变更8件、确认违法4件。",
                 "收到申请560件，受理率92.5%，其中网上受理312件、窗口受理206件。"):
        assert lint_text(text + "\n", rules) == []
    # the numerator stated before the rate stays read alone (not summed with a part of itself)
    found = lint_text("审结452件，纠错48件，纠错率15.6%，其中撤销36件、确认违法12件。\n", rules)
    assert [f.code for f in found] == ["LG101"]
    assert found[0].evidence["numerator"] == 48 and found[0].evidence["denominator"] == 452


def test_prior_labelled_with_another_scope(rules):
    # 上年区级为… after 全市's growth, 区级 named by the clause before the ；: that clause's prior, not this one's
    for text in ("区级一般公共预算收入62亿元，增长3.2%；全市一般公共预算收入215亿元，增长6.4%；上年区级为60.1亿元。",
                 "全市一般公共预算收入215亿元，增长6.4%；区级一般公共预算收入62亿元，增长3.2%，上年全市为202亿元。"):
        assert lint_text(text + "\n", rules) == []
    found = lint_text("区级一般公共预算收入62亿元，增长9.2%，上年区级为60.1亿元；全市一般公共预算收入215亿元，增长6.4%。\n", rules)
    assert [f.code for f in found] == ["LG201"]


def test_breakdown_after_rate_adds_up_to_at_most_the_count_before(rules):
    # 其中… after 参保率 splits those insured: at most the population due, not all of it
    ok = "全县应参保人数42.8万人，参保率98.6%，其中城镇职工参保12.4万人、城乡居民参保29.8万人。"
    assert lint_text(ok + "\n", rules) == []
    found = lint_text(ok.replace("12.4万人", "18.4万人") + "\n", rules)
    assert [f.code for f in found] == ["LG103"]
    # a split of the population after 城镇化率 is still all of it
    found = lint_text("全县常住人口42.8万人，城镇化率29.0%，其中城镇人口12.4万人、乡村人口29.8万人。\n", rules)
    assert [f.code for f in found] == ["LG103"]
