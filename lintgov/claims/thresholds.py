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

The figure a threshold verb governs is no level stated (地区生产总值连续跨越3000、4000亿元台阶 states no GDP), and the
things counted may be named by a threshold (超千亿元的企业15家, 过亿元项目86个): what the threshold is said of is the
reader's business; the words are this module's.  Patterns only: no pass over the text here.
"""
from __future__ import annotations

import re
from typing import Optional

from .. import lazyre

#: the words that make a figure a bound (the extractor's approximation words that state a direction); 约/左右 are
#: approximations, not bounds
BOUND_WORDS = frozenset(("突破", "超过", "超過", "超", "逾", "以上", "多达", "多達", "至少", "不少于", "不少於", "余", "餘",
                         "多", "不足", "不到", "以下", "以内", "以內", "不超过", "不超過", "最多", "至多", "近", "将近",
                         "將近", "接近"))
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
