"""Arithmetic sanity rules (LG1xx): rates and shares, target completion, bounds of
closed rates (sums of parts and part ≤ whole live in rules/sums.py, LG103).

Everything here follows one tolerance model (statcheck / GRIM applied to Chinese
report prose): a value printed with *d* decimals stands for
[x − 0.5·10⁻ᵈ, x + 0.5·10⁻ᵈ] (which accepts 四舍五入 and 四舍六入五成双 alike);
约 widens it by one unit of the last digit; counts printed with 万/亿 carry their
own rounding interval.  A rule fires only when **no** plausible pairing of the
figures nearby explains the stated value; the message shows the recomputed
value, the formula and the tolerance, and the counts used are attached as
related locations.

Which counts a rate or share may be over (numerators, bases, complements, wholes) is read by
:mod:`lintgov.claims.rates`; this module keeps the checks: tolerances, the pairings tried, findings and evidence.
"""
from __future__ import annotations

import bisect
import dataclasses
import math
import re
from typing import Dict, List, Optional, Sequence, Tuple

from lintgov import hookimpl, lazyre
from lintgov.claims import ledger, record
from lintgov.claims.reach import ADJUSTED, ADJUSTED_BEFORE, other_area_rate, rate_readings, respective_readings, target_readings
from lintgov.claims.grammar import folded_text, found_in
from lintgov.claims.lists import item_share, member_named
from lintgov.claims.ratios import area_shares
from lintgov.claims.indicators import GDP_NAME as _GDP, gdp_figures, threshold as _threshold
from lintgov.claims.roles import (_NEGATED_RATE, is_prior_rate, _OPEN_BASE, cheng_figures, clause_start, is_words_share,
                                  over_named_base, rate_context, spaced_percents, is_from_value, listed_rate_end)
from lintgov.claims.values import NEAR_LOW, NEAR_WORDS, interval_of, open_bound
from lintgov.claims.thresholds import TARGET_CLAUSE, TARGET_VERB, level_interval, side_holds, target_side
from lintgov.claims.rates import (national_base, narrower_kind, breaks_down_rate, PLAN_AROUND_SHARE, predicate_part, BOUND_PART, COMPLEMENT, COMPLETION_RATE, COPULA_END, DAYS_RATE, EARLIER_COMPARISON, FROM_VALUE,
                                  EXCESS_BEFORE, EXCLUDED_FROM_BASE, GDP_NAMES, GOAL, GOOD_DAYS, HUJI,
                                  INCLUDES, LAGGING, LOWER_IS_BETTER, NAME_TO_VALUE, OTHER_PERIOD, OVER_PLAN, OVER_PLAN_OF,
                                  OWN_SHARE_AFTER, PART_TO_SHARE, budget_heads, plan_restated, CAP_WORD, population_whole, PLAN_AFTER, PLAN_OPENS, PLAN_WORD, PLAN_BRACKET, QUALIFIER, SCOPE,
                                  SEVERAL_YEARS, SLASH_BRACKET, TARGET, WHOLE_WORDS, adjacent_triple,
                                  among_share_pairs, deed_share, negated_complement, rest_of_earlier_years, shown_sum, c_not_plan, cheng_pairs, complement_of, complement_pairs,
                                  context_before, count_interval, frames_differ, scope_frame_cut, item_words, other_population, denominator_fits, due_and_actual, following,
                                  has_known_base, is_count, is_delta, is_gdp, list_whole, measure_of,
                                  AT_LEAST, LINKED, named_operands, named_population, whole_named_in_full, noun_share, opposite_sides, own_words, list_share, rest_pairs, show_as, shown_sum, part_and_rest, plain_pct, plan_opening,
                                  previous_line, part_line_window, breakdown_end, rate_numerators, rate_stem, recent, sentence_window, share_pairs,
                                  share_split, split_wholes, stated_as_whole, subset_whole, sum_of, superset_base,
                                  unprinted_scope, unprinted_whole_parts, DONE_PART, DONE_TASK, colon_pair, shares_word,
                                  OTHER_SIDE_NAME, names_own_part)
from lintgov.quantities import Quantity, quantities_in, quantity_starts
from lintgov.rule import Option, Related, Rule, bad, good
from lintgov.claims.rates import (  # patterns compiled once (the reading's vocabulary lives in the claims layer)
    _CHECK_ONE_RE1,
    _CHECK_ONE_RE2,
    _CHECK_ONE_RE3,
    _CHECK_ONE_RE4,
    _CHECK_ONE_RE5,
    _CHECK_ONE_RE6,
    _CHECK_ONE_RE7,
    _CHECK_ONE_RE8,
    _CHECK_ONE_RE9,
    _CHECK_ONE_RE10,
    _CHECK_ONE_RE11)

# -- shared helpers -------------------------------------------------------------------------


#: the fewest days of valid data a year's air-quality statistics may rest on: GB 3095-2012 环境空气质量标准, 8 数据统计的
#: 有效性规定 (表4: 年平均 — 每年至少有324个日平均浓度值); a year's share of good days (优良率) is over the days
#: monitored, 324 to 366 (on corpus/full + gwr the five such rates imply 359–365 days)
MIN_VALID_DAYS = 324


def stated_interval(q: Quantity, extra: float = 0.0) -> Tuple[float, float]:
    """Values a stated percentage stands for; 约 widens by one unit of the last digit; a bound
    (超过98%, 不足5%) opens one side."""
    h = 0.5 * 10 ** (-q.decimals)
    lo, hi = q.value - h, q.value + h
    if q.approx == "≈":
        lo, hi = lo - 2 * h, hi + 2 * h
        if q.decimals == 0 and q.value >= 10 and q.value % 10 == 0:
            # 80%左右 / 约80%: a round figure stated as approximate stands for its tens (75%–85%)
            lo, hi = min(lo, q.value - 5), max(hi, q.value + 5)
    elif q.approx in (">", ">="):
        hi = float("inf")
        if q.approx_word == "多" and q.chinese and q.is_percent and q.value < 100 and q.value % 10 == 0:
            # 一成多, 三成多: more than its tenths and less than the next tenth (一成多 is never a quarter)
            hi = q.value + 10.0
    elif q.approx in ("<", "<="):
        # 近一半, 接近98%: near the value from below, not anything below it — tenths and fractions (近九成, 近一半) at
        # most a tenth of the value below it (values.NEAR_LOW, the reading of 近X everywhere: 近九成 is 81%–90%, as
        # 694亿元 of 808亿元 = 85.9% is written); a figure in digits at most 3 units of its last digit or 5% of it,
        # whichever is more (近99% is 94%–99%, not 79%), never more than a fifth below
        if q.approx_word in NEAR_WORDS:
            lo = 0.8 * q.value - h
            if q.chinese:
                # (近三成, 近两成: a drafter rounds to the nearest half 成 too — never tighter than 5 points below)
                lo = (min(NEAR_LOW * q.value, q.value - 5.0) if q.is_percent else NEAR_LOW * q.value) - h
            elif q.decimals >= 0:
                lo = max(lo, q.value - max(3 * 10 ** (-q.decimals), 0.05 * q.value) - h)
        else:
            lo = float("-inf")
    return lo - extra, hi + extra


def _json_interval(iv: Tuple[float, float]) -> List[Optional[float]]:
    """An interval for a finding's evidence: a side left open by a bound (不足四成: below 40%, no lower end) is
    ``null`` (JSON has no infinity; evidence with one is refused by the engine and the finding lost)."""
    return [None if math.isinf(x) else round(x, 6) for x in iv]


def fmt_num(x: float, decimals: int = 0) -> str:
    if decimals <= 0 and abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):d}"
    return f"{x:.{max(decimals, 0)}f}"


def fmt_pct(x: float, decimals: int) -> str:
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    return f"{x:.{decimals}f}%"


def label(doc, q: Quantity) -> str:
    return _printed(doc, q)


def ratio_interval(n: Tuple[float, float], d: Tuple[float, float]) -> Optional[Tuple[float, float]]:
    if d[0] <= 0:
        return None
    return 100.0 * n[0] / d[1], 100.0 * n[1] / d[0]


def overlaps(a: Tuple[float, float], b: Tuple[float, float], eps: float = 1e-9) -> bool:
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


def _whole_of_two(doc, code: str, q, pairs, stated, formula: str) -> bool:
    """Whether the rate ``q`` (its interval ``stated``) is n/(n+c) for one of ``pairs`` (n, c): the whole is the
    sum of the two counts (the two sides of a split, or what was done and what is left).  The first pair that
    agrees is recorded as the consistent reading."""
    for n, c in pairs:
        nv, cv = count_interval(n), count_interval(c)
        r = ratio_interval(nv, (nv[0] + cv[0], nv[1] + cv[1]))
        if r is not None and overlaps(r, stated):
            record(doc, code, "rate", q, True, formula, [n, c])
            return True
    return False

class _Term:
    """A candidate numerator or denominator: one count, a sum of consecutive counts, or a difference."""

    __slots__ = ("lo", "hi", "label", "parts")

    def __init__(self, lo: float, hi: float, label: str, parts: Sequence[Quantity]) -> None:
        self.lo, self.hi, self.label, self.parts = lo, hi, label, tuple(parts)


def candidate_terms(doc, counts: Sequence[Quantity], with_differences: bool = True) -> List[_Term]:
    """Single counts, sums of 2+ consecutive counts, and differences of two counts."""
    terms: List[_Term] = []
    iv = [count_interval(q) for q in counts]
    for i, q in enumerate(counts):
        terms.append(_Term(iv[i][0], iv[i][1], label(doc, q), [q]))
    for i in range(len(counts)):
        lo, hi = iv[i]
        for j in range(i + 1, min(len(counts), i + 8)):
            lo, hi = lo + iv[j][0], hi + iv[j][1]
            terms.append(_Term(lo, hi, "+".join(label(doc, q) for q in counts[i:j + 1]), counts[i:j + 1]))
    if with_differences:
        for i, a in enumerate(counts):
            for j, b in enumerate(counts):
                if i != j and iv[i][0] > iv[j][1]:
                    terms.append(_Term(iv[i][0] - iv[j][1], iv[i][1] - iv[j][0],
                                       f"{label(doc, a)}−{label(doc, b)}", [a, b]))
    return terms


def grim_numerators(stated: Tuple[float, float], den: Tuple[float, float]) -> List[int]:
    """Whole numerators that give a rate inside ``stated`` with an exact denominator (GRIM)."""
    if den[0] != den[1] or den[0] <= 0 or math.isinf(stated[0]) or math.isinf(stated[1]):
        return []
    d = den[0]
    lo = math.ceil(stated[0] * d / 100.0 - 1e-9)
    hi = math.floor(stated[1] * d / 100.0 + 1e-9)
    return list(range(max(lo, 0), hi + 1))[:5]


def grim_words(stated: Tuple[float, float], den: Tuple[float, float]) -> Tuple[str, str]:
    """The whole numerators of :func:`grim_numerators` in words (zh, en): listed when five or fewer (118或119或120),
    else as their range (96至144之间的整数: a wide tolerance, 四分之一 or 约); ("", "") when there are none."""
    if den[0] != den[1] or den[0] <= 0 or math.isinf(stated[0]) or math.isinf(stated[1]):
        return "", ""
    lo = max(math.ceil(stated[0] * den[0] / 100.0 - 1e-9), 0)
    hi = math.floor(stated[1] * den[0] / 100.0 + 1e-9)
    if hi < lo:
        return "", ""
    if hi - lo < 5:
        nums = list(map(str, range(lo, hi + 1)))
        return "或".join(nums), " or ".join(nums)
    return f"{lo}至{hi}之间的整数", f"a whole number from {lo} to {hi}"




class RateMismatch(Rule):
    code = "LG101"
    name = "rate-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "比率、占比与同句给出的分子分母不符", "en": "A rate or share does not match the counts given with it"}
    description = {
        "zh": "对写明名称的比率（纠错率、办结率、出庭应诉率、整改率、满意率、败诉率……）和占比（占、占比、比例），"
              "用同一句（及上一句）中计量单位相同的数重新计算。只有当分子能从文字认出（名称相同的数，如“直接纠错236件”；"
              "纠错率还认撤销、变更、确认违法、责令履行）且有合适的分母（出庭应诉率要开庭/应出庭数，纠错率要审结数……）时才检查。"
              "按印出的小数位取舍区间 [x−0.5·10⁻ᵈ, x+0.5·10⁻ᵈ]（四舍五入和四舍六入五成双都接受），“约”再放宽一个末位单位。"
              "只要有一种合理的读法（分子为若干同名数之和；分母为另一个数、相邻数之和、扣除终止/撤回等的差、部分加其余、"
              "段内前文的数）能得到所述比率就不报；否则报告重算值、算式、容差，以及按该分母应有的分子（GRIM 检验）。"
              "“近99%”按略低于该值读（至多低末位3个单位或该值的5%，“近六成”至多低十分之一，即54%–60%）；分子以“件次/人次”计、"
              "分母以“件/人”计时，比率至多为二者之比；比率或占比写在前、分子分母写在后时也检查（包括比率后接冒号再列出数字："
              "“纠错率为14.5%：在审结的352件中，直接纠错51件”）。“这一比例”“该比例”指代刚写出的部分，按占比检查；"
              "“覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖”：整体为已做与紧接“未+比率动词”的未做之和；"
              "“全市共有行政村300个，尚有30个未通光纤，覆盖率为90%”：只以自身动词命名的覆盖率（覆盖率、普及率、达标率），"
              "分子为写明的总数减去紧接“未”的未达数（同句无其他同计量单位的数字时），未达数不作分子。"
              "“增至4家、占全市50%”：整体（全市总数）未写出，但必为整数N（N≥4），占比须为4/N按印出位数四舍五入或截断之值；"
              "任何整数N、任何可作分子的确数能得到所述值即不报（约、以上、分别、目标、以产值等他种量命名的整体均不查）。",
        "en": "Recomputes a named rate (纠错率, 办结率, 出庭应诉率, 整改率, 满意率, 败诉率…) or share (占, 占比, 比例) "
              "from the counts with the same measure word in the same sentence (and the one before). Checked only when "
              "the text names the numerator (a count described like the rate, e.g. 直接纠错236件; for 纠错率 also the "
              "撤销/变更/确认违法/责令履行 decisions) and a fitting denominator (cases heard for 出庭应诉率, cases "
              "concluded for 纠错率…). A value printed with d decimals stands for [x−0.5·10⁻ᵈ, x+0.5·10⁻ᵈ] (half-up "
              "and half-even rounding both pass); 约 widens it by one unit of the last digit. Silent as soon as one "
              "plausible reading (sums of the named counts over another count, a sum of adjacent counts, a whole minus "
              "终止/撤回 cases, part + complement, or a count earlier in the paragraph) gives the stated value; "
              "otherwise reports the recomputed value, the formula, the tolerance and, GRIM-style, the numerators "
              "that would give the stated rate. 近99% reads as a little below (at most 3 units of the last digit or "
              "5% below; 近六成 a tenth below: 54%–60%); a numerator in 件次/人次 over cases or people in 件/人 bounds the rate "
              "from above; rates and shares stated before their counts are checked too (also with a colon opening the "
              "counts: 纠错率为14.5%：在审结的352件中，直接纠错51件). 这一比例 / 该比例 name the share of the part just "
              "stated. 覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖: the whole is what was done plus the count followed "
              "at once by 未 and the rate's own verb; 全市共有行政村300个，尚有30个未通光纤，覆盖率为90%: a coverage rate "
              "named by its own word only (覆盖率, 普及率, 达标率) is the total stated (共有) less the count followed at "
              "once by 未 (no other count of that measure in the sentence); that count is never the numerator. "
              "增至4家、占全市50%: the whole (the city's number) is not printed, but it is a whole number N >= 4, so the "
              "share must be 4/N rounded or truncated to the printed digits; silent when any N and any exact count that "
              "may be the part give it (约, 以上, 分别, goals and wholes named by another measure such as 产值 are not read).",
    }
    authority = "《党政机关公文处理工作条例》数字准确的要求；国家统计局 百分数、比重的定义；statcheck / GRIM"
    messages = {
        "default": {
            "zh": "{name}{stated}与所给数字不符：{formula} = {recomputed}（所述值允许区间 {lo}–{hi}，容差±{tol}个百分点）；{grim}",
            "en": "{name} {stated} does not match the counts: {formula} = {recomputed} (the stated value allows "
                  "{lo}–{hi}, tolerance ±{tol} percentage points); {grim_en}",
        },
    }
    options = {
        "tolerance": Option(0.0, "extra tolerance in percentage points added to the rounding interval"),
        "truncation": Option(False, "also accept values truncated instead of rounded (one more unit upward)"),
    }
    examples = (
        good("2023年全国法院共审结一审行政案件28.1万件。我市行政应诉工作持续加强，全年市本级行政机关败诉57件，败诉率6.2%。",
             note="a national count is no base of the city's rate (57 ÷ 28.1万 is not read)"),
        bad("共审结行政复议案件977件，直接纠错236件，纠错率为42.2%。", note="236/977 = 24.16%"),
        bad("共审结行政复议案件412件，其中直接纠错58件，占16.1%。", note="58/412 = 14.08%"),
        bad("各级认领事项1740项，办理解决1623项，办结率95.28%。"),
        good("共审结复议案件977件，直接纠错236件，纠错率约为24.2%。"),
        good("各级认领事项1740项，办理解决1623项，办结率93.28%。"),
        good("开庭审理85件，负责人出庭应诉85件，出庭应诉率100%。"),
        good("审结400件，其中撤销22件、变更6件、确认违法10件、责令履行2件，纠错率10.0%。",
             note="the numerator is the sum of the correcting decisions"),
        good("全年新增就业1100万人，城镇调查失业率5.5%。", note="no pairing to check"),
        good("共审结行政复议案件412件，其中直接纠错58件，占14.1%。"),
        bad("全年受理案件900件，其中涉企案件450件，约占三分之一。", note="450/900 = 50%, not about a third"),
        good("全年受理案件900件，其中涉企案件310件，约占三分之一。"),
        bad("调解成功率为90%（共调解纠纷400件，成功380件）。", note="成功 names the numerator of 调解成功率: 95%"),
        good("网上可办率达到98%以上（可网办1,830项，总数1,860项）。"),
        bad("行政执法人员持证率达95%以上，全市共有行政执法人员3,260人，持证上岗2,950人。",
            note="持证 names the numerator, 行政执法人员 the population: 2,950/3,260 = 90.5%"),
        bad("负责人出庭应诉168件次，应出庭案件180件，出庭率为98%。",
            note="件次 are at least the cases they count: the rate is at most 168/180 = 93.3%"),
        good("负责人出庭应诉168件次，应出庭案件180件，出庭率为80%。", note="a case may be heard more than once"),
        bad("网上办理事项4,120件，占比不足六成，全年共办理事项5,860件。", note="the whole stated after the share: 70.3%"),
        bad("“一网通办”率达95%以上（可全程网办1,690项，共1,860项）。", note="1,690/1,860 = 90.9%"),
        bad("全市共有法律援助案件1,506件，其中农民工案件约占三分之一，达812件。", note="812/1,506 = 53.9%"),
        good("全市共有法律援助案件1,506件，其中农民工案件约占三分之一，达512件。"),
        bad("行政复议纠错率为16.5%。全年共审结行政复议案件480件，其中直接纠错60件。",
            note="the counts in the next sentence: 60/480 = 12.5%"),
        bad("行政复议纠错率为16.5%：在审结的480件案件中，直接纠错60件。", note="a colon opens the counts: 60/480 = 12.5%"),
        bad("农村饮水安全工程覆盖18.6万户，覆盖率98.0%，尚有1.4万户未覆盖。",
            note="the whole is the covered and the uncovered: 18.6/(18.6+1.4) = 93.0%"),
        good("农村饮水安全工程覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖。"),
        bad("全市共有行政村300个，尚有30个未通光纤，覆盖率为95%。", note="(300 − 30)/300 = 90%"),
        good("全市共有行政村300个，尚有30个未通光纤，覆盖率为90%。", note="30 is what is not covered, not the numerator"),
        bad("抽检食品450批次，不合格9批次，不合格率3.0%。", note="checked as 合格率97.0%: (450 − 9)/450 = 98.0%"),
        good("抽检食品450批次，不合格9批次，不合格率2.0%。"),
        bad("83项年度重点任务仅有5项未完成，完成率97.0%。", note="(83 − 5)/83 = 94.0%"),
        bad("全年受理行政复议案件86件，其中涉企案件不足四成（41件）。", note="tenths without 占: 41/86 = 47.7%"),
        good("全年受理行政复议案件86件，其中涉企案件不足四成（31件）。"),
        bad("其中男性人口51.2万人，女性人口48.8万人，女性人口占比44.8%。",
            note="the whole is the sum of the two sides: 48.8/(51.2+48.8) = 48.8%"),
        good("全年出口额1,260亿元，进口额740亿元，出口占进出口总额的63%。"),
        bad("辖区上市公司增至4家，占全市47%。", note="the city's number is not printed, but 4/8 = 50% and 4/9 = 44.4%: "
                                               "no whole number of companies gives 47%"),
        good("辖区上市公司增至4家，占全市50%。"),
        good("知识产权代理机构增至76家，占全市44.1%。", note="76/172 = 44.19%, truncated"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        tol = float(self.settings["tolerance"])
        #: numerators that already explain an earlier rate: a second rate with another name over the
        #: same counts (纠错率24.2%，综合纠错率28.1%) has a numerator the text does not give
        consumed: Dict[int, str] = {}
        areas = area_shares(doc)
        for q in list(doc.quantities) + spaced_percents(doc) + cheng_figures(doc):
            if q.unit == "‰" and q.value <= 1000:
                # 被纠错率为2.8‰: a rate in per mille is the rate of a tenth of its value in per cent (0.28%), shown as printed
                shown = doc.text[q.num_start:q.end]
                q = dataclasses.replace(q, value=q.value / 10, mantissa=q.mantissa / 10, decimals=q.decimals + 1, unit="%")
                _show(doc, q, shown)
            if not q.is_percent:
                continue
            if q.start in areas and areas[q.start].share is q:
                f = self._area_share(doc, q, areas[q.start], tol)
                if f is not None:
                    yield f
                continue
            if is_from_value(masked, q) or is_prior_rate(doc, masked, q):
                continue      # 不合格率由上年的2.1%降至1.5%, 上年纠错率为10.0%: last year's value, not over this year's counts
            res = rate_context(doc, masked, q)
            if res is None:
                n0 = len(ledger(doc))
                f = self._qualifying_share(doc, masked, q, tol)
                if f is None and len(ledger(doc)) == n0 and "分" in masked[max(0, q.start - 40):q.start]:
                    f = self._respective(doc, masked, q, tol)
                if f is None and len(ledger(doc)) == n0 and masked[q.start - 1:q.start] == "的":
                    f = self._deed_share(doc, masked, q, tol)
                if f is not None:
                    yield f
                continue
            name, kind, closed = res
            if kind == "rate" and other_area_rate(doc, masked, q):
                continue      # 全省行政复议纠错率为12.4% in a city's report: the province's counts are not stated
            if DAYS_RATE.search(name):
                f = self._days(doc, masked, q, name, tol)
            elif kind == "rate" and closed and name[:1] in _NEGATED_RATE and q.value <= 100:
                # 不合格率2.0% is 合格率98.0%: checked as the rate of what did happen, with the printed figure shown
                p = complement_of(q)
                _show(doc, p, f"{fmt_pct(p.value, q.decimals)}（100%−{name}{doc.text[q.num_start:q.end]}）")
                f = self._check_one(doc, masked, p, name[1:], kind, closed, tol, consumed)
            else:
                n0 = len(ledger(doc))
                f = self._check_one(doc, masked, q, name, kind, closed, tol, consumed)
                if f is None and len(ledger(doc)) == n0:
                    # no reading found its operands by the words between them: bound by what they are, in any order
                    f = self._named(doc, masked, q, name, kind, tol)
                if f is None and len(ledger(doc)) == n0:
                    # still no reading: the operands by what they are, from the clause to the paragraphs above
                    f = self._reached(doc, masked, q, name, kind, tol)
                if f is None and len(ledger(doc)) == n0 and "分" in masked[max(0, q.start - 40):q.start]:
                    f = self._respective(doc, masked, q, tol)
                if f is None and len(ledger(doc)) == n0 and kind == "share" and masked.startswith("的", q.end):
                    # 95%以上的处罚决定已公示，应公示1,480件中已公示1,423件: a share before the noun it qualifies
                    f = self._qualifying_share(doc, masked, q, tol)
                if f is None and len(ledger(doc)) == n0 and kind == "share":
                    # 已整改89处，已整改的占九成以上: a share stated by its deed after its counts
                    f = self._deed_share(doc, masked, q, tol)
                if f is None and len(ledger(doc)) == n0 and kind == "share" and (q.chinese or q.approx):
                    # …达到省定办学标准的不足九成，全区63所学校中达标的有54所: the part among its whole after the share
                    f = self._among_after(doc, masked, q, tol)
                if f is None and kind == "share" and len(ledger(doc)) == n0:
                    f = self._unprinted_whole(doc, masked, q, name, tol)
            if f is not None:
                yield f

    def _qualifying_share(self, doc, masked, q, tol):
        """全区90%以上的村（社区）建立了法律顾问制度，186个村（社区）中已有172个建立: a percentage before 的 that
        qualifies the things a whole counts, the part among that whole after it in the sentence
        (``claims.rates.among_share_pairs``, as for 逾九成的村…); the share in the direction of its bound (以上/超过:
        at least; 不足/不到: at most; 近: at most a tenth below).  Silent when any pair found fits, for a plan or a goal,
        and when no pair is found."""
        if masked[q.end:q.end + 1] != "的" or (q.chinese and not masked.startswith("百分之", q.num_start - 3)):
            return None           # (shares in words have their own context: claims.roles.cheng_figures; 百分之九十以上的村
            # is the percentage 90%以上的村 is)
        s_ = doc.sentence_at(q.start)
        if s_ is None:
            return None
        floor = clause_start(doc, masked, q.start, max(s_.start, q.start - 40))
        if GOAL.search(masked, floor, q.start) or PLAN_AROUND_SHARE.search(masked, s_.start, s_.end):
            return None           # 推动90%以上的村建立…: a goal, not computed from the counts
        pairs = among_share_pairs(doc, masked, q, max(s_.start, q.start - 40))
        if not pairs:
            # 22%的案件通过调解结案，全年审结…418件，调解结案92件: the part named by the predicate, the whole a total
            pw = predicate_part(doc, masked, q, s_)
            pairs = [pw] if pw is not None else []
        if not pairs:
            # 97.3%的群众诉求在规定时限内办结。受理诉求18,640件，按时办结18,137件: the whole named by the noun, the part by the
            # predicate, in the sentences around (claims.rates.noun_share)
            ns = noun_share(doc, masked, q)
            pairs = [ns[:2]] if ns is not None and not ns[3] else []
        if not pairs:
            return None
        return self._pairs_verdict(doc, q, pairs, tol)

    def _among_after(self, doc, masked, q, tol):
        """全区义务教育学校达到省定办学标准的不足九成，全区63所学校中达标的有54所: a share in words or a bound naming its
        subject, the part among its whole stated after it (``claims.rates.among_share_pairs``), read when no other reading
        found the share's operands; silent for a plan or a goal, and when any pair found fits."""
        s_ = doc.sentence_at(q.start)
        if s_ is None:
            return None
        floor = clause_start(doc, masked, q.start, max(s_.start, q.start - 40))
        if GOAL.search(masked, floor, q.start) or PLAN_AROUND_SHARE.search(masked, s_.start, s_.end):
            return None
        pairs = [(p, w) for p, w in among_share_pairs(doc, masked, q, max(s_.start, q.start - 40)) if p.start > q.end]
        return self._pairs_verdict(doc, q, pairs, tol) if pairs else None

    def _pairs_verdict(self, doc, q, pairs, tol):
        """Silent when any (part, whole) of ``pairs`` gives the share ``q`` in its bound's direction; else the first
        pair is reported."""
        stated = stated_interval(q, tol)
        for p, w in pairs:
            r = ratio_interval(count_interval(p), count_interval(w))
            if r is not None and overlaps(r, stated):
                record(doc, self.code, "rate", q, True, "part/whole*100 (the part among the whole the share qualifies)",
                       [p, w])
                return None
        p, w = pairs[0]
        r = ratio_interval(count_interval(p), count_interval(w))
        if r is None:
            return None
        record(doc, self.code, "rate", q, False, "part/whole*100 (the part among the whole the share qualifies)", [p, w])
        mid = (r[0] + r[1]) / 2
        h = 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(count_interval(p)[0]), fmt_num(count_interval(w)[0])
        bound = q.approx_word or q.before_word or q.after_word
        return self.finding(
            doc, q.start, q.end,
            related=[Related(p.start, p.end, {"zh": "分子", "en": "numerator"}),
                     Related(w.start, w.end, {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": f"{nd}/{dd}*100", "tolerance": round(h, 6), "numerator": count_interval(p)[0],
                      "denominator": count_interval(w)[0], "grim_numerators": [], "rate_name": "占比",
                      "bound": bound or None,
                      "readings_tried": "each part stated among a whole after the share whose noun the share qualifies "
                                        "(claims.rates.among_share_pairs)"},
            name="占比", stated=_printed(doc, q), formula=f"{label(doc, p)}÷{label(doc, w)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
            grim="所述值是一侧的界限" if bound else "部分与整体写在占比之后",
            grim_en="the stated value is a one-sided bound" if bound else
                    "the part and the whole are stated after the share")

    def _deed_share(self, doc, masked, q, tol):
        """全县小型水库138座，已完成除险加固127座，尚未完成除险加固的不足一成: a share stated by a deed alone after its counts
        (``claims.rates.deed_share``): the part over the whole, or the whole less the part over the whole when the deed
        is negated (尚未/未), in the direction of the share's bound."""
        got = deed_share(doc, masked, q)
        if got is None:
            return None
        p, w, neg = got
        (plo, phi), (wlo, whi) = count_interval(p), count_interval(w)
        if wlo <= 0:
            return None
        r = (100.0 * (1 - phi / wlo), 100.0 * (1 - plo / whi)) if neg else ratio_interval((plo, phi), (wlo, whi))
        stated = stated_interval(q, tol)
        what = "(whole-part)/whole*100 (the share names the deed negated)" if neg else \
            "part/whole*100 (the share names the part's deed)"
        ok = overlaps(r, stated)
        record(doc, self.code, "rate", q, ok, what, [p, w])
        if ok:
            return None
        mid = (r[0] + r[1]) / 2
        h = 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(plo), fmt_num(wlo)
        formula = f"({dd}-{nd})/{dd}*100" if neg else f"{nd}/{dd}*100"
        shown = f"（{label(doc, w)}−{label(doc, p)}）÷{label(doc, w)}" if neg else f"{label(doc, p)}÷{label(doc, w)}"
        bound = q.approx_word or q.before_word or q.after_word
        return self.finding(
            doc, q.start, q.end,
            related=[Related(p.start, p.end, {"zh": "已做到的部分", "en": "the part that did the deed"}),
                     Related(w.start, w.end, {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": formula, "tolerance": round(h, 6), "numerator": plo, "denominator": wlo,
                      "grim_numerators": [], "rate_name": "占比", "bound": bound or None, "negated": neg,
                      "readings_tried": "the count of the clause before the share named by the share's deed, over the "
                                        "count of the clause before it (claims.rates.deed_share)"},
            name="占比", stated=_printed(doc, q), formula=shown,
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
            grim="所述值是一侧的界限" if bound else "部分与整体写在占比之前",
            grim_en="the stated value is a one-sided bound" if bound else "the part and the whole are stated before the share")

    def _unprinted_whole(self, doc, masked, q, name, tol):
        """达91家，占全市43.8% / 增至4家、占全市50%: the whole (the city's number) is not printed, but it is a whole
        number N of things, so k/N must give the share at its printed precision (GRIM).  Silent when any whole number
        N >= k does for any of the part's readings (``claims.rates.unprinted_whole_parts``); a small part is the only
        one that can fail (4/N is 44.4% or 50%, never 47%).  The share is read as rounded or truncated."""
        parts = unprinted_whole_parts(doc, masked, q)
        if not parts:
            return None
        # (the share may be truncated, not rounded: 知识产权代理机构增至76家，占全市44.1% — 76/172 = 44.19%; a whole the text
        # does not print leaves no other check of how the figure was cut, so both are accepted)
        stated = stated_interval(q, tol)
        stated = (stated[0], max(stated[1], q.value + 10 ** (-q.decimals)))    # (the upper end excluded: 48% is not 47%)
        for c in parts:
            k = count_interval(c)[0]
            if stated[0] <= 0 or math.floor(100.0 * k / stated[0] + 1e-9) >= max(k, math.floor(100.0 * k / stated[1]) + 1):
                record(doc, self.code, "rate", q, True, "k/N*100 for a whole number N (not printed)", [c])
                return None
        c = parts[0]
        k = int(count_interval(c)[0])
        n1 = max(k, int(100.0 * k // q.value))          # the nearest wholes on either side of 100k/p
        near = sorted({n for n in (n1, n1 + 1) if n >= k})
        vals = [100.0 * k / n for n in near]
        record(doc, self.code, "rate", q, False, f"{k}/N*100 for a whole number N", [c])
        whole = unprinted_scope(masked, c, q) or "总数"
        h = 0.5 * 10 ** (-q.decimals)
        shown = "，".join(f"{k}/{n} = {fmt_pct(v, max(q.decimals, 2))}" for n, v in zip(near, vals))
        return self.finding(
            doc, q.start, q.end,
            related=[Related(c.start, c.end, {"zh": "分子", "en": "numerator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(vals[0], 4), "recomputed_interval": [round(min(vals), 6), round(max(vals), 6)],
                      "formula": f"{k}/N*100, N a whole number >= {k}", "tolerance": round(h, 6), "numerator": k,
                      "denominator": near, "grim_numerators": [], "rate_name": name or f"占{whole}的比重",
                      "readings_tried": "each exact count of the part's measure before the share (after the last "
                                        "percentage) over every whole number N of things; the whole is not printed"},
            name=name or f"占{whole}的比重", stated=_printed(doc, q), formula=f"{label(doc, c)}÷N（{whole}，未写出，N为整数）",
            recomputed=shown, lo=fmt_pct(stated[0], q.decimals + 1), hi=fmt_pct(stated[1], q.decimals + 1),
            tol=f"{h:g}",
            grim=f"{whole}未写出，但没有任何整数N能使{k}/N落在所述区间内（GRIM 不一致）",
            grim_en=f"the whole is not printed, but no whole number N gives {k}/N within the stated interval "
                    f"(GRIM-inconsistent)")

    def _area_share(self, doc, q, a, tol):
        """粮食总产量98.6万吨，占全省的12.3%，全省粮食总产量为801.6万吨 (``claims.ratios.area_shares``): the part
        right before the share over the larger area's whole stated after it under the part's own name."""
        stated = stated_interval(q, tol)
        if q.approx is None and re.search(r"约|約|左右", doc.text[a.part.end:q.start]):
            h = 0.5 * 10 ** (-q.decimals)
            stated = (stated[0] - 2 * h, stated[1] + 2 * h)     # 约占全国总产量的1.3%: one more unit each side
        r = ratio_interval(count_interval(a.part), count_interval(a.whole))
        if r is None:
            return None
        ok = overlaps(r, stated)
        record(doc, self.code, "rate", q, ok, "part/whole*100 (the larger area's whole after the share)", [a.part, a.whole])
        if ok:
            return None
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(count_interval(a.part)[0]), fmt_num(count_interval(a.whole)[0])
        name = f"占{a.scope}的比重"
        return self.finding(
            doc, q.start, q.end,
            related=[Related(a.part.start, a.part.end, {"zh": "分子", "en": "numerator"}),
                     Related(a.whole.start, a.whole.end, {"zh": "分母（" + a.scope + "）", "en": "denominator (" + a.scope + ")"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": f"{nd}/{dd}*100", "tolerance": round(h, 6), "numerator": count_interval(a.part)[0],
                      "denominator": count_interval(a.whole)[0], "grim_numerators": [], "rate_name": name,
                      "readings_tried": "the figure right before the share over the larger area's whole named like it "
                                        "after the share (claims.ratios.area_shares)"},
            name=name, stated=doc.text[q.num_start:q.end], formula=f"{label(doc, a.part)}÷{label(doc, a.whole)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
            grim=f"{a.scope}的总量写在占比之后（{a.whole_words.strip() or a.scope}）",
            grim_en=f"the whole of {a.scope} is stated after the share")

    def _days(self, doc, masked, q, name, tol):
        """空气质量优良天数335天、优良率91.8%: the days over the days monitored, which are the days of the year or a few
        fewer (valid monitoring days: between :data:`MIN_VALID_DAYS` and 366)."""
        s = doc.sentence_at(q.start)
        if s is None:
            return None
        lo = max(s.start, q.start - 60)
        m = None
        for m_ in GOOD_DAYS.finditer(masked, lo, min(s.end, q.end + 40)):
            if not re.search(r"[。；;]", masked[min(m_.end(), q.start):max(m_.start(), q.end)]):
                m = m_
                break
        if m is None or re.search(r"增加|增长|增長|减少|減少|下降|提高|比上年|同比|较|較|接近|近|超过|超過|不足|不到|逾|多|余",
                                  m.group("gap")) or GOAL.search(masked, s.start, q.start) \
                or re.search(r"力争|目标|目標|计划|計劃|预期|預期|到20\d\d年", masked[s.start:q.start]):
            return None       # a change of the days, a bound, a plan
        start = m.start("n")
        dq = next((c for c in quantities_in(doc, m.start(), m.end()) if c.start <= start < c.num_end), None)
        if m.group("n").isdigit():
            days = int(m.group("n"))
        elif dq is not None and dq.num_start == start and dq.value == int(dq.value):
            days = int(dq.value)        # 三百三十一天: the number service's reading of the Chinese numeral
        else:
            return None
        if not 100 <= days <= 366 and not (366 < days < 1000
                                           and not SEVERAL_YEARS.search(masked, s.start, max(q.end, m.end()))):
            return None       # (空气质量优良天数450天、优良率96.4%: more good days than a year has is no reading at all;
            # 五年累计优良天数1,650天 counts several years — said before the rate, not by a clause after it:
            # …优良率97.5%，PM2.5年均浓度… is no span of years)
        stated = stated_interval(q, tol)
        least = MIN_VALID_DAYS
        r = (100.0 * days / 366, 100.0 * days / (max(days, least) if days <= 366 else least))
        ok = overlaps(r, stated)
        record(doc, self.code, "rate", q, ok, f"days/days monitored*100 ({least}-366)", [dq] if dq else [])
        if ok:
            return None
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        return self.finding(
            doc, q.start, q.end,
            related=[Related(m.start("n"), m.end("n"), {"zh": "天数", "en": "days"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": f"{days}/D*100, {least}<=D<=366", "tolerance": round(h, 6), "numerator": days,
                      "denominator": [least, 366], "grim_numerators": [], "rate_name": name,
                      "readings_tried": f"the days over {least} to 366 days monitored"},
            name=name, stated=doc.text[q.num_start:q.end], formula=f"{days}天÷监测天数（{least}–366天）",
            recomputed=f"{fmt_pct(r[0], max(q.decimals, 1))}–{fmt_pct(r[1], max(q.decimals, 1))}",
            lo=fmt_pct(stated[0], q.decimals + 1), hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
            grim="以全年有效监测天数计", grim_en="over the days monitored in the year")

    def _named(self, doc, masked, q, name, kind, tol):
        """答复率98.8% after 共收到…326件 two sentences earlier and 已答复322件; 民营企业出口占到全市出口总额的69.8%，全市出口
        486.2亿元，民营企业出口339.4亿元: the numerator and the base found among the counts around the rate by what they
        are — the count the rate's stem (or the subject of 占) names and the one whole of the same measure the procedure,
        a total or the object of 占 names — in either order (``claims.rates.named_operands``; silent when two counts fit
        either role).  Checked as part/base*100 within the printed rounding."""
        found = named_operands(doc, masked, q, name, kind)
        if found is None:
            return None
        n, d, how, others = found
        if _named_again(doc, masked, name, n.end, q.start):
            return None       # (办结1.82万件，办结率97.8%；其中…举报0.62万件，办结率96.8%: the counts are the first rate's)
        stated = stated_interval(q, tol)
        if self.settings["truncation"]:
            stated = (stated[0], stated[1] + 10 ** (-q.decimals))
        nv, dv = count_interval(n), count_interval(d)
        r = ratio_interval(nv, dv)
        if r is None:
            return None
        formula = f"{fmt_num(n.base_value)}/{fmt_num(d.base_value)}*100"
        at_least = how.endswith(AT_LEAST)
        if at_least:
            # (胜诉 counted as 驳回 + 撤诉, 综合纠错 as the direct corrections: the rate is at least the ratio)
            r = (r[0], 100.0)
            formula = "≥" + formula
        if overlaps(r, stated):
            record(doc, self.code, "rate", q, True, formula + " (" + how + ")", [n, d])
            return None
        if others and how.startswith(LINKED):
            # (the whole the numerator is a part of, and other counts named as a base: silent when one of them fits)
            for o in others:
                ro = ratio_interval(nv, count_interval(o))
                if ro is not None and overlaps((ro[0], 100.0) if at_least else ro, stated):
                    record(doc, self.code, "rate", q, True, formula + " (" + how + ")", [n, o])
                    return None
        elif others:
            return None       # (another count of the measure might be the base: two candidates, no certain reading)
        record(doc, self.code, "rate", q, False, formula + " (" + how + ")", [n, d])
        return self._operands_finding(
            doc, q, n, d, name, stated, r, formula, at_least,
            "the one count named by the rate (or the subject of 占) over the one whole of its measure named by the "
            "procedure, a total or the object of 占, in the sentence and the nearest sentences around it, in either "
            "order (claims.rates.named_operands)")

    def _operands_finding(self, doc, q, n, d, name, stated, r, formula, at_least, tried, complement=False):
        """The finding of a rate ``q`` whose one reading, ``n`` over ``d`` (``r`` its interval), misses ``stated``
        (``complement``: ``n`` is what the rate leaves out, the rate (d − n) ÷ d)."""
        dv = count_interval(d)
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        grim = grim_numerators(stated, dv)
        gw = grim_words(stated, dv)
        dd = fmt_num(d.base_value)
        return self.finding(
            doc, q.start, q.end,
            related=[Related(n.start, n.end, {"zh": "分子", "en": "numerator"}),
                     Related(d.start, d.end, {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": formula, "tolerance": round(h, 6), "numerator": n.base_value, "denominator": d.base_value,
                      "grim_numerators": grim, "rate_name": name, "readings_tried": tried},
            name=name, stated=_printed(doc, q),
            formula=f"({label(doc, d)}−{label(doc, n)})÷{label(doc, d)}" if complement else f"{label(doc, n)}÷{label(doc, d)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
            grim="分子为总数减去未计入的结果，比率至多为此值" if complement else
            "所列结果之外或有其他结果计入，比率至少为此值" if at_least else
            f"分母为{dd}时，分子应为{gw[0]}" if grim else "分子、分母按名称认定",
            grim_en="the whole less the outcomes the rate leaves out: the rate is at most this" if complement else
            "other outcomes may add to those listed: the rate is at least this" if at_least else
            f"with {dd} as denominator the numerator would have to be {gw[1]}" if grim
            else "numerator and denominator found by their names")

    def _respective(self, doc, masked, q, tol):
        """调解纠纷分别为400件和300件，调解成功分别为388件和285件，调解成功率分别为97.0%和95.0%: the i-th rate of a
        respective list over the i-th values of the lists of its sentence named like the rate and of another list of
        their measure (``claims.reach.respective_readings``).  Silent when any pairing fits; reported only when one
        list is named by the rate's action and one other list of the measure is there."""
        found = respective_readings(doc, masked, q)
        if found is None:
            return None
        readings, certain, name, comps = found
        stated = stated_interval(q, tol)
        if self.settings["truncation"]:
            stated = (stated[0], stated[1] + 10 ** (-q.decimals))
        for _, n, d in readings:
            r = ratio_interval(count_interval(n), count_interval(d))
            if r is not None and overlaps(r, stated):
                record(doc, self.code, "rate", q, True, "n_i/d_i*100 (respective lists; claims.reach)", [n, d])
                return None
        for _, n, d in comps:
            r = ratio_interval(count_interval(n), count_interval(d))
            if r is not None and overlaps((100 - r[1], 100 - r[0]), stated):
                record(doc, self.code, "rate", q, True, "(d_i-c_i)/d_i*100 (respective lists; claims.reach)", [n, d])
                return None
        if not certain:
            return None
        if not readings:
            # the rate over the whole less the other outcome's count (合格率 after 检出不合格分别为…)
            _, n, d = comps[0]
            r = ratio_interval(count_interval(n), count_interval(d))
            if r is None:
                return None
            r = (100 - r[1], 100 - r[0])
            formula = f"({fmt_num(d.base_value)}-{fmt_num(n.base_value)})/{fmt_num(d.base_value)}*100"
            record(doc, self.code, "rate", q, False, formula + " (respective lists; claims.reach)", [n, d])
            return self._operands_finding(doc, q, n, d, name, stated, r, formula, False,
                                          "the values of the same position in the respective lists of the sentence: "
                                          "the whole less the other outcome (claims.reach)", complement=True)
        _, n, d = readings[0]
        r = ratio_interval(count_interval(n), count_interval(d))
        if r is None:
            return None
        formula = f"{fmt_num(n.base_value)}/{fmt_num(d.base_value)}*100"
        record(doc, self.code, "rate", q, False, formula + " (respective lists; claims.reach)", [n, d])
        return self._operands_finding(doc, q, n, d, name, stated, r, formula, False,
                                      "the values of the same position in the respective lists of the sentence named "
                                      "like the rate and of another list of their measure (claims.reach)")

    def _reached(self, doc, masked, q, name, kind, tol):
        """参训率96.0% a paragraph after 全市在册执法人员10,240人; 结案率92.0% under 二、审结 after 共需办理550件 under
        一、; 占全部事项的15.0% two sentences after 全年受理来信来访3,200件次: the readings ``claims.reach.rate_readings``
        finds by what the counts are (numerator named like the rate, a base of its measure, a complement), nearest
        first, from the clause to the paragraphs above in the figure's part.  Silent when any reading fits; reported
        only for the one certain reading (one numerator named by the rate's action, one base linked by a total, a frame,
        the rate's known base or the words after 占, no other count of the measure that could be either)."""
        found = rate_readings(doc, masked, q, name, kind)
        if found is None:
            return None
        stated = stated_interval(q, tol)
        if self.settings["truncation"]:
            stated = (stated[0], stated[1] + 10 ** (-q.decimals))
        for rd in found.readings:
            nv, dv = count_interval(rd.numerator), count_interval(rd.base)
            r = ratio_interval(nv, dv)
            if rd.complement and r is not None:
                r = (100.0 - r[1], 100.0 - r[0])      # (d − c)/d = 1 − c/d, within the rounding of both
            if r is None:
                continue
            if rd.at_least:
                r = (r[0], 100.0)
            if rd.at_most:
                r = (0.0, r[1])
            if overlaps(r, stated):
                formula = ("(d-c)/d*100" if rd.complement else "n/d*100") + (" <= rate" if rd.at_least else "") \
                    + (" >= rate" if rd.at_most else "")
                record(doc, self.code, "rate", q, True, formula + " (" + found.how + ")", [rd.numerator, rd.base])
                return None
        rd = found.certain
        if rd is None:
            return None
        n, d = rd.numerator, rd.base
        r = ratio_interval(count_interval(n), count_interval(d))
        if r is None:
            return None
        if rd.complement:
            r = (100.0 - r[1], 100.0 - r[0])
            if rd.at_most and stated[0] <= r[1]:
                return None       # (胜诉率 and 败诉: other outcomes than the two may lower the rate, never raise it)
            formula = f"({fmt_num(d.base_value)}-{fmt_num(n.base_value)})/{fmt_num(d.base_value)}*100"
            record(doc, self.code, "rate", q, False, formula + " (" + found.how + ")", [n, d])
            return self._operands_finding(doc, q, n, d, name, stated, r, formula, False,
                                          "the one count of the rate's complement over the one whole of its measure "
                                          "named as its base (claims.reach.rate_readings)", complement=True)
        formula = f"{fmt_num(n.base_value)}/{fmt_num(d.base_value)}*100"
        record(doc, self.code, "rate", q, False, formula + " (" + found.how + ")", [n, d])
        return self._operands_finding(doc, q, n, d, name, stated, r, formula, False,
                                      "every count named like the rate over every whole of its measure stated before it "
                                      "in its part of the report, and the complements (claims.reach.rate_readings)")

    def _check_one(self, doc, masked, q, name, kind, closed, tol, consumed):
        lo_w, _ = sentence_window(doc, q.start)
        # a bound (超10亿元的99户) is not an operand of a rate printed to a decimal
        # bounded: a rate reads the counts just before it (and after it), never a whole long list
        counts = [c for c in recent(doc, lo_w, q.start, 3 * _MAX_OPERANDS)
                  if is_count(c) and not open_bound(c)][-_MAX_OPERANDS:]
        if kind == "share" and _GDP.search(masked, max(lo_w, q.start - 16), q.start):
            # 研发经费支出超过2500亿元、占地区生产总值比重达2.65%: a lower bound right before a share of the GDP is its part
            # (the share is at least the bound over the GDP: one side checked); never a bound elsewhere in the sentence
            zh = max(masked.rfind("占", lo_w, q.start), masked.rfind("佔", lo_w, q.start))
            lower = [c for c in recent(doc, lo_w, q.start, 3 * _MAX_OPERANDS)
                     if c.approx in (">", ">=") and is_count(c) and measure_of(c) == "元" and zh >= 0 and c.end <= zh
                     and BOUND_PART.fullmatch(masked, c.end, zh) and not _threshold(masked, c)]
            if lower and not any(c.end > lower[-1].end and c.end <= zh for c in counts):
                counts = [c for c in counts if c.end <= lower[-1].start] + [lower[-1]]
        if len(counts) == 1 and kind == "rate":
            # 全年审结一审行政诉讼案件160件。\n行政机关败诉12件，败诉率7.5%。: a rate in the first sentence of its
            # paragraph, its part in its own clause, the whole in the line before (a paragraph of one sentence)
            prev = previous_line(doc, masked, q, counts[0])
            if prev is not None:
                lo_w = prev.start
                counts = [c for c in recent(doc, lo_w, q.start, 3 * _MAX_OPERANDS)
                          if is_count(c) and not open_bound(c)][-_MAX_OPERANDS:]
        if counts and counts[-1].start >= lo_w and not any(c.start < lo_w for c in counts):
            # 全年完成固定资产投资800亿元，增长9%。\n其中民间投资480亿元，占60%: a paragraph opening with 其中 breaks down
            # the one count of the line before (claims.rates.part_line_window)
            up = part_line_window(doc, masked, q, counts[-1])
            if up is not None and len(counts) == 1:
                lo_w = up
                counts = [c for c in recent(doc, lo_w, q.start, 3 * _MAX_OPERANDS)
                          if is_count(c) and not open_bound(c)][-_MAX_OPERANDS:]
        if counts:
            # 全市共有行政执法人员2,846人。区级执法人员中，持证上岗的1,204人，持证率98.1%: a rate framed by a narrower set
            # (…中，) is over that set, never over a count before the frame named otherwise (claims.rates.scope_frame_cut)
            counts = scope_frame_cut(doc, masked, q, counts)
        if counts:
            # 2023年审结案件300件，纠错40件；2024年纠错率20.5%: the rate names a period and the counts before it another
            # (不合格率由上年的2.1%降至1.5%: the period of the value the rate moved from is not the rate's)
            between = OTHER_PERIOD.findall(EARLIER_COMPARISON.sub("", FROM_VALUE.sub("", masked[counts[-1].end:q.start])))
            if between:
                earlier = OTHER_PERIOD.findall(masked, lo_w, counts[0].start)
                if earlier and set(earlier) != set(between):
                    counts = []
        pop = named_population(masked, q)
        if pop is not None and not any(pop[0] in context_before(masked, c, lo_w, 16) for c in counts) \
                and pop[0] not in masked[pop[1]:pop[1] + 60]:
            return None               # 参保率98.6%（以应参保人数计）: over a population the text does not state
        if kind == "rate" and masked[q.end:q.end + 1] in ("（", "("):
            sl = SLASH_BRACKET.match(masked, q.end)
            if sl is not None:
                # 纠错率为12.4%（62/500）: the numerator and the denominator written as a fraction right after the rate
                return self._slash_fraction(doc, q, name, tol, sl)
        # the counts may follow in brackets: 出庭应诉率95.2%（出庭应诉40件，应出庭42件）
        after_rate = q.end
        # 按期受理率、按期办结率分别为99.6%和98.3%。…: rates named apart as a list's members — each value is named by its
        # member (claims.roles.listed_rate_end), and the counts follow the whole list
        listed_end = listed_rate_end(doc, q)
        if listed_end is not None:
            after_rate = max(after_rate, listed_end)
        bracket: List[Quantity] = []
        if masked[q.end:q.end + 1] in ("（", "("):
            close = masked.find("）" if masked[q.end] == "（" else ")", q.end, q.end + 80)
            if close > 0:
                bracket = [c for c in quantities_in(doc, q.end, close)[:_MAX_AFTER] if is_count(c)]
                counts += bracket
                after_rate = close + 1
        # 纠错率为12.5%，全年审结的480件中直接纠错60件: the counts may follow the rate (or its bracket) in its sentence;
        # 纠错率为14.5%：在审结的352件中，直接纠错51件 — a colon after the rate opens the counts it is computed from
        if _CHECK_ONE_RE3.match(masked[after_rate:after_rate + 1]) and \
                not _CHECK_ONE_RE1.match(masked[after_rate:after_rate + 4]):
            s_ = doc.sentence_at(q.start)
            if s_ is not None:
                # (a share reads past a ；: 农民工案件约占三分之一，达812件；全年共办理…1,506件 — its pairing needs the
                # whole named as a total)
                # (…共办结…1,027件。其中，按时办结988件: a sentence opening with 其中 goes on with the whole closing this one)
                stop = breakdown_end(doc, masked, s_.end) if kind == "share" else \
                    min([k for k in (masked.find("；", after_rate, s_.end), masked.find(";", after_rate, s_.end))
                         if k >= 0] or [breakdown_end(doc, masked, s_.end)])
                # (a bound after the rate is no operand either: 占GDP比重45.4%。…3个集群规模超千亿元)
                counts += [c for c in following(doc, after_rate, stop, _MAX_AFTER)
                           if is_count(c) and not open_bound(c)]
        # 行政复议纠错率为12.5%。全年共审结…480件，其中直接纠错60件: a rate closing a sentence with no count of its own,
        # its counts in the next sentence of the paragraph (not one about another period)
        s_ = doc.sentence_at(q.start)
        # 行政复议纠错率为12.4%；全年审结案件484件，其中纠错60件: a rate closing its clause at ；with no count of its own
        # before it in the sentence — its counts are in the clauses after the ；
        if s_ is not None and _CHECK_ONE_RE4.match(masked[after_rate:after_rate + 2]) \
                and not any(c.start >= s_.start for c in counts) \
                and not _CHECK_ONE_RE7.search(masked[after_rate:s_.end]):
            counts += [c for c in following(doc, after_rate, s_.end, _MAX_AFTER) if is_count(c)]
        if s_ is not None and _CHECK_ONE_RE5.match(masked[after_rate:after_rate + 2]):
            si = doc.sentence_index(q.start)
            if 0 <= si < len(doc.sentences) - 1 and doc.sentences[si + 1].paragraph == s_.paragraph \
                    and (not any(c.start >= s_.start for c in counts)
                         # 涉企案件330件，占比超过四成。全年受理…900件: a share after its part, the whole next
                         or (kind == "share" and not any(c.start >= q.end for c in counts))
                         # 共办理5,000件，网上办理率达到九成以上。其中网上办理4,100件: the part after 。其中
                         or _CHECK_ONE_RE10.match(masked[doc.sentences[si + 1].start:doc.sentences[si + 1].start + 4])):
                nx = doc.sentences[si + 1]
                # (全年共抽检4,862批次。其中，不合格71批次: the breakdown of the next sentence's whole, read with it)
                nx_end = breakdown_end(doc, masked, nx.end)
                if not _CHECK_ONE_RE7.search(masked[nx.start:nx_end]):
                    # (a count followed by a share of its own is the next item of a parallel list, not the whole:
                    # 医疗卫生支出11.9亿元，占10%。公共安全支出14.7亿元，占12%。)
                    counts += [c for c in following(doc, nx.start, nx_end, _MAX_AFTER)
                               if is_count(c) and not open_bound(c)
                               and not OWN_SHARE_AFTER.match(masked, c.end)]
        # …纠错率15.9%，其中撤销12件、确认违法8件: the breakdown right after the rate
        if _CHECK_ONE_RE1.match(masked[q.end:q.end + 4]):
            s_end = doc.sentence_at(q.start).end if doc.sentence_at(q.start) else q.end
            stop = min([k for k in (masked.find("；", q.end, s_end), masked.find(";", q.end, s_end)) if k >= 0]
                       or [s_end])
            counts += [c for c in following(doc, q.end, stop, _MAX_AFTER) if is_count(c) and not open_bound(c)]
        if len(counts) > _MAX_OPERANDS + _MAX_AFTER:
            counts = counts[:_MAX_OPERANDS + _MAX_AFTER]
        among_pairs: List[Tuple[Quantity, Quantity]] = []
        if kind == "share" and (is_words_share(masked, q) or q.approx):
            # 逾九成的村…，全县236个村中有218个…: the counts of a part among its whole after the share
            among_pairs = among_share_pairs(doc, masked, q, lo_w)
            counts += [x for pair in among_pairs for x in pair
                       if not any(x is c for c in counts)]
            if not counts and is_words_share(masked, q):
                # 近九成的纠纷以调解方式结案（调解结案372件，共受理418件）: part and whole after the share's predicate
                counts += [x for pair in cheng_pairs(doc, masked, q, lo_w) for x in pair if not any(x is c for c in counts)]
        # 市、区两级…分别为86件和312件，…区级出庭应诉率: the rate of one member reads that member's values only
        counts = member_named(doc, masked, q, counts)
        if len(counts) < (1 if kind == "share" else 2):
            return None               # a share may have its whole stated paragraphs earlier
        # the numerator the statement is about
        floor = clause_start(doc, masked, q.start, lo_w)
        if _CHECK_ONE_RE2.search(masked[floor:q.start]) and listed_end is None:
            return None               # 出庭应诉率和败诉率分别为…: which value is which is not ours to guess (unless the
            #                           list binds each value to its rate's name)
        if GOAL.search(masked, floor, q.start):
            return None               # 推动全省各地公办幼儿园在园幼儿比例达50%以上: a goal, not computed from the counts
            # before it (新增学位9.6万个，其中公办6万个 are places, not the children the goal counts)
        eligible: List[Tuple[Quantity, Quantity]] = []
        numerators: List[Quantity] = []
        inc = None
        subset_only: set = set()      # denominators read only as the unqualified action (办结 for 按期办结率)
        superset_only: set = set()    # counts holding the base (开庭审理 for 出庭应诉率): the rate is at least n/d
        if kind == "share" and not _CHECK_ONE_RE8.search(masked[floor:q.start]) and len(rate_stem(name)) >= 2:
            kind = "rate"             # 办结比例为99.1%: a rate named with 比例, not a share opened by 占
        if kind == "share":
            # 其中诉前调解400件，其余通过人民调解化解，人民调解占比75.0%: a share named by the rest of a whole after its part
            rest = rest_pairs(doc, masked, counts, _CHECK_ONE_RE9.sub("",
                                                          masked[floor:q.start]), lo_w, q)
            if rest:
                stated = stated_interval(q, tol)
                c, d, _ = rest[0]
                dv, cv = count_interval(d), count_interval(c)
                r = ratio_interval((dv[0] - cv[1], dv[1] - cv[0]), dv)
                if r is not None and overlaps(r, stated):
                    record(doc, self.code, "rate", q, True, "(d-c)/d*100", [c, d])
                    return None
                return self._complement_finding(doc, q, name, stated, rest)
            eligible = share_pairs(doc, masked, counts, q, lo_w)
            if not eligible and among_pairs and masked[q.end:q.end + 1] in ("，", ","):
                # 达到省定办学标准的不足九成，全区63所学校中达标的有54所: a share closing its clause, its part among its
                # whole in the clause after (claims.rates.among_share_pairs), no 占 to pair them by
                eligible = list(among_pairs)
            # 办理人大代表建议186件、政协提案234件，其中涉及民生领域的273件，占65.0%: the whole is the list's sum (no item
            # alone can be: each is below the part)
            ls = list_share(doc, masked, counts, q, lo_w) if q.value <= 100 else None
            if ls is not None and all(count_interval(d)[1] < count_interval(n)[0] for n, d in eligible):
                eligible = [(ls[0], shown_sum(doc, ls[1]))]
            # …分别接待3,475人次、6,385人次、2,140人次，其中司法所接待量占总量的53.2%: one item of a parallel list over the
            # list's total (claims.lists.item_share)
            li = item_share(doc, q) if q.value <= 100 else None
            if li is not None:
                eligible = [(li[0], shown_sum(doc, li[1]))]
            counts = counts + [d for _, d in eligible if not any(d is c for c in counts)]
            # 男性人口51.2万人，女性人口48.8万人，女性人口占比48.8%: the whole is the sum of the two sides of a split
            splits = share_split(doc, masked, counts, q, lo_w)
            if splits:
                stated = stated_interval(q, tol)
                if _whole_of_two(doc, self.code, q, splits, stated, "n/(n+c)*100"):
                    return None
                if not eligible:
                    return self._split_finding(doc, q, name, stated, splits[-1])
        else:
            # 公开率（含部分公开）, 合格率（含优良）: what the bracket says the rate includes is counted in its numerator
            name_text, inc = masked[floor:q.start], INCLUDES.search(masked, floor, q.start)
            if inc is not None:
                name_text = masked[floor:inc.start()] + masked[inc.end():q.start] + "|" + inc.group("w")
            numerators = rate_numerators(doc, masked, counts, name, lo_w, q.start,
                                          qualifiers=set(QUALIFIER.findall(name_text.split("|")[0])),
                                          name_text=name_text,
                                          includes=_CHECK_ONE_RE11.split(inc.group("w")) if inc is not None else ())
            # 破获刑事案件9,106起（含破获往年积案1,856起）: the rest, this year's cases solved, is a numerator too
            # (claims.rates.rest_of_earlier_years)
            numerators = numerators + [r for r in (rest_of_earlier_years(doc, masked, n) for n in numerators)
                                       if r is not None]
            for n in numerators:
                for d in counts:
                    if d is n or measure_of(d) != measure_of(n) or is_delta(masked, d):
                        continue
                    if any(d is x for x in numerators) and not denominator_fits(
                            name, item_words(doc, masked, d, lo_w, 14), strict=True) \
                            and not superset_base(name, item_words(doc, masked, d, lo_w, 14)) \
                            and not (len(numerators) == 2 and d is numerators[0] and n is numerators[1]
                                     and count_interval(d)[0] > count_interval(n)[1] and q.value < 100):
                        continue      # parallel items (办理建议120件、提案150件): neither is the other's whole
                        # (认定就业困难人员1296人，帮扶就业1294人，就业率99.8%: the first named is the whole)
                    if (closed or q.value <= 100) and count_interval(d)[1] < count_interval(n)[0]:
                        continue      # a rate of at most 100% is a part of its whole
                    if opposite_sides(item_words(doc, masked, n, lo_w, 14), item_words(doc, masked, d, lo_w, 14)):
                        continue      # 男性参保12.1万人，女性参保10.6万人: two sides of a split, not a whole and its part
                    if not denominator_fits(name, item_words(doc, masked, d, lo_w, 14)) \
                            and not denominator_fits(name, own_words(doc, masked, d, lo_w), strict=True):
                        # (一审审结以市、区政府为被告的行政诉讼案件218件: the base's verb heads the whole clause naming the
                        # count, further back than the words right before it)
                        if subset_whole(name, masked[floor:q.start], item_words(doc, masked, d, lo_w, 14)):
                            # (及时受理率99.2%（全年受理3,615件，其中在规定期限内受理3,587件）: a whole and its part that
                            # the bracket right after the rate states are the counts it is computed from — exact)
                            if not (any(d is b for b in bracket) and any(n is b for b in bracket)
                                    and stated_as_whole(masked, d, n, lo_w, doc)):
                                subset_only.add(id(d))
                        elif superset_base(name, item_words(doc, masked, d, lo_w, 14)):
                            superset_only.add(id(d))
                        else:
                            continue
                    # (复议后起诉率为11.4%（全年作出复议决定316件）: the one count in a bracket right after the rate, its
                    # numerator before it, is the base the rate is said to be over)
                    if not has_known_base(name) and not stated_as_whole(masked, d, n, lo_w, doc) \
                            and not adjacent_triple(masked, d, n, q) \
                            and not (len(bracket) == 1 and d is bracket[0] and n.end <= q.start):
                        continue      # 森林覆盖率, 整治率: a base the text does not name is not any count nearby
                    eligible.append((n, d))
            if len(numerators) == 1:
                # 决定起诉2,846人，不起诉1,204人，不起诉率29.7%: a rate named by a negated deed is over the deed and its
                # negation together when both are stated (claims.rates.negated_complement) — that reading only
                comp_c = negated_complement(doc, masked, counts, name, numerators[0], lo_w)
                if comp_c is not None:
                    d = shown_sum(doc, sorted((comp_c, numerators[0]), key=lambda c: c.start))
                    eligible = [(numerators[0], d)]
                    counts = counts + [d]
            for n, d in eligible:
                if superset_base(name, item_words(doc, masked, d, lo_w, 14)):
                    superset_only.add(id(d))      # (受理审查起诉4,562人 for 不起诉率: the decisions are among them)
            if not eligible:
                # 65岁及以上老年人健康管理率为71.5%。…提供健康体检…的共28.4万人，辖区65岁及以上常住老年人39.7万人: the count
                # named by the population alone is the whole of the one named by the deed (claims.rates.population_whole)
                pw = population_whole(doc, masked, counts, masked[floor:q.start], lo_w)
                if pw is not None:
                    eligible = [pw]
        if closed:
            # (a part larger than a whole both named by the share — 民生支出193.4亿元，占一般公共预算支出的80% after 一般公共
            # 预算支出186亿元 — is kept: the statement fixes both, claims.rates.whole_named_in_full)
            eligible = [(n, d) for n, d in eligible if count_interval(d)[1] >= count_interval(n)[0]
                        or (kind == "share" and whole_named_in_full(doc, masked, q, n, d, lo_w))]
        if kind != "share":
            # 收到412件，不予受理37件，受理率91.0%: the numerator is the whole less the negated count
            # (其中线下窗口办理81.2万件，其余为网上办理，网办比例达到79.0%: the rest of the whole after its part)
            comp = complement_pairs(doc, masked, counts, name, lo_w, q) or rest_pairs(doc, masked, counts, name, lo_w, q)
            if eligible:
                # counts named like the rate (撤销…、确认违法… for 纠错率) are read directly: an outcome left out by
                # the other-outcome count (at most 审结 − 维持) says less than they do
                comp = [x for x in comp if x[2]]
            if comp:
                stated = stated_interval(q, tol)
                for c, d, full in comp:
                    dv, cv = count_interval(d), count_interval(c)
                    r = ratio_interval((dv[0] - cv[1], dv[1] - cv[0]), dv)
                    if r is not None and (overlaps(r, stated) if full else stated[0] <= r[1] + 1e-9):
                        record(doc, self.code, "rate", q, True, "(d-c)/d*100" if full else "n/d*100 <= (d-c)/d*100",
                               [c, d])
                        return None
                if not eligible:
                    return self._complement_finding(doc, q, name, stated, comp)
            # 覆盖18.6万户，覆盖率93.0%，尚有1.4万户未覆盖: the whole is what was done and what is left undone
            rest = part_and_rest(doc, masked, counts, numerators, name, q) if not eligible and not comp else []
            if rest:
                stated = stated_interval(q, tol)
                if _whole_of_two(doc, self.code, q, rest, stated, "n/(n+rest)*100"):
                    return None
                return self._split_finding(doc, q, name, stated, rest[-1])
            # 城镇人口52.3万人，乡村人口30.1万人，城镇化率63.5%: the whole is the sum of the two sides of a split
            # (户籍 anywhere from the window's start: found once per window, not sliced for every rate — linear)
            splits = [] if found_in(doc, HUJI, masked, lo_w, q.start, max(q.start, sentence_window(doc, q.start)[1])) \
                and "户籍" not in \
                masked[floor:q.start] else split_wholes(masked, counts, numerators, lo_w, things=True)
            # 户籍人口城镇化率 is not over 城镇人口/乡村人口 (residents) stated without 户籍
            rq = _CHECK_ONE_RE6.findall(masked[floor:q.start])
            splits = [(n, c) for n, c in splits if all(w in masked[max(lo_w, min(n.start, c.start) - 20):max(n.start, c.start)]
                                                      for w in rq if w not in ("常住",))]
            if splits:
                stated = stated_interval(q, tol)
                if _whole_of_two(doc, self.code, q, splits, stated, "n/(n+c)*100"):
                    return None
                if not eligible:
                    return self._split_finding(doc, q, name, stated, splits[-1])
        full_name = doc.text[floor:q.start]
        eligible = [(n, d) for n, d in eligible if consumed.get(id(n), full_name) == full_name
                    and not frames_differ(doc, masked, q, n) and not frames_differ(doc, masked, q, d)
                    and not national_base(doc, masked, n, d, q)
                    and not _named_again(doc, masked, name, n.end, q.start)
                    and not other_population(doc, masked, full_name, d, lo_w)
                    # (命案破案率 over 破案…／立刑事案件…: the kind of case the rate names, none of its counts')
                    and not narrower_kind(doc, masked, full_name, n, d, lo_w)]
        if not eligible and kind == "rate":
            # 参保率98.6%，应参保人数42.8万人，实际参保42.2万人 / 应到代表200人，实到193人，出席率96.5%: the population due
            # to act (应V) and those who did (实V / 实际V) in the rate's sentence
            # (参保率98.6%，其中城镇职工参保12.4万人、城乡居民参保29.8万人: the items of a 其中 breakdown after the rate are
            # parts of those who did, none of them all of it — claims.rates.breaks_down_rate)
            eligible = due_and_actual(masked, [c for c in counts if not breaks_down_rate(masked, counts, q.start, c,
                                                                                         rate_stem(name))],
                                      name, lo_w)
        if not eligible and kind == "rate" and len(numerators) == 1:
            # 办理人大代表建议215件、政协提案186件，按期办复395件: the whole is the list of items right before the
            # numerator, each larger than none of it, together at least it
            items = list_whole(doc, masked, counts, numerators[0], name, lo_w)
            if items:
                d = sum_of(doc, items)
                _show(doc, d, "(" + "+".join(doc.text[c.num_start:c.end] for c in items) + ")")
                eligible = [(numerators[0], d)]
                counts = counts + [d]
        if not eligible:
            if kind == "share" and _confirm_share(doc, masked, counts, q, lo_w, stated_interval(q, tol)):
                return None
            if numerators:
                times = self._times_over_units(doc, masked, q, name, counts, numerators, lo_w, tol)
                if times is not None:
                    return times or None
            s_ = doc.sentence_at(q.start)
            colon = colon_pair(doc, masked, q.end, s_.end) if not bracket and s_ is not None else []
            return self._bracket_pair(doc, masked, q, name, kind, tol, bracket or colon, lo_w, colon=bool(colon))
        for n, _ in eligible:
            consumed.setdefault(id(n), full_name)
        stated = stated_interval(q, tol)
        if self.settings["truncation"]:
            stated = (stated[0], stated[1] + 10 ** (-q.decimals))
        # any plausible pairing among all counts of that measure → consistent
        para = doc.paragraph_at(q.start)
        earlier_all = []
        if para is not None and para.start < lo_w:
            earlier_all = [c for c in recent(doc, para.start, lo_w, 3 * _MAX_OPERANDS) if is_count(c)]
        if kind == "share" and _GDP.search(masked[floor:q.start]) is not None:
            # 占地区生产总值的48.1%: a share of the GDP is over a figure stated as the GDP, not any amount of the
            # paragraph (an open bound there, 减税降费超百亿元, would explain any share)
            gdps = [g for g in gdp_figures(doc)] + [d for _, d in eligible]
            counts = [c for c in counts if any(c is g for g in gdps) or any(c is n for n, _ in eligible)]
            earlier_all = [c for c in earlier_all if any(c is g for g in gdps)]
        for meas in {measure_of(n) for n, _ in eligible}:
            used = _explained(doc, masked, q, stated, [c for c in counts if measure_of(c) == meas],
                              [n for n in (numerators or [n for n, _ in eligible]) if measure_of(n) == meas],
                              [c for c in earlier_all if measure_of(c) == meas][-30:],
                              lambda c: denominator_fits(name, context_before(masked, c, lo_w, 14), strict=True))
            if used:
                # (the counts of the reading that explains it, numerator first: what the ledger shows as its operands)
                record(doc, self.code, "rate", q, True, "n/d*100", used)
                return None
        # 研发经费支出…占地区生产总值比重: R&D spending may be the year before's (reported late) over that year's GDP,
        # or an estimate over the GDP revised since: over the GDP stated, the share lies in [0.95, 1.15] × the ratio
        lag = {id(n) for n, d in eligible if kind == "share" and LAGGING.search(
            context_before(masked, n, lo_w, 16) + masked[floor:q.start]) and _GDP.search(masked, floor, q.start)}
        for n, d in eligible:
            r = ratio_interval(count_interval(n), count_interval(d))
            if r is not None and id(n) in lag:
                r = (r[0] * _LAG_BAND[0], r[1] * _LAG_BAND[1])
            if r is not None and overlaps(r, stated):
                record(doc, self.code, "rate", q, True, "n/d*100" + (" (R&D: x0.95-1.15)" if id(n) in lag else ""), [n, d])
                return None
            if id(d) in superset_only and _base_between(n, d, stated):
                # 开庭审理286件，负责人出庭应诉281件，出庭应诉率100%: 281 cases required the head's appearance
                record(doc, self.code, "rate", q, True, "n/b*100, n <= b <= d", [n, d])
                return None
        if all(id(d) in subset_only for _, d in eligible):
            # 办结1,280件，按期办结1,202件，按期办结率85%: over 办结 the rate is 93.9%, but over what was received (not
            # stated, at least 办结) it may be lower — only a stated rate above the ratio is inconsistent
            top = max(ratio_interval(count_interval(n), count_interval(d)) or (0.0, 0.0) for n, d in eligible)
            if stated[0] <= top[1] + 1e-9:
                record(doc, self.code, "rate", q, True, "n/d*100 >= rate (d the unqualified action)",
                       [x for pair in eligible for x in pair])
                return None
        # report the eligible pairing closest to the stated value (the named numerators summed count too)
        best = None
        cands = [((count_interval(n)), label(doc, n), [n], d) for n, d in eligible]
        named = [c for c in numerators if any(c is n for n, _ in eligible)]
        if inc is not None:
            # 公开率（含部分公开）: the reading the rate names is the sum of its own count and what it includes
            named = [c for c in numerators if measure_of(c) == measure_of(eligible[0][0])]
        if len(named) > 1 and len({measure_of(c) for c in named}) == 1:
            lo_s = sum(count_interval(c)[0] for c in named)
            hi_s = sum(count_interval(c)[1] for c in named)
            for d in {id(d): d for _, d in eligible}.values():
                if measure_of(d) == measure_of(named[0]) and (not closed or count_interval(d)[1] >= lo_s):
                    cands.append(((lo_s, hi_s), "+".join(label(doc, c) for c in named), named, d))
        for niv, nlabel, nparts, d in cands:
            r = ratio_interval(niv, count_interval(d))
            if r is None:
                continue
            dist = min(abs(r[0] - q.value), abs(r[1] - q.value))
            if best is None or dist < best[0]:
                best = (dist, niv, nlabel, nparts, d, r)
        if best is None:
            return None
        _, niv, nlabel, nparts, d, r = best
        mid = (r[0] + r[1]) / 2 if not math.isinf(r[1]) else r[0]   # (a bounded part: at least r[0])
        dec = max(q.decimals, 2)
        grim = grim_numerators(stated, count_interval(d))
        gw = grim_words(stated, count_interval(d))
        nd, dd = fmt_num(niv[0]), fmt_num(count_interval(d)[0])
        if grim:
            g_zh = f"分母为{dd}时，分子应为{gw[0]}才能得到{q.value:g}%"
            g_en = f"with {dd} as denominator the numerator would have to be {gw[1]}"
        elif math.isinf(stated[0]) or math.isinf(stated[1]):
            g_zh, g_en = "所述值是一侧的界限", "the stated value is a bound on one side"
        elif count_interval(d)[0] == count_interval(d)[1]:
            g_zh = f"分母为{dd}时，没有任何整数分子能得到{fmt_pct(q.value, q.decimals)}（GRIM 不一致）"
            g_en = f"no whole numerator over {dd} gives {fmt_pct(q.value, q.decimals)} (GRIM-inconsistent)"
        else:
            g_zh, g_en = "分子分母含约数，已按取舍区间计算", "the counts are rounded; computed with their intervals"
        formula = (f"({nlabel})" if len(nparts) > 1 else nlabel) + f"÷{label(doc, d)}"
        if lag and any(id(x) in lag for x in nparts):
            # the R&D reading's band is part of the evidence: the stated share is outside it too
            formula += f"（研发经费可为上年数，允许 ×{_LAG_BAND[0]:g}–{_LAG_BAND[1]:g} / R&D may lag a year: ×{_LAG_BAND[0]:g}–{_LAG_BAND[1]:g} allowed）"
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nm = name or ("占比" if kind == "share" else "比率")
        shown = fmt_pct(mid, dec) if not math.isinf(r[1]) else "≥" + fmt_pct(r[0], dec)
        if id(d) in superset_only:
            # the base is among the cases counted by d: the rate is at least n/d, over a whole number of cases
            shown = "≥" + fmt_pct(r[0], dec)
            g_zh = f"分母（应出庭数）在{nd}与{dd}之间，没有一个整数分母能得到{fmt_pct(q.value, q.decimals)}"
            g_en = f"the base (cases requiring appearance) lies between {nd} and {dd}; no whole base gives " \
                   f"{fmt_pct(q.value, q.decimals)}"
        record(doc, self.code, "rate", q, False, f"{nd}/{dd}*100", list(nparts) + [d])
        return self.finding(
            doc, q.start, q.end,
            related=[Related(n.start, n.end, {"zh": "分子", "en": "numerator"}) for n in nparts]
                    + [Related(d.start, d.end, {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": _json_interval(r),
                      "formula": f"{nd}/{dd}*100", "tolerance": round(h, 6), "numerator": niv[0],
                      "denominator": count_interval(d)[0], "grim_numerators": grim, "rate_name": nm,
                      "readings_tried": _READINGS},
            name=nm, stated=_printed(doc, q), formula=formula, recomputed=shown,
            lo=fmt_pct(stated[0], q.decimals + 1), hi=fmt_pct(stated[1], q.decimals + 1),
            tol=f"{h:g}", grim=g_zh, grim_en=g_en)


    def _slash_fraction(self, doc, q, name, tol, sl):
        """纠错率为12.4%（62/500） / 办结率98.5%（197件/200件）: the fraction printed right after the rate, read as it is
        written (numerator / denominator, whole numbers)."""
        nv, dv = (float(re.sub(r"[,\ue012]", "", sl.group(g))) for g in ("n", "d"))   # (GROUP: claims.grammar)
        if dv <= 0 or nv > dv * 10:
            return None
        stated = stated_interval(q, tol)
        r = 100.0 * nv / dv
        ok = stated[0] - 1e-9 <= r <= stated[1] + 1e-9
        record(doc, self.code, "rate", q, ok, "n/d*100 (the fraction after the rate)", [])
        if ok:
            return None
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(nv), fmt_num(dv)
        grim = grim_numerators(stated, (dv, dv))
        gw = grim_words(stated, (dv, dv))
        g_zh = f"分母为{dd}时，分子应为{gw[0]}才能得到{q.value:g}%" if grim else \
            f"分母为{dd}时，没有任何整数分子能得到{fmt_pct(q.value, q.decimals)}"
        g_en = f"with {dd} as denominator the numerator would have to be {gw[1]}" if grim else \
            f"no whole numerator over {dd} gives {fmt_pct(q.value, q.decimals)}"
        return self.finding(
            doc, q.start, q.end,
            related=[Related(sl.start("n"), sl.end("n"), {"zh": "分子", "en": "numerator"}),
                     Related(sl.start("d"), sl.end("d"), {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated), "recomputed": round(r, 4),
                      "recomputed_interval": [round(r, 6), round(r, 6)], "formula": f"{nd}/{dd}*100",
                      "tolerance": round(h, 6), "numerator": nv, "denominator": dv, "grim_numerators": grim,
                      "rate_name": name, "readings_tried": "the fraction written right after the rate"},
            name=name, stated=_printed(doc, q), formula=f"{sl.group('n')}÷{sl.group('d')}",
            recomputed=fmt_pct(r, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}", grim=g_zh, grim_en=g_en)

    def _times_over_units(self, doc, masked, q, name, counts, numerators, lo_w, tol):
        """出庭应诉168件次，应出庭案件180件，出庭率93.3%: a numerator counted in 件次/人次/户次 over a whole counted in
        件/人/户. The times are at least the units they happened to (a case heard twice is two 件次), so the rate is at
        most times ÷ units: only a stated rate above that is inconsistent.  False when checked and consistent, a
        finding, or None when there is no such pair."""
        stated = stated_interval(q, tol)
        for n in numerators:
            mn = measure_of(n)
            if mn not in ("件次", "人次", "户次", "戶次"):
                continue
            for d in counts:
                if d is n or measure_of(d) != mn[0] or is_delta(masked, d) \
                        or not denominator_fits(name, context_before(masked, d, lo_w, 14)) \
                        or not (has_known_base(name) or stated_as_whole(masked, d, n, lo_w)):
                    continue
                r = ratio_interval(count_interval(n), count_interval(d))
                if r is None:
                    continue
                ok = stated[0] <= r[1] + 1e-9
                record(doc, self.code, "rate", q, ok, "n(times)/d(units)*100 >= rate", [n, d])
                if ok:
                    return False
                h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
                nm = name or "比率"
                return self.finding(
                    doc, q.start, q.end,
                    related=[Related(n.start, n.end, {"zh": "分子", "en": "numerator"}),
                             Related(d.start, d.end, {"zh": "分母", "en": "denominator"})],
                    evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                              "recomputed": round(r[1], 4), "recomputed_interval": [0.0, round(r[1], 6)],
                              "formula": f"{fmt_num(count_interval(n)[0])}/{fmt_num(count_interval(d)[0])}*100",
                              "tolerance": round(h, 6), "numerator": count_interval(n)[0],
                              "denominator": count_interval(d)[0], "grim_numerators": [], "rate_name": nm,
                              "readings_tried": "times (件次/人次) are at least the units they count: the rate is at "
                                                "most their ratio"},
                    name=nm, stated=_printed(doc, q), formula=f"{label(doc, n)}÷{label(doc, d)}",
                    recomputed=f"≤{fmt_pct(r[1], max(q.decimals, 2))}", lo=fmt_pct(stated[0], q.decimals + 1),
                    hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}",
                    grim="按次计的分子不少于按件（人）计的数，比率至多为二者之比",
                    grim_en="a count of times is at least the count of units, so the rate is at most their ratio")
        return None

    def _bracket_pair(self, doc, masked, q, name, kind, tol, bracket, lo_w, colon=False):
        """“一网通办”率达90%以上（可全程网办1,690项，共1,860项）: a bracket right after the rate holding just two counts
        of one measure, the larger stated as the whole (共/总/合计/全部/应…), the other not: the part and its whole,
        whatever the rate's name (the part, or the whole less the part, over the whole)."""
        if len(bracket) != 2 or q.value > 100 or measure_of(bracket[0]) != measure_of(bracket[1]) \
                or any(is_delta(masked, c) or c.approx is not None for c in bracket):
            return None
        small, large = sorted(bracket, key=lambda c: count_interval(c)[0])
        if count_interval(small)[1] > count_interval(large)[0]:
            return None
        if "其中" in masked[q.end:max(small.end, large.end)]:
            return None       # （共办结900件，其中按期办结500件）: a part of a part, not the rate's numerator
        w_large, w_small = own_words(doc, masked, large, q.end), own_words(doc, masked, small, q.end)
        slash = small.end <= large.start and re.fullmatch(r"\s*[/／]\s*", masked[small.end:large.num_start]) \
            and re.fullmatch(r"[（(]\s*", masked[q.end:small.num_start])      # （36件/142件）: part over whole
        if colon and not shares_word(w_small, name + "|" + masked[clause_start(doc, masked, q.start, lo_w):q.start]):
            return None       # 满意率达99%：共发放问卷1,200份，回收1,150份: after a colon, how it was measured, not its part
        # (the whole named as a total, or the part as what was done of it: 全市在建项目486个，已检查428个)
        if not slash and (not WHOLE_WORDS.search(w_large) or WHOLE_WORDS.search(w_small)) \
                and not (DONE_PART.match(w_small) and not DONE_PART.match(w_large) and not WHOLE_WORDS.search(w_small)):
            return None
        stated = stated_interval(q, tol)
        sv, lv = count_interval(small), count_interval(large)
        # 乡村旅游接待游客占全部游客的比重超过三成：乡村旅游接待1,086万人次，全市接待游客总计3,318万人次: when the part's own
        # words (not the whole's) are in the rate's name, and the name says no other side (未/不/其余…), the rate is
        # that part over the whole, not the whole less it
        named = name + "|" + masked[clause_start(doc, masked, q.start, lo_w):q.start]
        own_part = names_own_part(w_small, w_large, named) and OTHER_SIDE_NAME.search(named) is None \
            and OTHER_SIDE_NAME.search(w_small) is None
        for niv in (sv,) if own_part else (sv, (lv[0] - sv[1], lv[1] - sv[0])):
            r = ratio_interval(niv, lv)
            if r is not None and overlaps(r, stated):
                record(doc, self.code, "rate", q, True, "n/d*100", [small, large])
                return None
        r = ratio_interval(sv, lv)
        if r is None:
            return None
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(sv[0]), fmt_num(lv[0])
        grim = grim_numerators(stated, lv)
        gw = grim_words(stated, lv)
        if grim:
            g_zh = f"分母为{dd}时，分子应为{gw[0]}才能得到{q.value:g}%"
            g_en = f"with {dd} as denominator the numerator would have to be {gw[1]}"
        else:
            g_zh, g_en = "括号内的部分与整体", "the part and the whole in the bracket"
        nm = name or ("占比" if kind == "share" else "比率")
        record(doc, self.code, "rate", q, False, f"{nd}/{dd}*100", [small, large])
        return self.finding(
            doc, q.start, q.end,
            related=[Related(small.start, small.end, {"zh": "分子", "en": "numerator"}),
                     Related(large.start, large.end, {"zh": "分母", "en": "denominator"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": f"{nd}/{dd}*100", "tolerance": round(h, 6), "numerator": sv[0],
                      "denominator": lv[0], "grim_numerators": grim, "rate_name": nm,
                      "readings_tried": "part/whole and (whole-part)/whole of the two counts in the bracket"},
            name=nm, stated=_printed(doc, q), formula=f"{label(doc, small)}÷{label(doc, large)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}", grim=g_zh, grim_en=g_en)

    def _split_finding(self, doc, q, name, stated, pair):
        n, c = pair
        nv, cv = count_interval(n), count_interval(c)
        dv = (nv[0] + cv[0], nv[1] + cv[1])
        r = ratio_interval(nv, dv)
        if r is None:
            return None
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(nv[0]), fmt_num(dv[0])
        formula = f"{nd}/({nd}+{fmt_num(cv[0])})*100"
        record(doc, self.code, "rate", q, False, formula, [n, c])
        return self.finding(
            doc, q.start, q.end,
            related=[Related(n.start, n.end, {"zh": "分子", "en": "numerator"}),
                     Related(c.start, c.end, {"zh": "另一部分", "en": "other part"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": formula, "tolerance": round(h, 6), "numerator": nv[0], "denominator": dv[0],
                      "grim_numerators": [], "rate_name": name, "readings_tried": _READINGS},
            name=name, stated=_printed(doc, q),
            formula=f"{label(doc, n)}÷({label(doc, n)}+{label(doc, c)})",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}", grim="整体为两部分之和",
            grim_en="the whole is the sum of the two parts")

    def _complement_finding(self, doc, q, name, stated, comp):
        c, d, full = comp[-1]
        dv, cv = count_interval(d), count_interval(c)
        r = ratio_interval((dv[0] - cv[1], dv[1] - cv[0]), dv)
        if r is None:
            return None
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        nd, dd = fmt_num(dv[0] - cv[0]), fmt_num(dv[0])
        grim = grim_numerators(stated, dv)
        gw = grim_words(stated, dv)
        g_zh = f"分母为{dd}时，分子应为{gw[0]}" if grim else "按取舍区间计算"
        g_en = f"with {dd} as denominator the numerator would have to be {gw[1]}" if grim \
            else "computed with the rounding intervals"
        shown = fmt_pct(mid, max(q.decimals, 2))
        if not full:
            # the things may end otherwise (撤诉, 驳回, 无法提供): the numerator is at most the whole less the count
            shown = "≤" + fmt_pct(r[1], max(q.decimals, 2))
            g_zh = f"{label(doc, c)}之外还可能有其他结果，分子至多为{nd}"
            g_en = f"outcomes other than the two may exist, so the numerator is at most {nd}"
        record(doc, self.code, "rate", q, False, f"({dd}-{fmt_num(cv[0])})/{dd}*100", [c, d])
        return self.finding(
            doc, q.start, q.end,
            related=[Related(d.start, d.end, {"zh": "分母", "en": "denominator"}),
                     Related(c.start, c.end, {"zh": "减去", "en": "subtracted"})],
            evidence={"stated": q.value, "stated_interval": _json_interval(stated),
                      "recomputed": round(mid, 4), "recomputed_interval": [round(r[0], 6), round(r[1], 6)],
                      "formula": f"({dd}-{fmt_num(cv[0])})/{dd}*100", "tolerance": round(h, 6), "numerator": nd,
                      "denominator": dv[0], "grim_numerators": grim, "rate_name": name,
                      "readings_tried": _READINGS},
            name=name, stated=_printed(doc, q), formula=f"({label(doc, d)}−{label(doc, c)})÷{label(doc, d)}",
            recomputed=shown, lo=fmt_pct(stated[0], q.decimals + 1),
            hi=fmt_pct(stated[1], q.decimals + 1), tol=f"{h:g}", grim=g_zh, grim_en=g_en)


#: a bound (超千亿元, 不足300件) is no operand of a rate: it allows any value on one side (claims.values.open_bound;
#: 7亿多 / 2500余件 are values between two bounds, and operands)
#: at most this many counts before a rate (and as many after it) are read as its operands: the work per rate
#: is bounded, so a sentence of thousands of figures stays linear
_MAX_OPERANDS = 10
_MAX_AFTER = 6

_READINGS = ("numerator: a count named like the rate or any sum of such counts; denominator: another count, "
             "a sum of 2-3 adjacent counts, a whole minus 终止/撤回/不予受理 cases, part + complement, "
             "or a count stated earlier in the paragraph")

def _named_again(doc, masked, name: str, after: int, before: int) -> bool:
    """Whether a rate of the name ``name`` is stated between ``after`` and ``before`` (升学率82.7%；初中毕业生2.62万人，
    升学率97.8% / 审结8,426件，结案率95.1%；基层法院受理43,818件，结案率94.6%): a numerator before an earlier rate of the
    same name is that rate's, never the later one's (``after`` is the numerator's end).  A whole may be shared by a
    parallel list (受理案件142件，涉企案件36件（占比25.4%），涉民生案件50件（占比35.2%）)."""
    if not name or len(name) < 2:
        return False
    s = doc.sentence_at(before)
    after = max(after, s.start) if s is not None else after      # (in the rate's sentence: its clauses)
    k = masked.find(name, after, before)
    while k >= 0:
        # (an earlier rate in a clause of its own: never the rate's own prior value, 比重从1.07%提高到1.49%)
        if any(p.is_percent and 0 <= p.start - (k + len(name)) <= 4 and re.search(r"[，,；;。]", masked[p.end:before])
               for p in quantities_in(doc, k, min(before, k + len(name) + 6))):
            return True
        k = masked.find(name, k + 1, before)
    return False


def _explained(doc, masked, q, stated, same, named, earlier, base_ok=lambda c: False) -> List[Quantity]:
    """The counts of some plausible reading that gives the stated rate (numerator first), or [] when none does.

    Numerators: the counts the statement names (any sum of them: 撤销…、确认违法… need not be adjacent).
    A count holding a part named in a bracket after it (9,106起（含往年积案1,856起）) gives the rest as a numerator too.
    Denominators: every other count, sums of 2–3 adjacent ones, a whole minus the cases a rate usually
    leaves out (终止, 撤回, 不予受理…), a named count plus one other (胜诉165件、败诉15件 → 180), and
    single counts stated earlier in the paragraph."""
    uniq: List[Quantity] = []
    for n in named:
        if not any(n is u for u in uniq):
            uniq.append(n)
    niv = [count_interval(c) for c in uniq]
    nums: List[Tuple[float, float, frozenset]] = []
    k = len(uniq)
    if k <= 6:
        for mask in range(1, 1 << k):
            idx = [i for i in range(k) if mask >> i & 1]
            nums.append((sum(niv[i][0] for i in idx), sum(niv[i][1] for i in idx), frozenset(id(uniq[i]) for i in idx)))
    else:
        nums = [(lo, hi, frozenset([id(c)])) for c, (lo, hi) in zip(uniq, niv)]
    # a count said to hold a part of it in a bracket right after it (破获刑事案件9,106起（含破获往年积案1,856起）): the
    # rate may count the rest only (当年立案破案率: 9,106 − 1,856), over any other count of the measure — one the rate
    # names too (立案 in 立案破案率 names the base)
    for c in same:
        if masked[c.end:c.end + 2] not in ("（含", "(含"):
            continue
        close = masked.find("）" if masked[c.end] == "（" else ")", c.end, c.end + 40)
        for x in same:
            if x is not c and c.end < x.start < close:
                clo, chi = count_interval(c)
                xlo, xhi = count_interval(x)
                for d in same:
                    if d is not c and d is not x and clo > xhi:
                        r = ratio_interval((clo - xhi, chi - xlo), count_interval(d))
                        if r is not None and overlaps(r, stated):
                            return [c, x, d]
    others = [c for c in same if not any(c is u for u in uniq) or base_ok(c)]
    oiv = [count_interval(c) for c in others]
    dens: List[Tuple[float, float, frozenset]] = []
    for i, c in enumerate(others):
        dens.append((oiv[i][0], oiv[i][1], frozenset([id(c)])))
        lo, hi = oiv[i]
        for j in range(i + 1, min(len(others), i + 3)):
            lo, hi = lo + oiv[j][0], hi + oiv[j][1]
            dens.append((lo, hi, frozenset(id(x) for x in others[i:j + 1])))
    for i, c in enumerate(others):
        for j, x in enumerate(same):
            if x is c or not EXCLUDED_FROM_BASE.search(context_before(masked, x, 0, 8)):
                continue
            xv = count_interval(x)
            if oiv[i][0] > xv[1]:
                dens.append((oiv[i][0] - xv[1], oiv[i][1] - xv[0], frozenset([id(c), id(x)])))
    # (a denominator made of a named count and its complement leaves the named count free as a numerator: ``shown``
    # keeps the counts it is made of for the record)
    shown = {}
    for u, (ulo, uhi) in zip(uniq, niv):
        for c, (clo, chi) in zip(others, oiv):
            if COMPLEMENT.search(context_before(masked, c, 0, 8)):
                dens.append((ulo + clo, uhi + chi, frozenset()))
                shown[len(dens) - 1] = frozenset([id(u), id(c)])
    for c in earlier:
        lo, hi = count_interval(c)
        dens.append((lo, hi, frozenset([id(c)])))
    for nlo, nhi, nids in nums:
        for k, (dlo, dhi, dids) in enumerate(dens):
            if nids & dids:
                continue
            r = ratio_interval((nlo, nhi), (dlo, dhi))
            if r is not None and overlaps(r, stated):
                pool = list(uniq) + [c for c in list(same) + list(earlier) if not any(c is u for u in uniq)]
                used = dids | shown.get(k, frozenset())
                return [c for c in pool if id(c) in nids] + [c for c in pool if id(c) in used and id(c) not in nids]
    return []


_show = show_as   # (claims.rates.show_as: how a figure made by a reader or a rule is shown)


def _printed(doc, q: Quantity) -> str:
    """The figure as a finding shows it: the printed text, or what :func:`_show` said for a figure made by a rule."""
    shown = doc.__dict__.get("_lintgov_shown")
    a = q.num_start
    k = max(doc.text.rfind("百分之", q.start, q.num_start), doc.text.rfind("千分之", q.start, q.num_start))
    if k >= 0:
        a = k          # 百分之二十八, not 二十八
    return (shown and shown.get((q.start, q.end, q.num_start, q.value))) or doc.text[a:q.end]


def _base_between(n: Quantity, d: Quantity, stated: Tuple[float, float]) -> bool:
    """Whether some base between the numerator ``n`` and the count ``d`` holding it gives the stated rate (a whole
    number when both counts are exact)."""
    nv, dv = count_interval(n), count_interval(d)
    if stated[1] <= 0:
        return False
    lo = max(nv[0], nv[0] * 100.0 / stated[1])
    hi = min(dv[1], nv[1] * 100.0 / stated[0]) if stated[0] > 0 else dv[1]
    if lo > hi + 1e-9:
        return False
    if nv[0] == nv[1] and dv[0] == dv[1]:
        return math.ceil(lo - 1e-9) <= hi + 1e-9
    return True


_MAX_WHOLE_MENTIONS = 12


def _confirm_share(doc, masked, counts, q, floor, stated) -> bool:
    """A share whose part is stated right before it and whose whole is named after 占 and stated elsewhere in the
    report (高新技术产品产值1321亿元，增长24.1%，占工业总产值的比重达45.9% … 规模以上工业总产值2880亿元): when one of
    the values the report gives that name (up to four: other scopes such as 规模以上, revised or other-year figures)
    gives the share, the share is consistent and the check is written to the ledger.  A reading that can only
    confirm: with several candidate wholes none is known to be the one meant, so no value ever makes a finding."""
    cs = clause_start(doc, masked, q.start, floor)
    zhan = max(masked.rfind("占", cs, q.start), masked.rfind("佔", cs, q.start))
    if zhan < 0 or masked[cs:zhan].strip() not in ("", "其中", "约", "約", "均"):
        return False          # 民营企业贷款占…: the share names a subject of its own; its part is not the count before
    part = [c for c in counts if c.end <= cs and not c.is_percent]
    if not part:
        return False
    n = part[-1]
    if n.approx not in (None, "≈") or is_delta(masked, n) or not PART_TO_SHARE.fullmatch(masked, n.end, cs):
        return False
    base = COPULA_END.sub("", masked[zhan + 1:q.start])
    base = re.sub(r"^(?:到|了)", "", base)
    base = re.sub(r"(?:的)?(?:比重|比例)?$", "", re.sub(r"的$", "", base))
    base = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", base)
    if len(base) < 3 or SCOPE.search(_GDP.sub("", base)) or _OPEN_BASE.search(base) or LAGGING.search(base) \
            or LAGGING.search(context_before(masked, n, floor, 16)):
        return False          # R&D spending is reported for the year before: never over this year's totals
    names = GDP_NAMES if is_gdp(base) else (base,)
    qs = doc.quantities
    starts = quantity_starts(doc)
    # the values stated after each name, looked up once per document and name (at most 64 names: linear in the text)
    cache = doc.__dict__.setdefault("_lintgov_whole_mentions", {})
    mentions: List[Quantity] = []
    for nm in names:
        if nm not in cache:
            if len(cache) >= 64:
                return False
            found: List[Quantity] = []
            i = masked.find(nm)
            while i >= 0 and len(found) < _MAX_WHOLE_MENTIONS:
                e = i + len(nm)
                k = bisect.bisect_left(starts, e)
                if k < len(qs) and qs[k].start - e <= 6 and NAME_TO_VALUE.fullmatch(masked, e, qs[k].num_start):
                    found.append(qs[k])
                i = masked.find(nm, e)
            cache[nm] = found
        mentions += cache[nm]
    values: Dict[Tuple[float, float], Quantity] = {}
    for c in mentions:
        if c is not n and is_count(c) and measure_of(c) == measure_of(n) and c.approx in (None, "≈") \
                and not is_delta(masked, c) and count_interval(c)[1] >= count_interval(n)[0]:
            values.setdefault(count_interval(c), c)
    if not values or len(values) > 4:
        return False
    for d in values.values():
        r = ratio_interval(count_interval(n), count_interval(d))
        if r is not None and overlaps(r, stated):
            record(doc, RateMismatch.code, "rate", q, True, "n/d*100 (the whole named elsewhere)", [n, d])
            return True
    return False


#: the band of an R&D share over the GDP the report states: the spending may be the year before's over that year's GDP
#: (up to 15% of nominal growth smaller) or an estimate over a GDP revised since (5%)
_LAG_BAND = (0.95, 1.15)


class TargetCompletion(Rule):
    code = "LG102"
    name = "target-completion-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "“完成目标的X%”与实际数、目标数不符",
               "en": "\"X% of the target\" does not match the achieved and target counts"}
    description = {
        "zh": "“完成（全年）目标/任务的X%”：用同句中的完成数和目标数重算（可超过100%），按印出的小数位取舍区间比较；"
              "只在写明目标数（“目标（2214户）”或前文“目标2214户”）且有同计量单位的完成数时检查。"
              "目标是完成数的界限：“超额完成（超过、高于、提前实现）…N…目标/任务”时完成数不小于目标数，“低于（不高于、"
              "不超过）…N…目标”时不大于目标数；完成数在目标句之前的两个分句中，或目标句开头且之前没有时在紧接的下一分句中；"
              "“超143万人”这样以界限给出的完成数读作略多于143万人（不到144万人）。下降的数与上限目标不比较。"
              "预算执行：“完成预算的P%，比预算数A少（多）D”中P应为(A∓D)÷A，文中别处写明的同一收支方向、同一年份的本年数应为"
              "A∓D；“比预算少支出了约x%”应为D÷A。",
        "en": "For \"完成（全年）目标/任务的X%\", recomputes achieved ÷ target from the counts in the sentence "
              "(completion may exceed 100%), with the rounding interval of the printed value. Checked only when the "
              "target count is written out (目标（2214户）, or 目标2214户 earlier in the sentence) and an achieved "
              "count with the same measure word precedes the percentage. A target is a bound on the achieved level: "
              "超额完成/超过/高于/提前实现…N…目标 — at least N; 低于/不高于/不超过…N…目标 — at most N; the level stands in the "
              "two clauses before the target clause, or, when the target clause opens its clause with nothing before it, "
              "in the clause right after. A level stated as a lower bound (超143万人) is read as a little more than its "
              "figure (below 144万人). A fall is not compared with a ceiling. Budget execution: in 完成预算的P%，比预算数A少(多)D, "
              "P is (A ∓ D) ÷ A, and the year's figure of that side and year stated elsewhere is A ∓ D; 比预算少支出了约x% is "
              "D ÷ A.",
    }
    authority = "国家统计局：计划完成程度（可超过100%）"
    messages = {"default": {
        "zh": "完成目标的{stated}与数字不符：{formula} = {recomputed}（容差±{tol}个百分点）",
        "en": "{stated} of the target does not match the counts: {formula} = {recomputed} (tolerance ±{tol} points)"},
        "over": {
        "zh": "超出目标的{stated}与数字不符：{formula} = {recomputed}（容差±{tol}个百分点）",
        "en": "{stated} over the target does not match the counts: {formula} = {recomputed} (tolerance ±{tol} points)"},
        "exceeded": {
        "zh": "称“{stated}”，但完成数{achieved}小于目标数{target}",
        "en": "“{stated}”, but the achieved {achieved} is less than the target {target}"},
        "excess": {
        "zh": "超出计划数{stated}与完成数{achieved}减计划数{target}不符（应为{expect}）",
        "en": "the excess over the plan {stated} does not match the achieved {achieved} less the plan {target} "
              "(that is {expect})"},
        "under": {
        "zh": "称“{stated}”（不高于目标），但实际数{achieved}大于目标数{target}",
        "en": "“{stated}” (at most the target), but the actual {achieved} is more than the target {target}"},
        "budget": {
        "zh": "完成预算的{stated}与预算数、差额不符：{formula} = {recomputed}（所述值允许区间 {lo}–{hi}）",
        "en": "{stated} of the budget does not match the budget and the difference: {formula} = {recomputed} (the "
              "stated value allows {lo}–{hi})"},
        "budget_gap": {
        "zh": "比预算{dir}{stated}与预算执行情况不符：{diff}÷{budget} = {recomputed}（所述值允许区间 {lo}–{hi}）",
        "en": "{stated} {dir_en} than the budget does not match the budget's execution: {diff} ÷ {budget} = {recomputed} "
              "(the stated value allows {lo}–{hi})"},
        "budget_level": {
        "zh": "文中写明的{named}与预算执行情况不符：预算数{budget}{dir}{diff}，应为{expect}",
        "en": "{named} stated in the report does not match the budget's execution: the budget {budget} {dir_en} {diff} "
              "gives {expect}"}}
    options = {"tolerance": Option(0.0, "extra tolerance in percentage points")}
    examples = (
        bad("推动市场主体净增2804户，完成全年增量目标（2214户）的162.6%。"),
        bad("新增就业1.16万人，超额完成1.2万人的年度目标任务。"),
        good("新增就业1.26万人，超额完成1.2万人的年度目标任务。"),
        bad("全年城镇新增就业10.2万人，超过11万人的预期目标。", note="超过 names the target: 11万人 is no bound"),
        good("全年城镇新增就业12.2万人，超过11万人的预期目标。"),
        bad("城镇调查失业率5.8%，低于5.5%的预期目标。", note="a ceiling: the level at most the target"),
        good("居民消费价格上涨2.4%，低于3%左右的预期目标。"),
        bad("超额完成国家下达的110万人就业任务，城镇新增就业102万人。", note="the level after the target clause"),
        bad("城镇新增就业超143万人、超额完成国家下达的150万人年度任务。",
            note="超143万人 is a little more than 143万人, below 144万人"),
        good("2014年本市生产总值超过1.6万亿元，提前实现“十二五”规划1.5万亿元的目标。"),
        good("能耗下降4%，低于3%的控制目标。", note="a fall against a ceiling: its sign is the writer's"),
        good("推动市场主体净增2804户，完成全年增量目标（2214户）的126.6%。"),
        good("全年新增就业1200万人，完成全年目标的109%。", note="no target count: nothing to recompute"),
        bad("完成年度目标（1,800户）的122.5%，全年完成农村危房改造2,025户。", note="the achieved figure after: 112.5%"),
        bad("年度目标任务1.2万人，全年新增城镇就业1.32万人，完成率120%。", note="1.32/1.2 = 110%"),
        bad("全年完成固定资产投资625亿元，比年度计划600亿元超额完成9.2%。", note="(625−600)/600 = 4.2%"),
        good("全年完成固定资产投资625亿元，比年度计划600亿元超额完成4.2%。"),
        good("完成年度目标（1,800户）的112.5%，全年完成农村危房改造2,025户。"),
        bad("全年完成造林面积12.8万亩，超额完成10万亩年度任务的38%。", note="(12.8−10)/10 = 28% over the plan"),
        good("全年完成造林面积12.8万亩，超额完成10万亩年度任务的28%。"),
        good("全年完成造林面积12.8万亩，超额完成10万亩年度任务的128%。", note="the completion reading fits"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        tol = float(self.settings["tolerance"])
        if "预算" in masked:
            yield from self._budget_completions(doc, tol)
            yield from self._budget_gaps(doc, tol)
        if TARGET_VERB.search(masked):
            yield from self._exceeded(doc, masked)
        for q in doc.quantities:
            if not q.is_percent or q.approx in ("<", "<="):
                continue
            s = doc.sentence_at(q.start)
            floor = max(0, q.start - 60)
            if s is not None:
                floor = max(floor, s.start)
            m = TARGET.search(masked, floor, q.start)
            by_rate = False
            if not m or m.end() != q.start:
                over = OVER_PLAN.search(masked, floor, q.start)
                if over is not None and over.end() == q.start and s is not None:
                    f = self._over_plan(doc, masked, q, s, over, tol)
                    if f is not None:
                        yield f
                    continue
                rate = COMPLETION_RATE.search(masked, floor, q.start)
                if rate is None or rate.end() != q.start or s is None:
                    continue
                m, by_rate = rate, True      # 年度目标任务1.2万人，全年新增1.32万人，完成率110%: the target named in the sentence
            lo_w = sentence_window(doc, q.start)[0]
            target = self._target(doc, masked, q, m, lo_w)
            if by_rate and target is not None:
                # the achieved figure is the one of the clause right before 完成率, the target of its measure and named
                # as a target right before its number (目标任务1.2万人; not 计划立项5个)
                cs_ = clause_start(doc, masked, m.start(), lo_w)
                prev = [c for c in quantities_in(doc, cs_, m.start()) if is_count(c)]
                bracketed = PLAN_BRACKET.search(masked, max(lo_w, target.start - 12), target.start) is not None \
                    and masked[target.end:target.end + 1] in ("）", ")")
                if bracketed and len(prev) == 1 and prev[0] is target and cs_ > lo_w:
                    # 新增普惠托位3,280个，超额完成年度任务（2,800个），任务完成率117.1%: the clause before the rate states the
                    # target alone; the achieved figure closes the clause before it
                    prev = [c for c in quantities_in(doc, clause_start(doc, masked, cs_ - 1, lo_w), cs_ - 1) if is_count(c)]
                if len(prev) != 1 or measure_of(prev[0]) != measure_of(target) or not (bracketed or re.search(
                        r"(?:目标|目標|任务|任務|计划|計劃|预算|預算)(?:任务|任務|数|數|投资|投資|资金|資金|规模|規模)?(?:为|為|是)?\s*$",
                        masked[max(0, target.start - 8):target.num_start]) or PLAN_AFTER.match(masked, target.end)
                        # 计划植树造林1.5万亩，实际完成1.62万亩，完成率108%: a clause opened by the plan word, its
                        # action between it and the target, the achieved figure said to be the actual one
                        or (PLAN_OPENS.match(masked, clause_start(doc, masked, target.start, lo_w), target.num_start)
                            and re.search(r"实际|實際", context_before(masked, prev[0], lo_w, 8)))):
                    continue
            after: List[Quantity] = []
            if target is None:
                # 完成年度计划的115%，年度计划2,000户，实际完成2,300户: target and achieved stated after
                s_end = s.end if s is not None else q.end
                after = [c for c in following(doc, q.end, s_end, _MAX_AFTER) if is_count(c)]
                named = [c for c in after if PLAN_WORD.search(context_before(masked, c, q.end, 12))
                         and not re.search(r"[比较較]", context_before(masked, c, q.end, 12))]
                budget_colon = False
                if not named and masked[q.end:q.end + 1] in ("：", ":"):
                    # 完成预算的98.4%：预算收入53.60亿元，实际收入52.74亿元: after a colon, a clause opened by 预算 names
                    # the budget (预算收入 elsewhere is a total actually collected: only here, set against 实际)
                    named = budget_heads(masked, after, q.end)
                    budget_colon = bool(named)
                if ADJUSTED.search(masked, m.start(), m.end()) is not None:
                    # 完成年初预算的101.2%、调整预算的101.8%，年初预算为184.2亿元: the adjusted budget is not stated
                    named = [c for c in named if ADJUSTED_BEFORE.search(context_before(masked, c, q.end, 8))]
                elif "年初" in masked[m.start():m.end()]:
                    named = [c for c in named if not ADJUSTED_BEFORE.search(context_before(masked, c, q.end, 8))]
                if s is not None and masked[q.end:q.end + 1] in ("。", "；", ";") \
                        and (not named or masked[q.end:q.end + 1] != "。"):
                    # 为年度计划的104.0%。年度计划投资450亿元。: a next sentence (or clause after ；) opening with the plan
                    # (为年度组织收入计划的103.6%；年度计划330.8亿元: only a clause opened by the plan, never a count of
                    # another plan named inside it — 非税收入计划50亿元)
                    named = plan_opening(doc, masked, q.end + 1)
                    after = named
                elif len(named) != 1 or not (re.match(r"[，,（(]", masked[q.end:q.end + 1]) or budget_colon):
                    # (完成…的125%：全年新增企业50家，目标任务为40家: after a colon the counts are an alternative reading,
                    # claims.reach — only a budget set against the actual figure is read here)
                    named = []
                if len(named) != 1:
                    # no target in the sentence: the target named before or after it (claims.reach.target_readings)
                    f = self._reached_target(doc, masked, q, tol)
                    if f is not None:
                        yield f
                    continue
                target = named[0]
            achieved = [c for c in recent(doc, lo_w, m.start(), 3 * _MAX_OPERANDS) + after if is_count(c) and c is not target
                        and measure_of(c) == measure_of(target) and c.approx not in ("<", "<=")
                        and (not PLAN_WORD.search(context_before(masked, c, lo_w, 8))
                             or DONE_TASK.search(context_before(masked, c, lo_w, 16)))]
            if not achieved and s is not None and re.match(r"[，,]", masked[q.end:q.end + 1]):
                # 完成年度目标（1,800户）的112.5%，全年完成农村危房改造2,025户: the achieved figure in the next clause
                stop = min([k for k in (masked.find("；", q.end, s.end), masked.find(";", q.end, s.end)) if k >= 0]
                           or [s.end])
                nxt = [c for c in following(doc, q.end, stop, _MAX_AFTER) if is_count(c)]
                if nxt and measure_of(nxt[0]) == measure_of(target) and c_not_plan(masked, nxt[0], q.end) \
                        and not is_delta(masked, nxt[0]) and nxt[0].approx not in ("<", "<=") \
                        and re.search(r"完成|实现|實現|达到|達到|新增|累计|累計", context_before(masked, nxt[0], q.end, 16)):
                    achieved = [nxt[0]]
            if not achieved:
                continue
            if "其中" in masked[max(achieved[-1].end, target.end if target.end <= m.start() else 0):m.start()]:
                continue      # 其中市级项目完成年度计划的110%: a part against its own plan, not the figures before
            stated = stated_interval(q, tol)
            # a target is set as a round figure and means it exactly (年度目标任务（3万人）is 30000, not 2.5万–3.5万)
            tv = (target.base_value, target.base_value) if target.approx is None else count_interval(target)
            # 超额完成10万亩年度任务的28%: the words say by how much the plan was exceeded, (achieved − target) ÷ target;
            # a writer may still mean the completion (超额完成年度任务的128%), so either reading keeps it silent
            excess = not by_rate and EXCESS_BEFORE.search(masked, max(0, m.start() - 3), m.start()) is not None
            shift = 100.0 if excess else 0.0
            ok = False
            used = achieved
            for t in candidate_terms(doc, achieved, with_differences=False):
                r = ratio_interval((t.lo, t.hi), tv)
                if r is not None and (overlaps(r, stated) or (excess and overlaps((r[0] - shift, r[1] - shift), stated))):
                    ok, used = True, list(t.parts)     # (the ledger shows the figures of the reading that fits)
                    break
            record(doc, self.code, "target", q, ok,
                   "(achieved-target)/target*100" if excess else "achieved/target*100", used + [target])
            if ok:
                continue
            a = achieved[-1]
            r = ratio_interval(count_interval(a), tv)
            if r is None:
                continue
            mid = (r[0] + r[1]) / 2 - shift
            h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
            formula_num = f"{fmt_num(count_interval(a)[0])}/{fmt_num(tv[0])}*100"
            yield self.finding(
                doc, q.start, q.end, "over" if excess else "default",
                related=[Related(a.start, a.end, {"zh": "完成数", "en": "achieved"}),
                         Related(target.start, target.end, {"zh": "目标数", "en": "target"})],
                evidence={"stated": q.value, "recomputed": round(mid, 4),
                          "formula": f"{formula_num}-100" if excess else formula_num,
                          "tolerance": round(h, 6), "stated_interval": _json_interval(stated)},
                stated=doc.text[q.num_start:q.end],
                formula=(f"({label(doc, a)}−{label(doc, target)})÷{label(doc, target)}" if excess
                         else f"{label(doc, a)}÷{label(doc, target)}"),
                recomputed=fmt_pct(mid, max(q.decimals, 2)), tol=f"{h:g}")

    def _reached_target(self, doc, masked, q, tol):
        """年初确定新增就业2.4万人的目标。……全年新增2.7万人，完成年度目标的112.5%; 完成棚户区改造4,840户，完成省下达任务
        的121.0%。省下达任务数为4,000户: the target a count named as a target, a task or a plan before the figure in its
        part of the report or in the sentence after it, the achieved count one of its measure before the figure
        (``claims.reach.target_readings``).  Silent when any reading fits; reported only for the one certain reading
        (one target, one achieved count named like it)."""
        found = target_readings(doc, masked, q)
        if found is None:
            return None
        stated = stated_interval(q, tol)
        for rd in found.readings:
            t = rd.base
            tv = (t.base_value, t.base_value) if t.approx is None else count_interval(t)
            r = ratio_interval(count_interval(rd.numerator), tv)
            if r is not None and overlaps(r, stated):
                record(doc, self.code, "target", q, True, "achieved/target*100 (" + found.how + ")",
                       [rd.numerator, t])
                return None
        if found.certain is None:
            return None
        a, target = found.certain.numerator, found.certain.base
        tv = (target.base_value, target.base_value)
        r = ratio_interval(count_interval(a), tv)
        if r is None:
            return None
        record(doc, self.code, "target", q, False, "achieved/target*100 (" + found.how + ")", [a, target])
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        return self.finding(
            doc, q.start, q.end, "default",
            related=[Related(a.start, a.end, {"zh": "完成数", "en": "achieved"}),
                     Related(target.start, target.end, {"zh": "目标数", "en": "target"})],
            evidence={"stated": q.value, "recomputed": round(mid, 4),
                      "formula": f"{fmt_num(count_interval(a)[0])}/{fmt_num(tv[0])}*100",
                      "tolerance": round(h, 6), "stated_interval": _json_interval(stated)},
            stated=doc.text[q.num_start:q.end], formula=f"{label(doc, a)}÷{label(doc, target)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), tol=f"{h:g}")

    def _over_plan(self, doc, masked, q, s, over, tol):
        """比年度计划600亿元超额完成4.2% / 超出年度计划4.2%: (achieved − target) ÷ target, the target named as a plan in
        the sentence (in the phrase or stated on its own) and the achieved figure of the same measure before it."""
        lo_w = sentence_window(doc, q.start)[0]
        inner = [c for c in quantities_in(doc, over.start(), over.end()) if is_count(c)]
        if OVER_PLAN_OF.search(over.group()) and (len(inner) != 1 or inner[0].approx is not None):
            return None       # 超过计划…的X%: read only with the one set figure the phrase writes
        # the target in the sentence before the percentage (up to the ；before it), or in a bracket right after it
        # (超年度任务12.5%（年度任务60万平方米）); never a task of the next clause (；…完成“减存量”任务125万平方米)
        lo_t = max([s.start] + [k + 1 for k in (masked.rfind("；", s.start, q.start), masked.rfind(";", s.start, q.start))])
        hi_t = q.start
        if masked[q.end:q.end + 1] in ("（", "("):
            close = masked.find("）" if masked[q.end] == "（" else ")", q.end, q.end + 40)
            if close > 0:
                hi_t = close
        named = inner or [c for c in recent(doc, lo_t, hi_t, 3 * _MAX_OPERANDS) if is_count(c) and c.approx is None
                          and not (q.start <= c.start <= q.end)
                          and PLAN_WORD.search(context_before(masked, c, lo_t, 12))]
        if not named and masked[q.end:q.end + 1] in ("，", ","):
            # 超出年度目标任务15%，年度目标任务2,400套: the target opening the clause right after
            named = plan_opening(doc, masked, q.end + 1)
        if len(named) != 1:
            return None
        target = named[0]
        achieved = [c for c in recent(doc, lo_w, over.start(), 3 * _MAX_OPERANDS) if is_count(c) and c is not target
                    and measure_of(c) == measure_of(target) and c.approx is None and not is_delta(masked, c)
                    and c_not_plan(masked, c, lo_w)]
        if not achieved:
            return None
        a = achieved[-1]
        stated = stated_interval(q, tol)
        tv = target.base_value
        av = count_interval(a)
        r = (100.0 * (av[0] - tv) / tv, 100.0 * (av[1] - tv) / tv) if tv > 0 else None
        if r is None:
            return None
        ok = overlaps(r, stated)
        record(doc, self.code, "target", q, ok, "(achieved-target)/target*100", [a, target])
        if ok:
            return None
        mid = (r[0] + r[1]) / 2
        h = (stated[1] - stated[0]) / 2 if not math.isinf(stated[1] - stated[0]) else 0.5 * 10 ** (-q.decimals)
        return self.finding(
            doc, q.start, q.end, "over",
            related=[Related(a.start, a.end, {"zh": "完成数", "en": "achieved"}),
                     Related(target.start, target.end, {"zh": "目标数", "en": "target"})],
            evidence={"stated": q.value, "recomputed": round(mid, 4),
                      "formula": f"({fmt_num(av[0])}-{fmt_num(tv)})/{fmt_num(tv)}*100",
                      "tolerance": round(h, 6), "stated_interval": _json_interval(stated)},
            stated=doc.text[q.num_start:q.end], formula=f"({label(doc, a)}−{label(doc, target)})÷{label(doc, target)}",
            recomputed=fmt_pct(mid, max(q.decimals, 2)), tol=f"{h:g}")

    def _budget_gaps(self, doc, tol: float):
        """决算支出比预算少支出了约1.59% / 比起原定的计划还少3.02% (:func:`lintgov.claims.accounts.budget_gaps`): the gap to
        the budget in per cent is the difference over the budget of the completion of that side and year stated
        elsewhere (比预算数A少D: D ÷ A)."""
        from lintgov.claims.accounts import budget_gaps, fits
        from lintgov.claims.implied import share_interval
        for q, c in budget_gaps(doc):
            a_lo, a_hi = interval_of(c.budget)
            d_lo, d_hi = interval_of(c.diff)
            if a_lo <= 0:
                continue
            lo, hi = 100 * d_lo / a_hi, 100 * d_hi / a_lo
            p_lo, p_hi = share_interval(q, tol)
            ok = fits((lo, hi), (p_lo, p_hi))
            record(doc, self.code, "target", q, ok, "d / a * 100 (the gap to the budget)", [c.budget, c.diff])
            if ok:
                continue
            yield self.finding(
                doc, q.start, q.end, "budget_gap",
                related=[Related(c.budget.start, c.budget.end, {"zh": "预算数", "en": "budget"}),
                         Related(c.diff.start, c.diff.end, {"zh": "差额", "en": "difference"})],
                evidence={"budget": [a_lo, a_hi], "difference": [d_lo, d_hi], "recomputed": [lo, hi],
                          "stated": [p_lo, p_hi], "formula": "d / a * 100",
                          "tolerance": "rounding interval of each figure (the rate also truncated; 约 one unit wider)"},
                stated=doc.text[q.num_start:q.end], dir="少" if c.sign < 0 else "多",
                dir_en="less" if c.sign < 0 else "more", diff=label(doc, c.diff), budget=label(doc, c.budget),
                recomputed=f"{(lo + hi) / 2:.2f}%", lo=f"{p_lo:.3f}%", hi=f"{p_hi:.3f}%")

    def _budget_completions(self, doc, tol: float):
        """完成预算的96.98%，比预算数A少D (:func:`lintgov.claims.accounts.completions`): the rate is (A ∓ D) ÷ A; and the
        level it speaks of (本年收入, 决算支出), stated by its name elsewhere in the report (本年收入合计L, the same side,
        year and kind), is A ∓ D — silent when one of the totals that may be meant agrees."""
        from lintgov.claims.accounts import completions, fits
        from lintgov.claims.implied import share_interval
        for c in completions(doc):
            a_lo, a_hi = interval_of(c.budget)
            d_lo, d_hi = interval_of(c.diff)
            if a_lo <= 0:
                continue
            if c.sign < 0:
                lo, hi = 100 * (1 - d_hi / a_lo), 100 * (1 - d_lo / a_hi)
            else:
                lo, hi = 100 * (1 + d_lo / a_hi), 100 * (1 + d_hi / a_lo)
            p_lo, p_hi = share_interval(c.rate, tol)
            ok = fits((lo, hi), (p_lo, p_hi))
            formula = "(a - d) / a * 100" if c.sign < 0 else "(a + d) / a * 100"
            record(doc, self.code, "target", c.rate, ok, formula, [c.budget, c.diff])
            if not ok:
                yield self.finding(
                    doc, c.rate.start, c.diff.end, "budget",
                    related=[Related(c.budget.start, c.budget.end, {"zh": "预算数", "en": "budget"}),
                             Related(c.diff.start, c.diff.end, {"zh": "差额", "en": "difference"})],
                    evidence={"budget": [a_lo, a_hi], "difference": [d_lo, d_hi], "sign": c.sign,
                              "recomputed": [lo, hi], "stated": [p_lo, p_hi], "formula": formula,
                              "tolerance": "rounding interval of each figure (the rate also truncated)"},
                    stated=doc.text[c.rate.num_start:c.rate.end],
                    formula=f"({label(doc, c.budget)} {'−' if c.sign < 0 else '+'} {label(doc, c.diff)}) ÷ "
                            f"{label(doc, c.budget)}", recomputed=f"{(lo + hi) / 2:.2f}%", lo=f"{p_lo:.3f}%",
                    hi=f"{p_hi:.3f}%")
                continue
            if not c.levels:
                continue
            e_lo, e_hi = (a_lo - d_hi, a_hi - d_lo) if c.sign < 0 else (a_lo + d_lo, a_hi + d_hi)
            hits = [t for t in c.levels if fits(interval_of(t.q), (e_lo, e_hi))]
            for t in hits[:1]:
                record(doc, self.code, "delta", c.diff, True, "level = budget -/+ difference", [c.budget, t.q])
            if hits or len(c.levels) != 1:
                continue
            t = c.levels[0]
            record(doc, self.code, "delta", t.q, False, "level = budget -/+ difference", [c.budget, c.diff])
            mult = t.q.value / t.q.mantissa if t.q.mantissa else 1.0
            printed = doc.text[t.q.num_start:t.q.num_end]
            x = (e_lo + e_hi) / 2 / mult
            shown = (f"{x:,.{t.q.decimals}f}" if "," in printed or "，" in printed else fmt_num(x, t.q.decimals)) \
                + doc.text[t.q.num_end:t.q.end]
            yield self.finding(
                doc, t.q.start, t.q.end, "budget_level",
                related=[Related(c.budget.start, c.budget.end, {"zh": "预算数", "en": "budget"}),
                         Related(c.diff.start, c.diff.end, {"zh": "差额", "en": "difference"}),
                         Related(c.rate.start, c.rate.end, {"zh": "完成比例", "en": "completion"})],
                evidence={"budget": [a_lo, a_hi], "difference": [d_lo, d_hi], "sign": c.sign, "expected": [e_lo, e_hi],
                          "stated": list(interval_of(t.q)), "formula": "budget -/+ difference",
                          "tolerance": "rounding interval of each figure"},
                named=label(doc, t.q), budget=label(doc, c.budget), diff=label(doc, c.diff),
                dir="少" if c.sign < 0 else "多", dir_en="less" if c.sign < 0 else "more", expect=shown)

    def _exceeded(self, doc, masked):
        """A level against its target, the target a bound on the level on the side the verb of its clause names
        (claims.thresholds.TARGET_CLAUSE, target_side): 超额完成1.2万人的年度目标任务 / 超额完成年度目标任务（1.2万人）/
        超过11万人的预期目标 (the achieved figure at least the target), 低于13%左右的预期目标 (at most it).  The achieved
        figure is the level of the target's measure in the two clauses before the target clause, or — when the target
        clause opens its clause and none stands before — in the clause right after it (超额完成…110万人就业任务，城镇新增
        就业132万人); a level stated as a lower bound (超143万人) is a little more than its figure
        (claims.thresholds.level_interval)."""
        for m in TARGET_CLAUSE.finditer(masked):
            end = m.end()
            verb = m.group("verb")
            side = target_side(verb)
            # (a percentage only as the target of a rate or growth: 优于省定85%的目标, 高于6.5%的预期目标)
            pct = not verb.startswith(("超额", "超額", "提前"))
            # 超过11万人的预期目标 / 低于5.5%的预期目标: the extractor reads the clause's own verb as a bound on the target —
            # it is the target
            own = lambda c: c.start == m.start() and c.before_word and verb.startswith(c.before_word)   # noqa: E731
            inner = [c for c in quantities_in(doc, m.start(), end)
                     if is_count(c) or (pct and c.is_percent and (_target_pct(c) or (own(c) and c.unit == "%")))]
            if not inner and masked[end:end + 1] in ("（", "("):
                close = masked.find("）" if masked[end] == "（" else ")", end, end + 30)
                if close > 0:
                    inner = [c for c in quantities_in(doc, end, close) if is_count(c) or (pct and _target_pct(c))]
            if not inner and side == ">":
                # 超额完成年度计划600亿元: the target right after the words naming it (超过年度目标15%, 高于目标1.2个百分点:
                # an excess in other units, never the target — the level is compared with a figure of its own measure)
                nxt = quantities_in(doc, end, min(len(masked), end + 14))[:1]
                if nxt and is_count(nxt[0]) and re.fullmatch(r"\s*(?:数|數)?(?:为|為)?", masked[end:nxt[0].num_start]):
                    inner = nxt
            if len(inner) != 1:
                continue
            target = inner[0]
            # (13%左右的预期目标: a target set as approximate is still that figure)
            if target.approx is not None and not (target.approx == "≈" and target.is_percent) and not own(target):
                continue
            if target.is_percent and (masked[target.end:target.end + 1] != "的" or target.end > end):
                continue      # 优于省定85%的目标: the target named after its percentage only
            s = doc.sentence_at(m.start())
            if s is None:
                continue
            if side == "better":
                if not target.is_percent or LOWER_IS_BETTER.search(masked, s.start, m.start()):
                    continue  # PM2.5浓度28微克，优于30微克的目标: better may be lower; only a rate of what went well is read
                side = ">"
            if not side:
                continue

            def _achieved(lo_a, hi_a, after=False):
                got = (following if after else recent)(doc, lo_a, hi_a, 3 * _MAX_OPERANDS)
                return [c for c in got
                        if (is_count(c) or (target.is_percent and plain_pct(c)))
                        and measure_of(c) == measure_of(target) and c.approx not in ("<", "<=")
                        and not PLAN_WORD.search(context_before(masked, c, s.start, 8))
                        and (target.is_percent or not is_delta(masked, c))       # (增长6.2%，高于6.5%的预期目标)
                        # 下降2%，低于3%的目标: a fall's side of a ceiling depends on the sign the writer meant
                        and not (side == "<" and re.search(r"(?:下降|降低|减少|減少|回落)[^，,。；;]{0,3}$",
                                                          masked[max(s.start, c.start - 6):c.start]))]
            # the achieved figure is in the two clauses before the target clause (农民工新增117万人、总数达4365万人，城镇
            # 新增就业139.3万人、超额完成…110万人任务: the total of another metric three clauses back is not it)
            k1 = max(masked.rfind(c, s.start, m.start()) for c in "，,；;")
            achieved = _achieved(k1 + 1, m.start()) if k1 >= 0 else []
            if not achieved:
                achieved = _achieved(s.start, m.start())
            if achieved and len(masked[achieved[-1].end:m.start()]) > 16:
                continue
            if achieved and verb.startswith("提前") and not _shared_word(
                    masked[m.start():end], masked[clause_start(doc, masked, achieved[-1].start, s.start):achieved[-1].start]):
                continue      # 处置闲置土地34公顷，提前两年完成400公顷建设用地清退任务: a task over years finished early is of
                #               its own metric — the level before it is read only when it names the task's words
            if not achieved:
                # 超额完成国家下达的110万人就业任务，城镇新增就业132万人: the target clause opens its clause (nothing of it
                # before), the level is the clause right after it (no 其中: a part; no plan word)
                if masked[max(s.start, m.start() - 1):m.start()] not in ("", "，", ",", "；", ";") \
                        and m.start() != s.start:
                    continue
                nb = re.match(r"[，,]\s*(?!其中)", masked[end:end + 8])
                if nb is None:
                    continue
                stop = re.compile(r"[，,。；;！？!?\n]").search(masked, end + nb.end())
                achieved = _achieved(end + nb.end(), stop.start() if stop else s.end, after=True)[:1]
                # (…就业任务，城镇新增就业132万人: the level's words and the target's share a word — 就业 — or the level
                # is of another thing the sentence goes on to)
                if not achieved or not _shared_word(masked[m.start():end], masked[end + nb.end():achieved[0].start]):
                    continue
            plan = plan_restated(doc, masked, target) if side == ">" and not target.is_percent else None
            if plan is not None:
                # 超出年度计划820套（年度计划6,000套）: the plan restated right after makes the figure after the plan's
                # words the excess, achieved − plan (the level right before the clause)
                a = achieved[-1]
                av, pv, ev = count_interval(a), count_interval(plan), count_interval(target)
                diff = (av[0] - pv[1], av[1] - pv[0])
                ok = overlaps(diff, ev)
                record(doc, self.code, "target", target, ok, "achieved-plan", [a, plan])
                if not ok:
                    yield self.finding(doc, target.start, target.end, "excess",
                                       related=[Related(a.start, a.end, {"zh": "完成数", "en": "achieved"}),
                                                Related(plan.start, plan.end, {"zh": "计划数", "en": "plan"})],
                                       evidence={"stated": _json_interval(ev), "recomputed": _json_interval(diff),
                                                 "formula": "achieved-plan"},
                                       stated=label(doc, target), achieved=label(doc, a), target=label(doc, plan),
                                       expect=fmt_num((diff[0] + diff[1]) / 2))
                continue
            tv = target.interval() if target.is_percent else count_interval(target)
            if target.approx is not None:   # (超过11万人 / 13%左右 as the target: its printed value)
                h = target.half_unit * (target.base_value / target.value if target.value else 1.0)
                tv = (target.base_value - h, target.base_value + h)
            if side == ">":
                tv = (target.base_value, tv[1])   # (the level reaches the target as printed: no rounding below it)
            else:
                tv = (tv[0], target.base_value)
            if pct and side == ">":
                # 完成投资120亿元，其中工业投资45亿元，超过年度计划50亿元: any level of the sentence before may be the one
                # said to exceed the target (the total here) — silent when one is at least it
                achieved = achieved + [c for c in _achieved(s.start, m.start()) if not any(c is a for a in achieved)]
            ivs = [(a.interval() if a.is_percent else level_interval(a, count_interval(a))) for a in achieved]
            ok = any(side_holds(side, iv, tv) for iv in ivs)
            record(doc, self.code, "target", target, ok, "achieved >= target" if side == ">" else "achieved <= target",
                   achieved)
            if ok:
                continue
            a = max(achieved, key=lambda c: c.end) if achieved[-1].end <= m.start() else achieved[0]
            iv = ivs[achieved.index(a)]
            yield self.finding(doc, m.start(), end, "exceeded" if side == ">" else "under",
                               related=[Related(a.start, a.end, {"zh": "完成数", "en": "achieved"}),
                                        Related(target.start, target.end, {"zh": "目标数", "en": "target"})],
                               evidence={"achieved": _json_interval(iv), "target": target.base_value,
                                         "direction": side,
                                         "formula": "achieved >= target" if side == ">" else "achieved <= target"},
                               stated=doc.text[m.start():end],
                               achieved=doc.text[a.start:a.end] if a.approx else label(doc, a),
                               target=label(doc, target))

    @staticmethod
    def _target(doc, masked, q, m, lo_w):
        """The target value: written in the phrase (目标（1,800户）的, 计划600亿元的), in a bracket right after the
        percentage (（预算数32.0亿元）), or in the sentence (or the one before) as 目标/计划/预算 N."""
        inner = [c for c in quantities_in(doc, m.start(), m.end()) if is_count(c)]
        if inner:
            return inner[-1]
        if masked[q.end:q.end + 1] in ("（", "("):
            close = masked.find("）" if masked[q.end] == "（" else ")", q.end, q.end + 40)
            if close > 0:
                # (为控制指标的75.0%（控制指标16人）: a cap named in the bracket)
                inb = [c for c in quantities_in(doc, q.end, close) if is_count(c)
                       and (PLAN_WORD.search(masked[q.end:c.start]) or CAP_WORD.search(masked[q.end:c.start]))]
                if len(inb) == 1:
                    return inb[0]
        # 今年计划完成投资600亿元。全年实际完成625亿元，完成年度计划的104.2%: the sentence before too, never a
        # comparison base (比预算数N元少…) nor the difference it states (比预算数28,049,780,000元少846,461,000元)
        lo_s = lo_w
        # 预算数为210亿元，执行中调整为200亿元，…为调整预算的102%: a budget or plan adjusted in the year is another target
        # than the one first set — the phrase naming the adjusted one (调整预算, 调整后计划) takes a value named as
        # adjusted only, one naming no adjustment a value named so only when it is the only one (else either is meant)
        adjusted = ADJUSTED.search(masked, m.start(), m.end()) is not None
        named = [c for c in recent(doc, lo_s, m.start(), 3 * _MAX_OPERANDS) if is_count(c)
                 and (PLAN_WORD.search(context_before(masked, c, lo_s, 16)) or PLAN_AFTER.match(masked, c.end)
                      # (超额完成年度任务（2,800个）: the target alone in a bracket after the plan word)
                      or (PLAN_BRACKET.search(masked, max(lo_s, c.start - 12), c.start) is not None
                          and masked[c.end:c.end + 1] in ("）", ")"))
                      or ADJUSTED_BEFORE.search(context_before(masked, c, lo_s, 8)))
                 and not re.search(r"[比较較]", context_before(masked, c, lo_s, 16))
                 and not (is_delta(masked, c) and re.search(r"[比较較]", masked[clause_start(doc, masked, c.start, lo_s):c.start]))]
        if adjusted:
            named = [c for c in named if ADJUSTED_BEFORE.search(context_before(masked, c, lo_s, 8))]
        elif re.search(r"年初", masked[m.start():m.end()]):
            # (为年初预算的97.1%: the budget as first set, never the adjusted one)
            named = [c for c in named if not ADJUSTED_BEFORE.search(context_before(masked, c, lo_s, 8))]
        return named[-1] if len(named) == 1 else None


def _shared_word(a: str, b: str) -> bool:
    """Whether two stretches of text share a word of two Chinese characters (下达的…就业任务 / 城镇新增就业: 就业)."""
    grams = {a[i:i + 2] for i in range(len(a) - 1)}
    return any(b[i:i + 2] in grams and "\u4e00" <= b[i] <= "\u9fff" and "\u4e00" <= b[i + 1] <= "\u9fff"
               for i in range(len(b) - 1))


def _target_pct(c: Quantity) -> bool:
    """A percentage a target is set at: a plain value (6.5%) or one set as approximate (13%左右)."""
    return plain_pct(c) or (c.is_percent and c.unit == "%" and c.approx == "≈" and not c.chinese)


# -- LG104 ----------------------------------------------------------------------------------
class ClosedRateBound(Rule):
    code = "LG104"
    name = "closed-rate-over-100"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "部分占整体的比率超过100%", "en": "A rate that is a part of a whole exceeds 100%"}
    description = {
        "zh": "纠错率、办结率、出庭应诉率、整改率、满意率、覆盖率、合格率、参评率、办复率等是部分占整体的比率，"
              "最多为100%；占比、比例、比重同理。完成率、完成目标的百分比和增长率可以超过100%，不检查。",
        "en": "Closed rates (纠错率, 办结率, 出庭应诉率, 整改率, 满意率, 覆盖率, 合格率, 参评率, 办复率…) and shares "
              "(占, 占比, 比例, 比重) are parts of a whole and cannot exceed 100%. Completion rates, percentages of a "
              "target and growth rates may exceed 100% and are not checked.",
    }
    authority = "国家统计局：有些百分数最多只能达到100%（如出勤率、合格率），计划完成情况等可以超过100%"
    messages = {"default": {"zh": "{name}是部分占整体的比率，不能超过100%，此处为{stated}（按取舍区间至少{lo}）",
                            "en": "{name} is a part of a whole and cannot exceed 100%; stated {stated} "
                                  "(at least {lo} after rounding)"}}
    examples = (
        bad("行政机关负责人出庭应诉率达102%。"),
        bad("群众满意率为100.5%。"),
        good("完成年度目标的112%。"),
        good("同比增长135%。"),
        good("出庭应诉率同比提高120%。", note="a relative change of a rate, not the rate itself"),
        good("行政机关负责人出庭应诉率达100%。"),
    )

    def check(self, doc, ctx):
        masked = folded_text(doc)     # doc.masked() with full-width digits, ．and ％ in ASCII (same offsets)
        for q in doc.quantities:
            if not q.is_percent or q.value <= 100 or q.approx in ("<", "<="):
                continue
            res = rate_context(doc, masked, q)
            if res is None:
                continue
            name, kind, closed = res
            if not closed or over_named_base(masked, q):
                continue      # (参保率103.5%（以户籍人口计）: over a population named apart, not a part of a whole)
            lo = stated_interval(q)[0]
            if lo <= 100:
                continue
            yield self.finding(doc, q.start, q.end,
                               evidence={"stated": q.value, "stated_lower_bound": round(lo, 6), "bound": 100,
                                         "rate_name": name, "tolerance": round(q.value - lo, 6)},
                               name=name, stated=doc.text[q.num_start:q.end], lo=fmt_pct(lo, q.decimals + 1))


@hookimpl
def lintgov_rules():
    return [RateMismatch, TargetCompletion, ClosedRateBound]
