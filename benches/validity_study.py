"""Validity study of the arithmetic and year-over-year rules (as statcheck did).

Reads the hand-made labels in ``benches/validity/labels.jsonl`` (real statements of
``../shared/corpus/full``, located by file + offset + quote; the corpus text itself is
read from ../shared at run time and never stored in the project) and measures:

(a) false alarms: lintgov (categories ``arithmetic`` and ``yoy``) is run once on each
    labelled document as published; a finding whose span overlaps the quote of a
    statement labelled consistent is a false alarm.  Findings on statements labelled
    inconsistent are listed as real defects found.
(b) recall: for every consistent, checkable label one figure is changed by a clearly
    wrong amount (the derived figure, and separately one operand where that makes
    sense), the whole document is linted again, and the error counts as found when a
    new finding of those categories overlaps the statement.  A plant is made only when
    the label's own formula, recomputed with the changed figure, falls outside the
    printed tolerance (``plants_verified`` in the label, computed when the label was
    made); the others are counted as skipped.

Usage (from the repository root)::

    .venv/bin/python benches/validity_study.py                 # table
    .venv/bin/python benches/validity_study.py --json out.json # and the details
    .venv/bin/python benches/validity_study.py --family sum --misses  # and every missed plant
    /other/venv/bin/python benches/validity_study.py --repo /other/checkout

Deterministic: no randomness; the plants are a pure function of the labels.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from collections import defaultdict
from typing import Any, Dict, List, Optional, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "validity", "labels.jsonl")
CATEGORIES = ("arithmetic", "yoy")

CN_DIGITS = "零一二三四五六七八九"
CN_ANY = "零〇一二两三四五六七八九十百千万点"
# full-width digits grouped by full-width commas (２８，０４９，７８０，０００元, as the 1950s reports print money) are one number,
# as the engine reads them; a ， between other digits is a clause break
NUM_RE = re.compile(r"\d(?:[\d,]|(?<=[０-９])，(?=[０-９]{3}(?![０-９])))*(?:[.．]\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")


def load_labels(path: str = LABELS) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- numerals
def cn_to_number(s: str) -> float:
    digits = {c: i for i, c in enumerate(CN_DIGITS)}
    digits.update({"〇": 0, "两": 2})
    if "点" in s:
        a, b = s.split("点", 1)
        return cn_to_number(a or "零") + float("0." + "".join(str(digits[c]) for c in b))
    total, section, cur = 0, 0, 0
    for c in s:
        if c in digits:
            cur = digits[c]
        elif c in "十百千":
            section += (cur or 1) * {"十": 10, "百": 100, "千": 1000}[c]
            cur = 0
        elif c in "万亿":
            total += (section + cur) * (10000 if c == "万" else 100000000)
            section, cur = 0, 0
    return total + section + cur


def number_to_cn(v: float, decimals: int) -> str:
    """Chinese numerals for a non-negative number (< 1e8), e.g. 42.5 -> 四十二点五."""
    ip = int(v)
    out = ""
    if ip == 0:
        out = "零"
    else:
        units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        rest, zero = ip % 10000, False
        if ip >= 10000:
            out += number_to_cn(ip // 10000, 0) + "万"
        for u, name in units:
            d = rest // u
            rest %= u
            if d:
                if zero:
                    out += "零"
                    zero = False
                out += ("" if (u == 10 and d == 1 and not out) else CN_DIGITS[d]) + name
            elif out:
                zero = True
    if decimals:
        frac = f"{v:.{decimals}f}".split(".")[1]
        out += "点" + "".join(CN_DIGITS[int(c)] for c in frac)
    return out


def parse_number(tok: str) -> Tuple[float, int, bool]:
    """value, printed decimals, Chinese numerals?"""
    if tok[0].isdigit():
        t = tok.replace(",", "").replace("，", "").replace("．", ".")
        return float(t), (len(t.split(".")[1]) if "." in t else 0), False
    dec = len(tok.split("点")[1]) if "点" in tok else 0
    return cn_to_number(tok), dec, True


def format_like(v: float, tok: str) -> str:
    _, dec, cn = parse_number(tok)
    if cn:
        return number_to_cn(abs(v), dec)
    s = f"{abs(v):.{dec}f}"
    if "," in tok or "，" in tok:
        ip, _, fp = s.partition(".")
        ip = f"{int(ip):,}" if "," in tok else f"{int(ip):,}".replace(",", "，")
        s = ip + ("." + fp if fp else "")
    if "．" in tok:
        s = s.replace(".", "．")
    return s


# ------------------------------------------------------------------ plants
def _mask(s: str) -> str:
    """Hide the 百/千 of 个百分点 / 百分之 / 个千分点 / 千分之 so that it is not read as a numeral (the same length)."""
    return (s.replace("个百分点", "□□□□").replace("百分之", "□□□").replace("百分比", "□□□")
            .replace("个千分点", "□□□□").replace("千分点", "□□□").replace("千分之", "□□□"))


def _last_number(s: str) -> Optional[re.Match]:
    found = list(NUM_RE.finditer(_mask(s)))
    return found[-1] if found else None


def _first_number(s: str) -> Optional[re.Match]:
    return NUM_RE.search(_mask(s))


def locate(q: str, snippet: str, m: Optional[re.Match], last: bool = True) -> int:
    """Where ``snippet`` stands in the quote ``q`` with its number ``m`` a whole number token of the quote (the last
    such place, or the first): "8万套" is not the tail of "1.8万套", "5件" not the tail of "25件".  -1 when none."""
    if m is None:
        return q.rfind(snippet) if last else q.find(snippet)
    tokens = {(x.start(), x.end()) for x in NUM_RE.finditer(_mask(q))}
    found, i = [], q.find(snippet)
    while i >= 0:
        if (i + m.start(), i + m.end()) in tokens:
            found.append(i)
        i = q.find(snippet, i + 1)
    if not found:
        return -1
    return found[-1] if last else found[0]


def wrong_value(tok: str, kind: str, label: Dict[str, Any]) -> str:
    """A clearly wrong replacement for the printed number ``tok``."""
    v, dec, _ = parse_number(tok)
    step = 10 ** -dec
    if kind == "percent":
        delta = max(3.0, 0.15 * abs(v))
        new = v + delta if v + delta <= 100 or v > 100 or label["family"] in ("growth", "growth-vs-levels", "multiple") else v - delta
        if new < 0:
            new = v + delta
    elif kind == "multiple":
        new = v + max(0.5 if dec else 1.0, 0.3 * v)
    else:  # a count or amount
        new = v * 1.3
        if abs(new - v) < 2 * step:
            new = v + 2 * step
    new = round(new, dec)
    if new == v:
        new = v + step
    return format_like(new, tok)


def _kind_of(snippet: str) -> str:
    if re.search(r"%|％|个百分点|‰", snippet):
        return "percent"
    if "倍" in snippet or "番" in snippet:
        return "multiple"
    if re.search(r"[:：]", snippet) or re.fullmatch(r"[\d.]+", snippet.strip()):
        return "percent"  # ratio parts such as 4.7:43.2:52.1 are percentages
    return "amount"


LOWER_BOUND = re.compile(r"^(超过|超過|超|突破|逾|不低于|不少于|不少於)|以上|多|余|餘")


def unit_scale(after: str) -> float:
    """Base units per printed unit from the text right after a number: 万/亿 scales, then
    万元/亿元-style units (1.5万元 -> 1e4, 3773亿元 -> 1e8, 1.2万亿元 -> 1e12)."""
    scale = 1.0
    for pre, mult in (("万亿", 1e12), ("亿", 1e8), ("千万", 1e7), ("万", 1e4)):
        if after.startswith(pre):
            scale *= mult
            after = after[len(pre):]
            break
    for pre, mult in (("亿", 1e8), ("万", 1e4)):
        if after.startswith(pre) and len(after) > 1:
            scale *= mult
            break
    return scale


def part_whole_plant(label: Dict[str, Any]) -> Optional[Tuple[int, int, str]]:
    """Make the part(s) larger than the whole: the printed part is raised until the parts
    reach 1.3 x the whole.  Not planted when the whole is only a lower bound (超过/突破 N:
    no part is provably too large)."""
    q = label["quote"]
    part = label["derived"]
    m = _first_number(part)
    i = locate(q, part, m)
    if i < 0 or m is None or label["printed_value"] is None or label["value"] is None:
        return None
    if LOWER_BOUND.search(label["operands"][0]):
        return None
    v, dec, _ = parse_number(m.group(0))
    scale = unit_scale(part[m.end():])
    others = max(0.0, label["value"] - v * scale)  # other listed parts (a 分别 list), else 0
    new = math.ceil((1.3 * label["printed_value"] - others) / scale * 10 ** dec) / 10 ** dec
    return i + m.start(), i + m.end(), format_like(new, m.group(0))


def bound_plant(label: Dict[str, Any]) -> Optional[Tuple[int, int, str]]:
    """Move a lower bound (突破/超过 B) above the exact figure: B := max(1.3 B, 1.2 x)."""
    q = label["quote"]
    d = label["derived"]
    m = _first_number(d)
    i = locate(q, d, m, last=False)
    if i < 0 or m is None or not label["printed_value"]:
        return None
    tok = m.group(0)
    v, dec, _ = parse_number(tok) if tok not in ("百", "千", "万") else ({"百": 100, "千": 1000, "万": 10000}[tok], 0, True)
    scale = label["printed_value"] / v
    new = max(1.3 * label["printed_value"], 1.2 * label["value"]) / scale
    new = math.ceil(new * 10 ** dec) / 10 ** dec
    if tok in ("百", "千", "万"):
        return i + m.start(), i + m.end(), number_to_cn(new, 0)
    return i + m.start(), i + m.end(), format_like(new, tok)


def plants(label: Dict[str, Any]) -> List[Tuple[str, int, int, str]]:
    """(which, start-in-quote, end-in-quote, replacement) for a consistent label."""
    out: List[Tuple[str, int, int, str]] = []
    q = label["quote"]
    if label["family"] == "bound":
        p = bound_plant(label)
        if p:
            out.append(("derived",) + p)
        return out
    if label["family"] == "part-whole":
        p = part_whole_plant(label)
        if p:
            out.append(("derived",) + p)
        return out
    d = label["derived"]
    m = _last_number(d)
    i = locate(q, d, m)
    if i >= 0:
        if m:
            out.append(("derived", i + m.start(), i + m.end(), wrong_value(m.group(0), _kind_of(d), label)))
    ops = [o for o in label["operands"] if o in q and not o.startswith("n=")]
    if ops and label["family"] not in ("bound",):
        o = ops[0]
        m = _first_number(o)
        j = locate(q, o, m, last=False)
        if j >= 0 and m and (i < 0 or not (i <= j < i + len(d))):
            out.append(("operand", j + m.start(), j + m.end(), wrong_value(m.group(0), _kind_of(o), label)))
    return out


def plants2(label: Dict[str, Any]) -> List[Tuple[str, int, int, str]]:
    """Plants in the second passage of a two-quote label (``quote2`` at ``start2``: a relation whose operand stands in
    another paragraph, e.g. a level and, 4,000 characters later, the area it is spread over): one operand plant, in the
    first operand printed in ``quote2`` and not in ``quote``, positions in ``quote2``, ``which`` = ``"operand2"``.  The
    derived figure is always in ``quote``; ``bound`` and ``part-whole`` labels plant only it (``plants``)."""
    q2 = label.get("quote2")
    if not q2 or label["family"] in ("bound", "part-whole"):
        return []
    ops = [o for o in label["operands"] if o not in label["quote"] and o in q2 and not o.startswith("n=")]
    if not ops:
        return []
    m = _first_number(ops[0])
    j = locate(q2, ops[0], m, last=False)
    if j < 0 or m is None:
        return []
    return [("operand2", j + m.start(), j + m.end(), wrong_value(m.group(0), _kind_of(ops[0]), label))]


def planted_text(t: str, label: Dict[str, Any], which: str, a: int, b: int, new: str) -> Tuple[str, List[Tuple[int, int]]]:
    """The document ``t`` with a plant made (in ``quote``, or in ``quote2`` for ``operand2``) and the spans the
    label's passages then occupy (a finding overlapping either one belongs to the statement)."""
    spans = [(label["start"], label["quote"])]
    if label.get("quote2"):
        spans.append((label["start2"], label["quote2"]))
    k = 1 if which == "operand2" else 0
    s, q = spans[k]
    q_new = q[:a] + new + q[b:]
    t2 = t[:s] + q_new + t[s + len(q):]
    shift = len(q_new) - len(q)
    out = []
    for i, (s_i, q_i) in enumerate(spans):
        if i == k:
            out.append((s_i, s_i + len(q_new)))
        else:
            d = shift if s_i > s else 0
            out.append((s_i + d, s_i + d + len(q_i)))
    return t2, out


# ------------------------------------------------- plants consistent by a bound or an approximation
#: words that make a printed number a bound or an approximation, and which side they open (before / after it)
_BOUND_BEFORE = re.compile(r"(?:不到|不足|低于|少于|未超过|不超过|近|将近|接近|约|大约|超过|逾|突破|多达|不低于|不少于|高于)$")
_BOUND_AFTER = re.compile(r"^(?:[万亿]*[\u4e00-\u9fff]{0,3}?)(?:以上|以下|以内|左右|多|余)")
#: 近X: just under X, at most a tenth below (lintgov's reading, rules/yoy.py NEAR_LOW)
NEAR_LOW = 0.9


def _interval(text: str, tok_start: int, tok_end: int, tok: str) -> Tuple[float, float, bool]:
    """The values a printed number stands for in ``text`` (the planted quote): its rounding interval, opened or widened
    by a bound word right before (不到/近/超过…) or after it (以上/多/余/左右…); and whether such a word was there."""
    v, dec, _ = parse_number(tok)
    half = 0.5 * 10 ** -dec
    lo, hi = v - half, v + half
    pre = text[max(0, tok_start - 3):tok_start]
    post = text[tok_end:tok_end + 6]
    bm = _BOUND_BEFORE.search(pre)
    am = _BOUND_AFTER.match(post)
    word = (bm.group() if bm else "") + "|" + (am.group() if am else "")
    if not bm and not am:
        return lo, hi, False
    if re.search(r"不到|不足|低于|少于|未超过|不超过|以下|以内", word):
        lo = 0.0
    elif re.search(r"近|将近|接近", word):
        lo = NEAR_LOW * v - half
    elif re.search(r"约|大约|左右", word):
        lo, hi = v - 3 * half - 0.05 * abs(v), v + 3 * half + 0.05 * abs(v)
    elif re.search(r"多|余", word) and not re.search(r"超过|逾|突破|以上|不低于|不少于|高于|多达", word):
        # 2500多 is 2500–2600: below the next unit of the last non-zero digit
        m, place = int(round(v)), 1
        while m and m % 10 == 0:
            m, place = m // 10, place * 10
        lo, hi = v, v + (place if not dec else 10 ** -dec)
    else:
        hi = math.inf
    return lo, hi, True


def _formula(label: Dict[str, Any]):
    """The label's relation as f(a, b) of its two operands, monotone in each (so its range over two intervals is
    at the corners), for the families whose derived figure is one number from two operands; else None."""
    fam, d = label["family"], label["derived"]
    if fam in ("growth", "growth-vs-levels"):
        return lambda a, b: abs(b / a - 1) * 100
    if fam == "multiple" and "倍" in d:
        if re.search(r"增长|增加|提高|多", d):
            return lambda a, b: b / a - 1
        return lambda a, b: b / a
    if fam in ("points", "delta"):
        return lambda a, b: abs(b - a)
    if fam == "average-growth" and label.get("value"):
        ops = [o for o in label["operands"] if _first_number(o)]
        if len(ops) != 2:
            return None
        a0, b0 = (parse_number(_first_number(o).group(0))[0] for o in ops)
        if "百分点" in d:
            n = abs(b0 - a0) / label["value"]
            return (lambda a, b: abs(b - a) / n) if n > 0 else None
        if a0 > 0 and b0 > 0 and label["value"] > 0:
            n = math.log(b0 / a0) / math.log(1 + label["value"] / 100)
            return (lambda a, b: ((b / a) ** (1 / n) - 1) * 100) if n > 0 else None
    return None


def consistent_by_bound(label: Dict[str, Any], a: int, b: int, new: str) -> bool:
    """Whether the quote with [a, b) replaced by ``new`` (a plant) could still be consistent once its bounds and
    approximations are read as such: the statement's own words (不到900元 → 2500元 makes any growth from 177.8% up
    possible; 6200亿元以上 against 2500多亿元 makes 2.0倍 possible; 近313% is 282–313%).  Only when a bound or
    approximation word stands at the derived figure or an operand: exact statements keep the label's own verdict
    (``plants_verified``)."""
    f = _formula(label)
    q = label["quote"]
    ops = [o for o in label["operands"] if _first_number(o)]
    if f is None or len(ops) != 2:
        return False
    quote = q[:a] + new + q[b:]
    shift = len(new) - (b - a)

    def moved(p: int) -> int:
        return p if p < a else a if p < b else p + shift

    def figure(k: int) -> Optional[Tuple[float, float, bool, int]]:
        mm = NUM_RE.match(_mask(quote), moved(k))
        if mm is None:
            return None
        lo, hi, bd = _interval(quote, mm.start(), mm.end(), mm.group(0))
        return lo, hi, bd, mm.end()

    ivs, bounded = [], False
    for o in ops:
        j = q.find(o)
        if j < 0:
            return False
        fig = figure(j + _first_number(o).start())
        if fig is None:
            return False
        sc = unit_scale(re.sub(r"^[多余]", "", quote[fig[3]:]))     # 2500多亿元: the scale after 多
        ivs.append((fig[0] * sc, fig[1] * sc))
        bounded |= fig[2]
    d = label["derived"]
    i, dm = q.rfind(d), _last_number(d)
    if i < 0 or dm is None:
        return False
    fig = figure(i + dm.start())
    if fig is None:
        return False
    dlo, dhi = fig[0], fig[1]
    if not (bounded or fig[2]):
        return False
    vals = []
    for x in ivs[0]:
        for y in ivs[1]:
            try:
                v = f(max(x, 1e-9), y)
            except (OverflowError, ZeroDivisionError, ValueError):
                v = math.inf
            vals.append(v if v == v else math.inf)
    return min(vals) <= dhi + 1e-9 and dlo <= max(vals) + 1e-9


# ------------------------------------------------------------------- lint
class Linter:
    def __init__(self, repo: Optional[str] = None) -> None:
        if repo:
            repo = os.path.abspath(repo)
            sys.path.insert(0, repo)
            # rules/ installs as lintgov.rules (package-dir), so an editable install of the calling
            # checkout would answer that import with its own rules: load the other checkout's instead
            src = os.path.join(repo, "rules")
            if os.path.isfile(os.path.join(src, "__init__.py")):
                import importlib.util
                spec = importlib.util.spec_from_file_location(
                    "lintgov.rules", os.path.join(src, "__init__.py"), submodule_search_locations=[src])
                import lintgov
                mod = importlib.util.module_from_spec(spec)
                sys.modules["lintgov.rules"] = mod
                spec.loader.exec_module(mod)
                lintgov.rules = mod
        from lintgov.engine import lint_text
        from lintgov.plugins import build_registry
        self.lint_text = lint_text
        self.reg = build_registry(load_entry_points=False, strict=True)
        self.rules = [cls({}) for cls in self.reg.rules if cls.category in CATEGORIES]
        self.calls = 0
        import lintgov
        self.where = os.path.dirname(os.path.abspath(lintgov.__file__))
        self.rule_files = sorted({os.path.abspath(sys.modules[type(r).__module__].__file__) for r in self.rules})

    def spans(self, text: str, path: str) -> List[Tuple[int, int, str, str]]:
        self.calls += 1
        found = self.lint_text(text, self.rules, registry=self.reg, path=path)
        return [(f.start, f.end, f.code, f.message("en")) for f in found if f.rule.category in CATEGORIES]


def overlapping(spans, a: int, b: int):
    return [s for s in spans if s[0] < b and a < s[1]] + [s for s in spans if s[0] == s[1] and a <= s[0] < b]


def run(corpus: str, labels: List[Dict[str, Any]], linter: Linter) -> Dict[str, Any]:
    texts: Dict[str, str] = {}
    base: Dict[str, list] = {}
    for lab in labels:
        f = lab["file"]
        if f not in texts:
            with open(os.path.join(corpus, f), encoding="utf-8") as fh:
                texts[f] = fh.read()
            base[f] = linter.spans(texts[f], f)
    fam = defaultdict(lambda: {"labels": 0, "consistent": 0, "false_alarms": 0, "planted": 0, "found": 0,
                               "derived_planted": 0, "derived_found": 0, "operand_planted": 0, "operand_found": 0,
                               "not_planted": 0})
    details = []
    real = []
    for lab in labels:
        t = texts[lab["file"]]
        s0 = lab["start"]
        e0 = s0 + len(lab["quote"])
        assert t[s0:e0] == lab["quote"], lab["id"]
        row = fam[lab["family"]]
        row["labels"] += 1
        hits0 = overlapping(base[lab["file"]], s0, e0)
        if lab.get("quote2"):  # a relation across paragraphs: its second passage belongs to the statement too
            s2, e2 = lab["start2"], lab["start2"] + len(lab["quote2"])
            assert t[s2:e2] == lab["quote2"], lab["id"]
            hits0 += [h for h in overlapping(base[lab["file"]], s2, e2) if h not in hits0]
        det = {"id": lab["id"], "family": lab["family"], "consistent": lab["consistent"],
               "original_findings": [h[2] + " " + h[3] for h in hits0], "plants": []}
        if not lab["consistent"]:
            if hits0:
                real.append(lab["id"])
            details.append(det)
            continue
        row["consistent"] += 1
        if hits0:
            row["false_alarms"] += 1
        if lab.get("checkable", True):
            old = {(h[2], h[3]) for h in hits0}
            verified = lab.get("plants_verified") or {}
            for which, a, b, new in plants(lab) + plants2(lab):
                src = lab["quote2"] if which == "operand2" else lab["quote"]
                if verified.get(which) is False:
                    row["not_planted"] += 1  # the change would still fit the printed precision
                    continue
                if which != "operand2" and consistent_by_bound(lab, a, b, new):
                    row["not_planted"] += 1  # still consistent by the statement's own bound or approximation
                    det.setdefault("skipped_by_bound", []).append({"which": which, "from": src[a:b], "to": new})
                    continue
                t2, regions = planted_text(t, lab, which, a, b, new)
                spans = linter.spans(t2, lab["file"])
                hits = []
                for ra, rb in regions:
                    hits += [h for h in overlapping(spans, ra, rb) if (h[2], h[3]) not in old and h not in hits]
                col = "operand" if which == "operand2" else which  # the table's operand column counts both passages
                row["planted"] += 1
                row[col + "_planted"] += 1
                if hits:
                    row["found"] += 1
                    row[col + "_found"] += 1
                det["plants"].append({"which": which, "from": src[a:b], "to": new, "found": bool(hits),
                                      "findings": [h[2] + " " + h[3] for h in hits]})
        details.append(det)
    total = {k: sum(r[k] for r in fam.values()) for k in next(iter(fam.values())).keys()} if fam else {}
    return {"by_family": dict(sorted(fam.items())), "total": total, "real_defects_found": real,
            "labels_inconsistent": [l["id"] for l in labels if not l["consistent"]],
            "documents": len(texts), "lint_calls": linter.calls, "details": details}


def pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:5.1f}%" if b else "    -"


def table(res: Dict[str, Any]) -> str:
    head = f"{'family':<21}{'labels':>7}{'consist':>8}{'FA':>5}{'FA%':>7}{'plants':>8}{'found':>7}{'recall':>8}{'deriv':>8}{'operand':>9}"
    lines = [head, "-" * len(head)]
    rest = [r for name, r in res["by_family"].items() if name != "part-whole"]
    no_pw = {k: sum(r[k] for r in rest) for k in res["total"]}
    rows = list(res["by_family"].items()) + [("TOTAL", res["total"]), ("TOTAL w/o part-whole", no_pw)]
    for name, r in rows:
        lines.append(f"{name:<21}{r['labels']:>7}{r['consistent']:>8}{r['false_alarms']:>5}{pct(r['false_alarms'], r['consistent']):>7}"
                     f"{r['planted']:>8}{r['found']:>7}{pct(r['found'], r['planted']):>8}"
                     f"{pct(r['derived_found'], r['derived_planted']):>8}{pct(r['operand_found'], r['operand_planted']):>9}")
    lines.append("")
    lines.append(f"plants skipped because the changed statement would still be consistent: {res['total']['not_planted']}")
    lines.append(f"documents: {res['documents']}; lint runs: {res['lint_calls']}; "
                 f"labels inconsistent as published: {len(res['labels_inconsistent'])}, of which flagged: {len(res['real_defects_found'])}")
    return "\n".join(lines)


def misses(res: Dict[str, Any], labels: List[Dict[str, Any]]) -> str:
    """One line per missed plant (id, family, round, the planted change, the quote and the second quote's head), by family."""
    by_id = {l["id"]: l for l in labels}
    lines = []
    for det in sorted(res["details"], key=lambda d: (d["family"], d["id"])):
        lab = by_id[det["id"]]
        for p in det["plants"]:
            if p["found"]:
                continue
            quote = " ".join(lab["quote"].split())
            tail = f" ‖ {' '.join(lab['quote2'].split())[:60]}" if lab.get("quote2") else ""
            lines.append(f"MISS {det['id']} {det['family']} r{lab.get('round', 0)} {p['which']} "
                         f"{p['from']}→{p['to']} | {quote[:160]}{tail}")
    return "\n".join(lines)


def half(labels: List[Dict[str, Any]], which: str) -> List[Dict[str, Any]]:
    """The labels of one half of the labelled documents: their file names sorted, set A holds the documents at even
    positions (0, 2, 4, ...) and set B those at odd positions (a split fixed before any engine change; whole documents
    go to one side, so a document's wordings never inform the other half)."""
    files = sorted({l["file"] for l in load_labels()} | {l["file"] for l in labels})
    side = {f: ("A" if i % 2 == 0 else "B") for i, f in enumerate(files)}
    return [l for l in labels if side[l["file"]] == which]


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=os.path.join(HERE, "..", "..", "shared", "corpus", "full"),
                    help="folder of corpus/full (default ../shared/corpus/full)")
    ap.add_argument("--labels", default=LABELS)
    ap.add_argument("--repo", default=None, help="import lintgov from this checkout instead")
    ap.add_argument("--json", default=None, help="write results with per-label details here")
    ap.add_argument("--family", default=None, help="only labels of this family")
    ap.add_argument("--round", default=None, type=int, dest="round_",
                    help="only the labels of this labelling round (4: the fresh labels of 2026-12-04, field \"round\"; "
                         "0: the labels made before, which have no such field)")
    ap.add_argument("--half", choices=("A", "B"), default=None,
                    help="only the labels of one half of the labelled documents, split before building (issue 10, "
                         "levels17): the labelled documents sorted by file name, A = even positions (0, 2, 4, ...), "
                         "B = odd positions; build from A's misses, measure B at the start and the end only")
    ap.add_argument("--misses", action="store_true",
                    help="after the table, list every missed plant: label id, family, round, what was planted, the quote")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.corpus):
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    labels = load_labels(args.labels)
    if args.family:
        labels = [l for l in labels if l["family"] == args.family]
    if args.round_ is not None:
        labels = [l for l in labels if l.get("round", 0) == args.round_]
    if args.half:
        labels = half(labels, args.half)
    t0 = time.perf_counter()
    linter = Linter(args.repo)
    res = run(args.corpus, labels, linter)
    res["seconds"] = round(time.perf_counter() - t0, 1)
    res["lintgov"] = linter.where
    print(f"lintgov: {linter.where}; rules: {', '.join(linter.rule_files)}")
    print(table(res))
    print(f"time: {res['seconds']} s")
    if args.misses:
        print(misses(res, labels))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(res, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
