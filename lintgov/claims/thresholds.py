"""Bounds and thresholds passed (part of the claims layer): the one vocabulary of the words that state a figure as a
bound rather than a level, for every reader that needs it — LG105 (``rules/bounds.py``: a bound beside the exact figure),
the GDP reading (:mod:`lintgov.claims.indicators`: a threshold passed is no level of the GDP) and the five-year review
(:mod:`lintgov.claims.horizons`: a threshold a main total passed, a bound held every year).

How reports state a bound (read from corpus/full):

* a lower bound the quantity extractor reads (突破4万亿元, 超过500件, 逾5.2万人, 超1.25万家, 1300亿斤以上, 1.2万余户);
* a step passed: 迈上/跨越/跨过/跨上/站上/登上/跃上/连跨/越过/迈过 X 台阶/大关/关口 (迈上1000亿斤新台阶, 跨越5000亿元大关,
  站上1万亿元大关): the figure reads exact, the verb and the step noun make it a lower bound;
* a Chinese-numeral magnitude the extractor leaves unread: 突破千亿元大关, 超千亿元, 迈上万亿元台阶, 突破三千亿大关,
  过十万户, 超“千亿元”, 不足百件 (:data:`BARE`, :func:`magnitude_value`);
* an upper bound: 不足/不到 (at most), 近/将近/接近 (just under: at most a tenth below, :data:`NEAR_WORDS`), 以下/以内;
* a bound held for years: 稳定在/保持在/维持在…以上, 连续N年…以上, 每年…以上 (:data:`HELD_VERB`, :data:`EVERY_YEAR`).

Services (no rule re-reads these): :func:`stated_bounds` — every figure the text states as a bound, wherever its word
stands (the bound side of LG105); :data:`TARGET_CLAUSE` / :func:`target_side` — a target named after (or before) a level
is a bound on the level, on the side its verb names (超额完成/超过/提前实现 — at least it; 低于/不超过 — at most it: LG102);
:func:`level_interval` — a level stated as a lower bound (超143万人) read as a little more than its figure when compared
with a target; :func:`side_holds` — the one comparison of a figure's interval with a bound in its direction;
:func:`named_alike`, :func:`actual_same_verb`, :func:`same_deed`, :func:`restated_subject` — whether the exact figure in
the clause after a bound names the bound's own metric again ("named alike": 突破3000万人次，全年接待游客3,126万人次),
read here for LG105 and nowhere else.

The figure a threshold verb governs is no level stated (地区生产总值连续跨越3000、4000亿元台阶 states no GDP), and the
things counted may be named by a threshold (超千亿元的企业15家, 过亿元项目86个): what the threshold is said of is the
reader's business; the words are this module's.
"""
from __future__ import annotations

import bisect
import re
from typing import List, NamedTuple, Optional, Tuple

from .. import lazyre
from .classes import implied_part

#: the words that make a figure a bound (the extractor's approximation words that state a direction); 约/左右 are
#: approximations, not bounds; 高于/低于 compare with another's figure (高于全省的7.4%: the figure is the other's level)
BOUND_WORDS = frozenset(("突破", "超过", "超過", "超", "逾", "以上", "多达", "多達", "至少", "不少于", "不少於", "余", "餘",
                         "多", "不足", "不到", "以下", "以内", "以內", "不超过", "不超過", "最多", "至多", "近", "将近",
                         "將近", "接近", "不低于", "不低於", "不高于", "不高於"))
#: words before a figure that put it above the figure meant: the bound is an upper one
UNDER_WORDS = ("不足", "不到", "将近", "將近", "接近", "近")
#: 近/将近/接近 X: just under X
NEAR_WORDS = ("将近", "將近", "接近", "近")

#: verbs whose object is a step (迈上5000亿元台阶, 跨越千亿元大关, 站上1万亿元大关): with the step noun after the figure,
#: a threshold passed
_STEP_VERBS = ("跨越", "跨过", "跨過", "跨上", "迈上", "邁上", "迈过", "邁過", "站上", "登上", "跃上", "躍上", "连跨",
               "連跨", "越过", "越過")
#: every verb of passing a threshold: the step verbs and 突破/超过/首超/超/逾
_PASS_VERBS = ("突破", "超过", "超過", "首超") + _STEP_VERBS + ("超", "逾")
STEP_VERB = "(?:" + "|".join(_STEP_VERBS) + ")"
PASS_VERB = "(?:" + "|".join(_PASS_VERBS) + ")"
#: the noun of a step passed
STEP_NOUN = r"(?:大关|大關|关口|關口|台阶|臺階)"
#: the characters that make 过 part of another word (通过, 经过, 超过 …): 过 alone is a bound only after none of them
NOT_GUO = frozenset("通经經超越跨穿度错錯")
#: bounds held for years (粮食总产量稳定在1300亿斤以上, 连续5年保持在…以上)
HELD_VERB = r"(?:稳定|穩定|保持|维持|維持)在"
#: words of a clause that make its bound hold every year of a span (每年…以上, 连续N年…, 稳定在…以上)
EVERY_YEAR = lazyre.compile(r"每年|连续(?:\d+|[两二三四五六七八九十]+)年|(?:稳定|保持|维持)在")
#: a bound held for years running, right before the figure (连续9年稳定在 / 连续五年保持在 / 连续三年)
HELD_BEFORE = lazyre.compile(r"连续(?:\d{1,2}|[两二三四五六七八九十]{1,3})年(?:稳定|保持|维持)?在?\s*$")

#: (the verb may stand before a list of thresholds, the step noun after the last: 连续跨越3000、4000亿元台阶)
_STEP_BEFORE = lazyre.compile(r"(?P<verb>" + STEP_VERB + r")(?:\s*\d+(?:\.\d+)?(?:万亿|千亿|百亿|亿|万)?(?:元|美元)?\s*、)*\s*$")
#: the step noun after a figure: 台阶 / 新台阶 / 一个新的台阶 / 亿元大关 (a word of two characters at most between)
_STEP_AFTER = lazyre.compile(r"\s*(?:一个|一個)?[^，,。；;\d]{0,2}?" + STEP_NOUN)
#: a passing verb of two characters in the clause before a figure (至多 8 characters between: 跨越3000、4000亿元台阶 for
#: the 4000), or 超/逾 right before it
_PASSED_BEFORE = lazyre.compile(r"(?:" + "|".join(v for v in _PASS_VERBS if len(v) == 2) + r")[^，,。；;]{0,8}$|[超逾]$")

#: the magnitudes a Chinese-numeral bound is written in (突破千亿, 超百万, 不足百件)
MAGNITUDES = {"百": 1e2, "千": 1e3, "万": 1e4, "萬": 1e4, "十万": 1e5, "十萬": 1e5, "百万": 1e6, "百萬": 1e6, "千万": 1e7,
              "千萬": 1e7, "亿": 1e8, "億": 1e8, "十亿": 1e9, "十億": 1e9, "百亿": 1e10, "百億": 1e10, "千亿": 1e11,
              "千億": 1e11, "万亿": 1e12, "萬億": 1e12}
#: a bound written as a bare magnitude the extractor does not read (突破千亿元大关, 不足百起, 迈上万亿台阶, 过十万户), also
#: a Chinese numeral before the magnitude (突破两千亿，达…; 突破一千四百亿元) and in quotes before 大关 (突破“百亿”大关),
#: the unit inside the quotes too (超“千亿元”（1086.09亿元）); 过 only after none of :data:`NOT_GUO`; with no unit, the
#: magnitude (or its step noun) ends the clause (…，首次突破百亿大关。), never a noun it names (超百亿元企业, 过亿元项目)
BARE = lazyre.compile(r"(?P<word>" + PASS_VERB[3:-1] + r"|不足|不到|将近|將近|接近|近|(?<![通经經超越跨穿度错錯])[过過])"
                      r"(?P<q>“)?"
                      r"(?P<num>[一二两兩三四五六七八九十百千零〇]*?)"
                      r"(?P<mag>十万|百万|千万|十亿|百亿|千亿|万亿|十萬|百萬|千萬|十億|百億|千億|萬億|百|千|万|萬|亿|億)"
                      r"(?(q)(?P<qunit>元|美元)?”)"
                      r"(?:(?P<unit>元|美元|人次|人|家|户|戶|个|個|件|起|项|項|辆|輛|吨|噸|千瓦|平方米|亩|畝)"
                      r"|(?=(?:大关|大關|关口|關口|台阶|臺階)?(?:[，,（(。；;！!]|$)))")
#: a threshold a total passed, written with its amounts in 亿 (突破3万亿元 / 连跨5万亿元、6万亿元两个台阶 / 迈上万亿元台阶 /
#: 超千亿元 / 跨越五千亿元大关): one amount or several joined by 、/和/及, then at most a count of the steps and the step noun
_AMOUNT = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]*)(?:万亿|千亿|百亿|亿)(?:元|美元)?"
PASSED_AMOUNTS = lazyre.compile(r"(?P<verb>" + PASS_VERB + r")(?P<nums>" + _AMOUNT + r"(?:[、和及]" + _AMOUNT + r")*)"
                                r"(?:[两二三四五]个)?(?:新的?)?(?:大)?(?P<step>台阶|大关|关口)?(?=[，,。；;、！]|$)")


def magnitude_value(num: str, mag: str) -> Optional[float]:
    """The value of a Chinese-numeral bound: ``num`` (Chinese numerals, maybe empty) before the magnitude ``mag``
    (千亿 → 1e11; 三千 + 亿 → 3e11; 一千四百 + 亿), or None."""
    if not num:
        return MAGNITUDES.get(mag)
    from ..quantities import cn_to_number
    return cn_to_number(num + mag)


def amount_value(amount: str) -> Optional[float]:
    """The value in 元 of one amount of :data:`PASSED_AMOUNTS` (5万亿元 → 5e12, 万亿元 → 1e12, 五千亿 → 5e11), or None."""
    m = re.match(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]*)(万亿|千亿|百亿|亿)", amount)
    if not m:
        return None
    scale = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8}[m.group(2)]
    if not m.group(1):
        return scale
    if m.group(1)[0].isdigit():
        return float(m.group(1)) * scale
    from ..quantities import cn_to_number
    v = cn_to_number(m.group(1))
    return v * scale if v is not None else None


def step_verb_before(text: str, pos: int) -> "Optional[re.Match[str]]":
    """The step verb right before ``pos`` (跨越 / 迈上 / 站上 …, spaces allowed; or before a list of thresholds ending at
    ``pos``: 跨越3000、4000亿元台阶), or None; its group ``verb`` is the verb."""
    return _STEP_BEFORE.search(text, max(0, pos - 32), pos)


def step_after(text: str, pos: int) -> "Optional[re.Match[str]]":
    """The step noun after ``pos`` (台阶 / 新台阶 / 一个新的台阶 / 亿元大关: two characters at most between, no figure),
    or None."""
    return _STEP_AFTER.match(text, pos)


def passed(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is a threshold passed, not a level (跨越3000、4000亿元台阶, 突破万亿元大关,
    站上1万亿元大关): a passing verb in its clause at most ten characters before it, or a step noun after it."""
    return bool(_PASSED_BEFORE.search(text, max(0, start - 10), start) or _STEP_AFTER.match(text, end))


# -- a level against its target: the target is a bound on the level, on the side its verb names --------------------
# How reports state it (corpus/full, outside the State Council reports): the level, then a clause naming the target
# with its figure — 城镇新增就业132万人、超额完成国家下达的110万人就业任务 / 建成高标准农田169.8万亩、超额完成国家下达的
# 100万亩年度任务 / 建设筹集公共住房44万套，超额完成“十三五”时期40万套的目标任务 / 生产总值超过1.6万亿元，提前实现“十二五”
# 规划1.5万亿元的目标 / 广义货币M2增长11.3%，低于13%左右的预期目标; the target clause may also open the sentence and the
# level follow it (超额完成…110万人就业任务，城镇新增就业132万人).  The verb says the side: 超额完成/超过/超出/高于/提前完成/
# 提前实现 — at least the target; 低于/不高于/不超过 — at most it; 优于/好于 — the better side, which depends on the metric
# (a concentration, a price rise, failures: lower is better).  A figure after 超过 in such a clause is the target itself,
# not a bound the text states (超过11万人的预期目标: the target is 11万人).
_TARGET_ABOVE = ("超额完成", "超額完成", "超过", "超過", "超出", "高于", "高於", "提前")
_TARGET_BELOW = ("低于", "低於", "不高于", "不高於", "不超过", "不超過")
_TARGET_BETTER = ("优于", "優於", "好于", "好於")
#: the verb of a clause naming a target, the target's words after it (at most 20 characters of one clause, a thousands
#: comma inside a figure allowed), then 目标/任务/计划
TARGET_CLAUSE = lazyre.compile(
    r"(?P<verb>超额完成了?|超額完成了?|超过了?|超過了?|超出了?|高于|高於|优于|優於|好于|好於|"
    r"提前(?:一年|两年|兩年|三年|[1-3]年)?(?:完成|实现|實現)了?|低于|低於|不高于|不高於|不超过|不超過)"
    r"(?:[^，。；;！？,]|(?<=\d),(?=\d)){0,20}?(?:目标|目標|任务|任務|计划|計劃)(?:任务|任務)?")
#: the words that open a target clause (:data:`TARGET_CLAUSE` also matches where the rule's own trigger looks)
TARGET_VERB = lazyre.compile(r"超额|超額|超过|超過|超出|高于|高於|优于|優於|好于|好於|提前|低于|低於|不高于|不高於|不超过|不超過")


def target_side(verb: str) -> str:
    """The side of its target a level lies on, from the verb of the clause naming the target: ``">"`` (at least it:
    超额完成, 超过, 提前实现…), ``"<"`` (at most it: 低于, 不超过…) or ``"better"`` (优于, 好于: the reader decides by
    the metric)."""
    if verb.startswith(_TARGET_BELOW):
        return "<"
    if verb.startswith(_TARGET_BETTER):
        return "better"
    return ">" if verb.startswith(_TARGET_ABOVE) else ""


def level_interval(q, iv: Tuple[float, float]) -> Tuple[float, float]:
    """The values a level stated as a lower bound stands for when it is compared with a target (超143万人、超额完成…任务 /
    超过1.6万亿元，提前实现…目标): a little more than its figure — up to the next unit of its last non-zero digit, as
    2500多 is 2500–2600 and 3万多 3万–4万 (超143万人 is below 144万, 超过1.6万亿元 below 1.7万亿元); ``iv`` (the rule's
    interval of ``q`` in its own units) unchanged for any other figure."""
    lo, hi = iv
    if q.approx not in (">", ">=") or q.decimals < 0 or q.mantissa <= 0 or q.after_word in ("余", "餘", "多"):
        return iv
    if (q.before_word or q.approx_word) not in ("超", "超过", "超過", "逾", "突破"):
        return iv
    # one unit of the last non-zero digit of the printed number (1.6 → 0.1; 143 → 1; 3000 → 1000), in base units
    if q.decimals:
        step = 10.0 ** -q.decimals
    else:
        m, step = int(round(q.mantissa)), 1.0
        while m and m % 10 == 0:
            m //= 10
            step *= 10
    mult = q.base_value / q.value if q.value else 1.0
    return lo, (q.value + step * q.scale) * mult


def side_holds(side: str, level: Tuple[float, float], bound: Tuple[float, float]) -> bool:
    """Whether a level (its interval) can lie on ``side`` of a bound (its interval): ``">"`` — at least it (some value of
    the level reaches the bound's least value), ``"<"`` — at most it.  The one comparison of a figure with a bound in
    its direction (LG102's targets, LG105's bounds)."""
    if side == ">":
        return level[1] >= bound[0] - 1e-9 * max(1.0, abs(bound[0]))
    if side == "<":
        return level[0] <= bound[1] + 1e-9 * max(1.0, abs(bound[1]))
    return True


# -- every figure stated as a bound, wherever its word stands: the bound side of every bound reading ------------------
#: what may follow a bound that restates the figure before it (…，突破千亿元大关。 / 过1000家，): the step noun, 以上 or
#: 规模, then the clause's end
BOUND_END = lazyre.compile(r"\s*(?:" + STEP_NOUN + r"|以上|规模|規模)?\s*(?:[，,。；;！!）)]|$)")
#: what ends a threshold passed said of its subject: the step noun, then (的) the noun of the subject (的省份 / 的区（县） /
#: 省份), then the clause's end
PASSED_TAIL = lazyre.compile(r"\s*(?:大关|大關|关口|關口|台阶|臺階)?(?:的?[\u4e00-\u9fff（）()]{1,10}?)?\s*(?:[，,。；;！!]|$)")
#: a rank right before 过 (第一个过10万亿元省份): 过 as a threshold passed though a noun follows it
_RANK_BEFORE_GUO = lazyre.compile(r"(?:首个|首個|首家|唯一|第[一二三四五六七八九十\d]{1,3}[个個]|首次)$")


def direction(q) -> str:
    """``">"`` for a figure the extractor reads as a lower bound (超过, 逾, 以上, 余…), ``"<"`` for an upper one (不足, 不到,
    近, 以内…), "" otherwise."""
    if q.approx in (">", ">="):
        return ">"
    if q.approx in ("<", "<="):
        return "<"
    return ""


class StatedBound(NamedTuple):
    """A figure the text states as a bound: its span (the bound word included), where its number starts, its value
    in base units, its direction, the bound word, whether the word stands before the number, the figure's kind (a
    percentage), its measure (None: a magnitude with no unit — 突破2000亿大关, 超过百万 — takes the unit of the exact
    figure it is read with) and its quantity's index in ``doc.quantities`` (None for a Chinese-numeral magnitude the
    extractor leaves unread)."""
    start: int
    end: int
    num_start: int
    value: float
    direction: str
    word: str
    before: bool
    is_percent: bool
    measure: Optional[str]
    index: Optional[int]


def stated_bounds(doc, text: str, starts) -> List[StatedBound]:
    """Every figure ``doc`` states as a bound, wherever the bound word stands (in text order of the extractor's figures,
    then the magnitudes it leaves unread): a bound word the extractor reads before the number or after the unit
    (:data:`BOUND_WORDS`: 突破4万亿元, 超过500件, 1300亿斤以上, 1.2万余户, 不足2000件, 控制在3%以内, 不低于15%), a step
    passed (跨越2,000亿元台阶, 站上1万亿元大关: the verb before, the step noun after), 过 before a figure that ends its
    clause or follows a rank (过1000家, 第一个过10万亿元省份), and a Chinese-numeral magnitude (突破千亿元大关, 超“千亿元”,
    不足百件, 过十万户: :data:`BARE`).  ``text`` is ``doc.masked()``, ``starts`` the quantities' start offsets."""
    from .values import _UNIT_FOLD, measure, value_of
    qs = doc.quantities
    out: List[StatedBound] = []
    for i, b in enumerate(qs):
        d = direction(b)
        w = step_verb_before(text, b.start) if not d and b.approx is None else None
        if w is not None and step_after(text, b.end):
            # 跨越2,000亿元台阶 / 站上1万亿元大关: a threshold passed, as 突破 (the extractor reads no bound)
            out.append(StatedBound(w.start(), b.end, b.num_start, value_of(b), ">", w.group("verb"), True, b.is_percent,
                                   measure(b), i))
            continue
        if not d and b.approx is None and b.start > 0 and text[b.start - 1] in "过過" \
                and text[b.start - 2:b.start - 1] not in NOT_GUO and (BOUND_END.match(text, b.end) or (
                    _RANK_BEFORE_GUO.search(text, max(0, b.start - 6), b.start - 1) and PASSED_TAIL.match(text, b.end))):
            # 市场主体过十万户，达到10.6万户 / 过1000家: 过 as 突破 (the extractor reads no bound)
            out.append(StatedBound(b.start - 1, b.end, b.num_start, value_of(b), ">", "过", True, b.is_percent,
                                   measure(b), i))
            continue
        if not d or (b.before_word or b.after_word) not in BOUND_WORDS and b.approx_word not in BOUND_WORDS:
            continue
        # 突破2000亿大关: a magnitude with no unit before 大关/关口/台阶 takes the exact figure's unit (None)
        meas = None if not b.unit and not b.is_percent and step_after(text, b.end) else measure(b)
        out.append(StatedBound(b.start, b.end, b.num_start, value_of(b), d, b.before_word or b.after_word or b.approx_word,
                               bool(b.before_word), b.is_percent, meas, i))
    if any(w in text for w in ("百", "千", "万", "萬", "亿", "億")):
        for m in lazyre.finditer(BARE, text):
            k = bisect.bisect_left(starts, m.start())
            if k < len(qs) and qs[k].start < m.end():
                continue      # the extractor read it (突破1万亿元)
            if m.group("word") in ("过", "過") and not BOUND_END.match(text, m.end()):
                continue      # 全市过亿元项目86个: a threshold naming the things counted, not a bound on a figure
            d = "<" if m.group("word") in UNDER_WORDS else ">"
            unit = m.group("unit") or m.group("qunit")     # 超“千亿元”（1086.09亿元）: the unit inside the quote
            # 超过百万，达到102.6万人: a magnitude with no unit takes the unit of the exact figure beside it (None)
            mag = magnitude_value(m.group("num"), m.group("mag"))
            if not mag:
                continue
            out.append(StatedBound(m.start(), m.end(), m.start("num"), mag, d, m.group("word"), True, False,
                                   _UNIT_FOLD.get(unit, unit) if unit else None, None))
    return out


# --- the exact figure beside a bound named as the bound's own metric ("named alike") -------------------------------
# A bound and the exact figure of its metric stand in two clauses (突破3000万人次，全年接待游客3,126万人次 / 不足5,000条，
# 全年共公开4,812条 / 全年投入资金近5亿元，实际投入4.86亿元): whether the exact figure's clause names the bound's metric
# again is read here, once, for every reader (LG105 in rules/bounds.py): ``gap`` is the text between the bound and the
# exact figure, ``bs`` the start of the bound's figure, ``ee`` the end of the exact figure.

def own_clause(text: str, bs: int) -> str:
    """The bound's own clause, up to the bound's figure at ``bs``."""
    return text[max(text.rfind(c, 0, bs) for c in "，,；;。\n") + 1:bs]


#: words between a bound and a figure that make the figure another one (其中, a change, a share, an average, 新增)
NOT_SAME = lazyre.compile(r"其中|比|较|較|增长|增長|同比|占|佔|分别|分別|平均|人均|每|年均|累计|累計|新增")

#: a plan or target before the level (预期目标, 力争, 计划): the level is no result the ceiling is checked against
PLAN_BEFORE = lazyre.compile(r"目标|目標|预期|預期|力争|力爭|计划|計劃|争取|爭取|确保|確保|要求|明年|今年|将|將")
#: a bound's clause of an agreed or planned amount (合同利用外资超过50亿美元): 实际 names another figure, never it again
AGREED = lazyre.compile(r"合同|协议|協議|签约|簽約|意向|计划|計劃|目标|目標|任务|任務|预计|預計")


#: patterns of actual_same_verb, compiled once (a call of re's module functions looked each one up in
#: re's cache on every call, and compiled it again once other patterns had pushed it out)
_ACTUAL_SAME_VERB_RE1 = lazyre.compile(r"[\s，,]*(?:全年|年内|年內|当年|當年)?(?:实际|實際)([\u4e00-\u9fff]{2,6})\s*")


def actual_same_verb(text: str, gap: str, bs: int) -> bool:
    """全年投入资金近5亿元，实际投入4.86亿元: 实际 and the verb of the bound's own clause (全年新增就业超过8万人，实际
    新增就业7.6万人: or the verb and its object, up to six characters); never after an agreed or planned amount
    (合同利用外资超过50亿美元，实际利用外资48亿美元)."""
    m = _ACTUAL_SAME_VERB_RE1.fullmatch(gap)
    if not m:
        return False
    own = own_clause(text, bs)
    if len(m.group(1)) > 2 and AGREED.search(own):
        return False
    return m.group(1) in own


#: 不足5,000条，全年共公开4,812条 / 8,000人次以上，全年累计培训8,346人次: the year's total of the bound's own deed (a
#: verb of two characters its clause holds); 累计 only as the year's (全年累计), never a sum over years
_SAME_DEED = lazyre.compile(r"[\s，,]*(?:(?:全年|年内|年內|当年|當年)(?:累计|累計)?|实际|實際)?(?:共计|共計|合计|合計|总计|總計|共)?(?:已)?"
                            r"([\u4e00-\u9fff]{2})\s*")


def same_deed(text: str, gap: str, bs: int) -> bool:
    """不足5,000条，全年共公开4,812条: the verb is a word of the bound's own clause (a restated object is not read: a noun
    phrase — 连续9年稳定在1300亿斤以上，全年粮食产量… — would pass for a verb)."""
    m = _SAME_DEED.fullmatch(gap)
    if not m or m.group(1) in ("其中", "比上", "同比", "增长", "增長", "增加", "减少", "減少", "下降", "新增"):
        return False
    own = own_clause(text, bs)
    # 进出口总额突破500亿元，出口312亿元: a part the bound's metric holds by its name is no deed of the bound
    return m.group(1) in own and not implied_part(own, m.group(1))


def restated_subject(text: str, gap: str, bs: int) -> bool:
    """规模以上工业企业突破1000家，规模以上工业企业达到1304家: the exact figure's clause names again (four characters or
    more) the subject of the bound's own clause, with a verb of reaching."""
    m = re.fullmatch(r"[\s，,]*(?:全年|年末|其中)?([\u4e00-\u9fff]{4,12}?)(?:达到|達到|达|達|为|為|实现|實現|共|有)\s*", gap)
    if not m:
        # 固定资产投资近800亿元，全年完成固定资产投资812亿元: 全年 and a verb of doing before the subject named again
        m = re.fullmatch(r"[\s，,]*(?:全年|年末)(?:完成|实现|實現|共完成)([\u4e00-\u9fff]{4,12})\s*", gap)
    if not m:
        return False
    return m.group(1) in own_clause(text, bs)


#: the words of a clause that name no metric: time and scope, the actual, verbs of doing or reaching, totals
_NO_METRIC = lazyre.compile(r"全年|年内|年內|当年|當年|今年|本年度?|全[市区區县縣省镇鎮]|我[市区區县縣省]|实际|實際|"
                            r"累计|累計|共计|共計|合计|合計|总计|總計|共|完成|实现|實現|达到|達到|达|達|为|為|是|有|已|"
                            r"突破|超过|超過|超|逾|近|将近|將近|接近|不足|不到|首次|首超|历史性|歷史性|一举|一舉|再次|年|的|总|總|^全|(?:量|数|數)$")
#: a run two names of a metric may share without naming one metric (a verb of handling, a generic head)
#: what may follow the exact figure of a bound's metric: the clause ends (a noun after it is what the figure counts)
_FIGURE_ENDS = lazyre.compile(r"\s*(?:[，,。；;：:！？!?\n]|$)")
_HELD_YEARS = lazyre.compile(r"连续|連續|每年|(?:稳定|穩定|保持|维持|維持)在")
_GENERIC_RUNS = frozenset(("工作", "服务", "服務", "办理", "辦理", "项目", "項目", "企业", "企業", "群众", "群眾"))


def named_alike(text: str, gap: str, bs: int, ee: int) -> bool:
    """突破3000万人次，全年接待游客3,126万人次 / 全年项目投资突破百亿元，实际完成126.4亿元: the exact figure in the clause
    right after the bound names the bound's metric another way — its words (less time, scope, the actual and a verb of
    doing) are none (实际完成), or are the bound's metric words in runs of two characters or more, in any order, with no
    word of either's own (工业投资 after 固定资产投资, 接待入境游客 after 游客接待量: a part; 引进人才 after 引进项目: another
    object), or the bound's clause names no metric.  Never a bound of a plan, an agreed amount or a target."""
    m = re.fullmatch(r"\s*[，,]\s*([\u4e00-\u9fff]{0,14})\s*", gap)
    if m is None or not _FIGURE_ENDS.match(text, ee):
        return False      # 超12万家，8家企业获评… / 2万多个，83个社区…: a figure counting the noun after it is another's
    own = own_clause(text, bs)
    if any(w not in own for w in NOT_SAME.findall(gap)):
        return False      # 其中 / 人均 / 新增… of the exact's own (新增 of both clauses: the same deed)
    if AGREED.search(own) or PLAN_BEFORE.search(own) or _HELD_YEARS.search(own):
        return False      # (a bound held for years running is read with the year's level elsewhere: claims.horizons)
    b, e = _NO_METRIC.sub("", own), _NO_METRIC.sub("", m.group(1))
    if not b or not e:
        return True
    # every word of each within a run of two characters or more the two share (generic runs aside): one metric's
    # words, in any order (游客接待量 / 接待游客); any word of one's own is another part or another object (引进人才 after
    # 引进项目, 常住人口 after 城镇常住人口, 技改投资 after 固定资产投资)
    return _covered(e, b) and _covered(b, e)


def _covered(x: str, y: str) -> bool:
    """Whether every character of ``x`` lies in a run of two or more characters found in ``y`` (not a generic run)."""
    cover = [False] * len(x)
    for i in range(len(x) - 1):
        for n in range(len(x) - i, 1, -1):
            w = x[i:i + n]
            if w not in _GENERIC_RUNS and w in y:
                cover[i:i + n] = [True] * n
                break
    return all(cover)
