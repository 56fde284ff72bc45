"""Speed (speed18): ``claims.binding._in_section`` reads the section's figures once for both of its readings.

A part's whole in an earlier sentence of its section is looked up by its own words narrowed and, when that finds none
(or two values), by the total of its head (总装机 for 光伏装机).  Both readings asked ``lookback.earlier_wholes`` over the
same figures, and every test there but ``fits`` (the figure's measure, period, scope, whether it is itself a part) gave
the same answer twice: on corpus/full 20,578 scans of up to 40 figures each, for 11 parts bound.  ``earlier_wholes``
now takes the second reading as ``then`` and asks it of the figures that passed those tests.  The plain two-call form
is kept here as the reference: every part and whole must be the same, with the same names and qualifier."""
import random
from pathlib import Path

import pytest

from lintgov.claims import binding
from lintgov.claims.binding import (_ALL_KINDS, _PRIOR_PERIOD, BoundPart, _clause_end, _per, _to_date, narrows,
                                    total_head)
from lintgov.claims.lookback import earlier_wholes, name_words, section_floor, shares_words
from lintgov.claims.rates import context_before
from lintgov.claims.roles import clause_start
from lintgov.document import Document

SEEDS = sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt"))


def _in_section_plain(doc, masked, s, q, pname):
    """``binding._in_section`` as it was: two calls of ``earlier_wholes``, the second with the total's head."""
    quals = {}
    praw = context_before(masked, q, s.start, 16)
    by_total = [False]

    def fits(c, words, pname=pname):
        if _per(masked, c) != _per(masked, q) or _to_date(doc, masked, c, 0) != _to_date(doc, masked, q, s.start):
            return False
        raw = context_before(masked, c, 0, 16)
        qual = narrows(pname, words, _ALL_KINDS.search(raw) is not None, total_head(raw, praw) if by_total[0] else "")
        if qual is None:
            return False
        cs_c = clause_start(doc, masked, c.start, 0)
        if _PRIOR_PERIOD.search(masked, cs_c, c.start):
            return False
        sc_ = doc.sentence_at(c.start)
        if sc_ is not None and cs_c > sc_.start:
            opening = masked[sc_.start:_clause_end(masked, sc_.start, cs_c)]
            if not shares_words(qual, opening):
                return False
        quals[c.start] = qual
        return True
    ws = earlier_wholes(doc, masked, q, q, s.start, fits, at_least=False)
    if not ws:
        by_total[0] = True
        ws = earlier_wholes(doc, masked, q, q, s.start, fits, at_least=False)
    if not ws:
        return None
    w = ws[0]
    return BoundPart(w, q, name_words(masked, w, section_floor(doc, s.start)), pname, quals.get(w.start, ""), "section")


def _read(doc):
    return [(b.whole.start, b.part.start, b.whole_name, b.part_name, b.qualifier, b.where)
            for b in binding.bound_parts(doc)]


def _both(text):
    fast = _read(Document(text, "x.txt"))
    orig = binding._in_section
    binding._in_section = _in_section_plain
    try:
        plain = _read(Document(text, "x.txt"))
    finally:
        binding._in_section = orig
    return fast, plain


#: sentences of wholes and parts (lintgov's own wordings), each with {} for a figure
_POOL = [
    "全年受理行政复议案件{}件。", "涉企行政复议案件{}件。", "全年受理各类案件{}件。", "民事案件{}件。", "行政案件{}件。",
    "全区共有行政执法人员{}人。", "持证行政执法人员{}人。", "全区总装机{}万千瓦。", "光伏装机{}万千瓦。",
    "新能源装机{}万千瓦，同比增长12%。", "全年水产品总产量{}吨，养殖产量{}吨。", "特种水产品养殖产量{}吨。",
    "上半年涉企行政复议案件{}件。", "市本级行政复议案件{}件。", "全市行政复议案件{}件。", "其中，涉企案件{}件。",
    "工业投资{}亿元，增长12%。", "民营工业投资{}亿元。", "上年末户籍人口{}万人。", "年末户籍人口{}万人。",
    "累计受理行政复议案件{}件。", "全年审结行政诉讼案件{}件。", "涉及征收补偿的行政诉讼案件{}件，占{}%。",
    "我们坚持府院联动，推动实质性化解。", "国有企业总资产{}亿元。", "国有净资产{}亿元。", "耕地总面积{}万亩。", "林地面积{}万亩。",
    "全年一般公共预算支出{}亿元；民生类一般公共预算支出{}亿元。", "日均处理污水{}万吨/日，新增处理污水{}万吨/日。",
]
_HEADS = ["一、主要工作\n", "二、存在问题\n", "（一）加强执法\n", "（二）化解纠纷\n", "1.复议工作\n"]


def _report(rng):
    lines = ["2024年法治政府建设情况报告\n"]
    for _ in range(rng.randrange(1, 5)):
        lines.append(rng.choice(_HEADS))
        for _ in range(rng.randrange(1, 4)):
            para = "".join(rng.choice(_POOL) for _ in range(rng.randrange(1, 6)))
            while "{}" in para:
                para = para.replace("{}", str(rng.choice([12, 62, 86.4, 156, 186, 420, 1200, 2400, 2160, 19291])), 1)
            lines.append(para + "\n")
    return "".join(lines)


def test_generated_reports_bind_as_the_two_calls_did():
    rng = random.Random(18)
    bound = 0
    for _ in range(300):
        fast, plain = _both(_report(rng))
        assert fast == plain
        bound += sum(1 for b in fast if b[5] == "section")
    assert bound > 20          # the section reading was exercised, not only the sentence's


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_bind_as_the_two_calls_did(seed):
    fast, plain = _both(seed.read_text(encoding="utf-8"))
    assert fast == plain


def test_recent_counts_are_the_counts_of_recent():
    """``lookback.recent_counts`` (the counts of one measure among the last n figures of a window, read from an index of
    the document's counts by measure) against the filter over ``rates.recent``, on every window of generated reports."""
    from lintgov.claims.lookback import recent_counts
    from lintgov.claims.rates import is_count, measure_of, recent
    rng = random.Random(1818)
    checked = 0
    for k in range(60):
        doc = Document(_report(rng), "x.txt")
        qs = doc.quantities
        cuts = sorted({0, len(doc.text)} | {q.start for q in qs} | {q.end for q in qs}
                      | {rng.randrange(len(doc.text) + 1) for _ in range(20)})
        measures = {measure_of(q) for q in qs} | {"件", "吨", "无"}
        for _ in range(80):
            lo, hi = sorted((rng.choice(cuts), rng.choice(cuts)))
            n = rng.choice([1, 4, 12, 40, 1000])
            for meas in measures:
                want = [c for c in recent(doc, lo, hi, n) if is_count(c) and measure_of(c) == meas]
                assert recent_counts(doc, lo, hi, n, meas) == want
                checked += bool(want)
    assert checked > 500


# -- claims.horizons._held: the bounds first, the levels of their metrics only -------------------------------------------

def _held_plain(doc):
    """``horizons._held`` as it was: every level of the review read, then the bounds held against them."""
    import re as _re
    from lintgov.claims import claims_of, horizons as h
    from lintgov.claims.review import review_part
    from lintgov.claims.values import interval_of, measure, value_of
    from lintgov.kind import figures_year
    fy = figures_year(doc)
    end, known = review_part(doc)
    if fy and not known:
        return []
    text = h.folded_text(doc)
    annual = _re.compile(h._ANNUAL.pattern + (rf"|{fy}年" if fy else ""))
    bounds, levels = [], {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.start >= end:
            break
        if f.role != "level" or f.time not in ("current", "span"):
            continue
        key = h._key(f.metric)
        if len(key) < 4:
            continue
        clause = h._clause_before(text, q.start)
        sentence = h._sentence_before(doc, text, q.start, 120)
        if set(h._FIGURES_RE3.findall(sentence)) - {str(fy)}:
            continue
        if q.approx is None:
            if f.time != "current" or h._NOT_PLAIN.search(h._SCOPES.sub("", sentence)) or h._SPAN_WORDS.search(sentence) \
                    or h._FIGURES_RE2.search(clause) \
                    or (h._HELD_RE1.match(text[q.end:q.end + 3]) and not h._DEED_AFTER.match(text, q.end)):
                continue
            p = doc.paragraph_at(q.start)
            if p is not None and "\t" in doc.text[p.start:p.end]:
                continue
            levels.setdefault((key, measure(q), q.is_percent), []).append((q, bool(annual.search(sentence))))
        elif q.approx in (">", ">=", "<", "<=") and h.HELD_BEFORE.search(clause) \
                and (q.before_word or q.after_word or q.approx_word) in h.BOUND_WORDS \
                and not h._FIGURES_RE2.search(h.HELD_BEFORE.sub("", clause)):
            bounds.append((q, key, f.metric))
    out = []
    for q, key, name in bounds:
        lvs = levels.get((key, measure(q), q.is_percent))
        if not lvs:
            continue
        ivs = [interval_of(lv) for lv, _ in lvs]
        if any(a[0] > ivs[0][1] + 1e-9 or ivs[0][0] > a[1] + 1e-9 for a in ivs):
            continue
        lv, lv_annual = lvs[0]
        if doc.paragraph_at(q.start) is doc.paragraph_at(lv.start):
            s1, s2 = doc.sentence_at(q.start), doc.sentence_at(lv.start)
            if not lv_annual or (s1 is not None and s2 is not None and s1.start == s2.start):
                continue
        out.append(h.SpanBound(q.start, q.end, value_of(q), lv, name, "held", "<" if q.approx in ("<", "<=") else ">"))
    return out


_HELD_POOL = [
    "全年粮食产量{}亿斤。", "粮食产量{}亿斤，连续9年稳定在{}亿斤以上。", "粮食总产量连续5年稳定在{}万吨以上。",
    "全年粮食总产量{}万吨，增长2.1%。", "PM2.5平均浓度{}微克/立方米。", "PM2.5平均浓度连续3年保持在{}微克/立方米以下。",
    "全年PM2.5平均浓度{}微克/立方米，同比下降5%。", "2020年粮食产量{}亿斤。", "地区生产总值{}亿元，增长5%。",
    "城镇新增就业{}万人，连续5年保持在{}万人以上。", "全年城镇新增就业{}万人。", "我们坚持稳中求进，推动高质量发展。",
]


def _held_report(rng):
    parts = ["2024年政府工作报告\n", "一、2023年工作回顾\n"]
    for _ in range(rng.randrange(1, 5)):
        para = "".join(rng.choice(_HELD_POOL) for _ in range(rng.randrange(1, 5)))
        while "{}" in para:
            para = para.replace("{}", str(rng.choice([30, 35, 1300, 1350, 1.3, 13908, 12908, 11.5, 12])), 1)
        parts.append(para + "\n")
    parts.append("二、2024年工作安排\n全年粮食产量稳定在1300亿斤以上。\n")
    return "".join(parts)


def test_held_bounds_as_every_level_read():
    from lintgov.claims import horizons
    rng = random.Random(818)
    held = 0

    def key(b):
        return (b.start, b.end, b.value, b.level.start, b.name, b.why, b.direction)
    for _ in range(300):
        text = _held_report(rng)
        fast = [key(b) for b in horizons._held(Document(text, "x.txt"))]
        assert fast == [key(b) for b in _held_plain(Document(text, "x.txt"))]
        held += len(fast)
    assert held > 10


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_held_bounds_of_the_seeds(seed):
    from lintgov.claims import horizons
    text = seed.read_text(encoding="utf-8")
    assert repr(horizons._held(Document(text, "s.txt"))) == repr(_held_plain(Document(text, "s.txt")))


# -- claims.lists.member_parts: the first part's test before the whole's name -----------------------------------------

def _member_parts_plain(doc):
    """``lists.member_parts`` as it was: the whole's name read for every figure before anything after it."""
    import bisect
    from lintgov.claims import lists as L
    out = []
    text = L.folded_text(doc)
    qs = [q for q in doc.quantities if not q.is_percent]
    starts = [q.start for q in qs]
    for k, w in enumerate(qs):
        if w.approx in ("<", "<="):
            continue
        lo = max(0, w.start - 40)
        seg = L._MEMBER_PARTS_RE2.split(text[lo:w.start])[-1]
        name = L._MEMBER_WHOLE_TAIL.sub("", L._MEMBER_PARTS_RE3.sub("", seg))
        if len(name) < 4 or L._MEMBER_NOT.search(name):
            continue
        m = L._MEMBER_PARTS_RE1.match(text[w.end:w.end + 30])
        if m is None:
            continue
        op = w.end + m.end()
        if text.startswith("其中", op):
            continue
        members = tuple(x for x in L._MEMBER_PARTS_RE6.split(name) if x)
        joined = len(members) < 2
        if not joined and any(len(x) < 2 for x in members):
            continue
        parts, labels, used = [], [], set()
        pos = op
        j = bisect.bisect_left(starts, op)
        while j < len(qs) and len(parts) < 8:
            q = qs[j]
            words = text[pos:q.start]
            lab_m = L._MEMBER_LABEL.fullmatch(L._MEMBER_PARTS_RE5.sub("", words.strip()))
            if lab_m is None or L.measure(q) != L.measure(w) or q.approx in ("<", "<=", ">", ">=") \
                    or L._MEMBER_NOT.search(words) or text[q.end:q.end + 1] in ("/", "每"):
                break
            lab = lab_m.group()
            if joined:
                if lab not in name or any(lab in x or x in lab for x in labels):
                    break
            else:
                i = L._member_of(lab, members, used)
                if i is None:
                    break
                used.add(i)
            parts.append(q)
            labels.append(lab)
            nxt = L._MEMBER_PARTS_RE4.match(text[q.end:q.end + 6])
            if nxt is None:
                break
            pos = q.end + nxt.end()
            j += 1
            while j < len(qs) and qs[j].start < pos:
                j += 1
        if not parts:
            continue
        if joined:
            if len(parts) < 2 or not name.endswith("".join(labels)):
                continue
            members = tuple(labels)
            complete = True
        else:
            complete = len(used) == len(members)
        out.append(L.MemberParts(w, tuple(parts), tuple(labels), members, complete))
    return out


_MEMBER_POOL = [
    "全年收到人大代表建议和政协提案{}件", "人大代表建议{}件", "政协提案{}件", "建议{}件", "提案{}件", "建议提案{}件",
    "全年受理行政复议和行政诉讼案件{}件", "行政复议{}件", "行政诉讼{}件", "其中行政复议{}件", "同比增长12%",
    "共有公办和民办幼儿园{}所", "公办{}所", "民办幼儿园{}所", "新增{}所", "占比{}%", "每万人{}件", "约{}件", "{}件以上",
]
_MEMBER_BREAKS = ["，", "；", "。", "、", "：", "", "和"]


def test_member_parts_as_the_name_first_reading():
    from lintgov.claims import lists
    rng = random.Random(1819)
    found = 0

    def key(mp):
        return (mp.whole.start, [p.start for p in mp.parts], mp.labels, mp.members, mp.complete)
    for _ in range(400):
        text = "".join(rng.choice(_MEMBER_POOL) + rng.choice(_MEMBER_BREAKS) for _ in range(rng.randrange(1, 9)))
        while "{}" in text:
            text = text.replace("{}", str(rng.choice([12, 142, 176, 318, 368, 152, 216, 40, 1.5])), 1)
        text = "2024年工作报告\n" + text + "。\n"
        fast = [key(mp) for mp in lists.member_parts(Document(text, "x.txt"))]
        assert fast == [key(mp) for mp in _member_parts_plain(Document(text, "x.txt"))]
        found += len(fast)
    assert found > 10


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_member_parts_of_the_seeds(seed):
    from lintgov.claims import lists
    text = seed.read_text(encoding="utf-8")
    assert repr(lists.member_parts(Document(text, "s.txt"))) == repr(_member_parts_plain(Document(text, "s.txt")))


# -- claims.totals.flows: 净增 / 未X right before a figure first -------------------------------------------------------

def _flows_plain(doc):
    """``totals.flows`` as it was: the boundary, the figures near and the sentence's plan words read for every exact
    figure before its 净增 / 未X was looked for."""
    from lintgov.claims import claims_of, totals as T
    text = T.folded_text(doc)
    out, recent = [], {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.is_percent or f.time != "current" or not (T.is_count(q) or T.measure(q) == "元"):
            continue
        lst = recent.setdefault(T.measure(q), [])
        cs = T._clause_start(text, q.start, max(0, q.start - 40))
        prefix = text[cs:q.start]
        if q.approx is None and not q.approx_word and lst:
            floor = T._boundary(doc, text, q.start)
            near = [p for p in reversed(lst) if p.start >= max(floor, q.start - 300)][:T.MAX_PARTS]
            ss = T._sentence_start(text, q.start, max(0, q.start - 200))
            if near and not T._PLAN.search(text[ss:q.start]):
                fl = None
                if T._NET.search(prefix):
                    fl = T._net(text, q, near)
                else:
                    nm = T._NOT_DONE.search(prefix)
                    if nm is not None:
                        fl = T._undone(text, q, near, nm.group(1))
                if fl is not None:
                    out.append(fl)
        if f.role == "level":
            lst.append(q)
            if len(lst) > 2 * T.MAX_PARTS:
                del lst[:T.MAX_PARTS]
    return out


_FLOW_POOL = [
    "新设立企业{}户", "注销企业{}户", "净增{}户", "净增加{}户", "吊销企业{}户", "受理矛盾纠纷{}件", "化解{}件", "成功化解{}件",
    "未化解的{}件", "尚未办结{}件", "办结{}件", "按期办结{}件", "全年计划新增{}户", "其余{}件", "一、主要工作\n",
    "同比增长5%", "新增市场主体{}户", "迁出{}户",
]


def test_flows_as_every_figure_read():
    from lintgov.claims import totals
    rng = random.Random(1820)
    found = 0

    def key(fl):
        return (fl.kind, fl.result.start, [(a.start, b.start) for a, b in fl.readings], fl.linked, fl.why)
    for _ in range(400):
        text = "".join(rng.choice(_FLOW_POOL) + rng.choice(["，", "；", "。", "、", "\n"]) for _ in range(rng.randrange(2, 9)))
        while "{}" in text:
            text = text.replace("{}", str(rng.choice([4128, 1300, 2828, 156, 120, 36, 84, 12])), 1)
        text = "2024年工作报告\n" + text + "\n"
        fast = [key(fl) for fl in totals.flows(Document(text, "x.txt"))]
        assert fast == [key(fl) for fl in _flows_plain(Document(text, "x.txt"))]
        found += len(fast)
    assert found > 20


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_flows_of_the_seeds(seed):
    from lintgov.claims import totals
    text = seed.read_text(encoding="utf-8")
    assert repr(totals.flows(Document(text, "s.txt"))) == repr(_flows_plain(Document(text, "s.txt")))


# -- LG105's bound restated exactly: once per document, the bounds first -----------------------------------------------

def _restated_with_bound_plain(doc):
    """``rules.bounds._restated_with_bound`` as it was: every level figure of the review read into its group."""
    from lintgov.claims import claims_of
    from lintgov.claims.grammar import folded_text
    from lintgov.claims.metric import identity_key
    from lintgov.claims.review import review_part
    from lintgov.kind import figures_year
    from lintgov.rules import bounds as B
    text = folded_text(doc)
    end, known = review_part(doc)
    if figures_year(doc) and not known:
        return []
    groups = {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.start >= end:
            break
        if f.role != "level" or f.time != "current" or len(f.metric) < 4 or B._NOT_A_NAME.search(f.metric):
            continue
        bound = q.approx in (">", ">=", "<", "<=") and (q.before_word or q.after_word or q.approx_word) in B.BOUND_WORDS
        if not bound and q.approx is not None:
            continue
        s = doc.sentence_at(q.start)
        lo = max(s.start if s else 0, q.start - 120)
        pre = text[lo:q.start]
        if B._GUARD.search(B._SCOPE_WORDS.sub("", pre)) or B._RESTATED_WITH_BOUND_RE1.search(pre):
            continue
        annual = bool(B._ANNUAL.search(pre))
        if B._RESTATED_WITH_BOUND_RE2.match(text[q.end:q.end + 3]) \
                or (not bound and B._RESTATED_WITH_BOUND_RE3.match(text[q.end:q.end + 2])):
            continue
        p = doc.paragraph_at(q.start)
        if p is not None and "\t" in doc.text[p.start:p.end]:
            continue
        years = frozenset(B._YEARS.findall(pre))
        if len(years) > 1:
            continue
        scope = frozenset(w for w in B._SCOPE_WORDS.findall(pre) if w not in B._OWN_AREA)
        key = (identity_key(f.metric), B.measure(q), q.is_percent, scope, years)
        groups.setdefault(key, ([], []))[0 if bound else 1].append((q, annual))
    out = []
    for bounds, exacts in groups.values():
        if not bounds or not exacts:
            continue
        ivs = [B.interval_of(e) for e, _ in exacts]
        if any(a[0] > ivs[0][1] + 1e-9 or ivs[0][0] > a[1] + 1e-9 for a in ivs):
            continue
        e, e_annual = exacts[0]
        for b, b_annual in bounds:
            one = B._sentence_start(doc, b.start) == B._sentence_start(doc, e.start)
            if not one and not (b_annual or e_annual) and not B._adjacent(doc, b, e):
                continue
            out.append((b, e))
    return out


_BOUND_POOL = [
    "全年新增城镇就业逾{}万人", "全年新增城镇就业{}人", "城镇新增就业{}万人", "新增城镇就业超过{}万人", "全年审结行政案件超过{}件",
    "共审结行政案件{}件", "审结行政案件{}件", "全年受理行政复议申请{}件", "受理行政复议申请不足{}件", "市本级受理行政复议申请{}件",
    "规上工业企业突破{}家", "年末全市规上工业企业{}家", "2022年规上工业企业{}家", "其中规上工业企业{}家", "约{}家",
    "全年参训人员超过{}万人次", "据统计，实际参训{}人次", "全年粮食产量{}亿斤", "粮食产量稳定在{}亿斤以上",
]


def test_restated_with_bound_as_every_figure_read():
    from lintgov.rules import bounds
    rng = random.Random(1821)
    found = 0

    def key(pairs):
        return [(b.start, b.end, e.start, e.end) for b, e in pairs]
    for _ in range(400):
        paras = []
        for _ in range(rng.randrange(1, 4)):
            paras.append("".join(rng.choice(_BOUND_POOL) + rng.choice(["，", "；", "。", "。"])
                                 for _ in range(rng.randrange(1, 6))))
        text = "2024年政府工作报告\n一、2023年工作回顾\n" + "\n".join(paras) + "\n二、2024年工作安排\n稳中求进。\n"
        while "{}" in text:
            text = text.replace("{}", str(rng.choice([5.2, 52680, 51680, 500, 486, 1500, 1304, 1.5, 16200, 1300])), 1)
        doc = Document(text, "x.txt")
        fast = bounds._restated_with_bound(doc)
        assert bounds._restated_with_bound(doc) is fast          # read once per document
        assert key(fast) == key(_restated_with_bound_plain(Document(text, "x.txt")))
        found += len(fast)
    assert found > 20


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_restated_with_bound_of_the_seeds(seed):
    from lintgov.rules import bounds
    text = seed.read_text(encoding="utf-8")
    assert repr(bounds._restated_with_bound(Document(text, "s.txt"))) == \
        repr(_restated_with_bound_plain(Document(text, "s.txt")))


# -- claims.stocks._clause_stocks: a clause without a character of a total word or a reach is passed over -----------------

_STOCK_POOL = [
    "新增国家高新技术企业{}家", "总量{}家", "累计达到{}家", "新建绿道{}公里", "累计达到{}公里", "总数已达{}家", "现有{}家",
    "共有{}个", "全区电商领域企业达{}家", "新增专业电商企业{}家", "增至{}个", "新登记市场主体{}户", "总量达{}万户",
    "全年淘汰和转型{}家落后产能企业", "新区成立以来，累计淘汰和转型落后产能企业{}家", "建成开放{}个公园", "同比增长5%",
    "全年受理案件{}件", "实际使用外资{}亿元", "总“数”{}家", "累“计”{}家",
]


def test_clause_stocks_as_without_the_character_gate():
    import re as _re
    from lintgov.claims import stocks
    from lintgov.claims.grammar import folded_text, skeleton
    rng = random.Random(1822)
    found = 0

    def read(text):
        doc = Document(text, "x.txt")
        skel, by = skeleton(doc)
        return repr(stocks._clause_stocks(doc, skel, by, folded_text(doc), set()))
    fixed = ["新增专业电商企业120家，全区电商领域企业达7570家。", "新增国家高新技术企业957家，总量5842家。",
             "新建绿道137公里、累计达到2136公里。", "新登记市场主体147万户，总量达1461.4万户。"]
    for text in fixed:
        assert "Addition(" in read("2024年工作报告\n" + text + "\n")
    for _ in range(400):
        text = "".join(rng.choice(_STOCK_POOL) + rng.choice(["，", "，", "；", "。", "、"]) for _ in range(rng.randrange(1, 7)))
        while "{}" in text:
            text = text.replace("{}", str(rng.choice([957, 5842, 137, 2136, 147, 1461.4, 438, 1203, 35, 1320, 86])), 1)
        text = "2024年工作报告\n" + text + "\n"
        fast = read(text)
        gate = stocks._STOCK_CHARS
        stocks._STOCK_CHARS = _re.compile("")          # matches everywhere: the gate lets every clause through
        try:
            assert fast == read(text)
        finally:
            stocks._STOCK_CHARS = gate
        found += fast.count("Addition(")
    assert found > 30


# -- claims.totals: the level figures read once for far_totals and named_wholes; a name after a figure first -------------

def _named_wholes_plain(doc):
    """``totals.named_wholes`` as it was: the sentence's plan words read for every exact figure of the year."""
    from lintgov.claims import totals as T
    text = T.folded_text(doc)
    out, recent = [], {}
    for q, m, time in T._level_figures(doc, text):
        lst = recent.setdefault(m, [])
        if q.approx is None and not q.approx_word and lst and time == "current":
            ss = T._sentence_start(text, q.start, max(0, q.start - 200))
            if not T._PLAN.search(text[ss:q.start]):
                r = T._composite(doc, text, q, lst, ss) or T._covered(text, q, lst, ss)
                if r is not None:
                    out.append(r)
        if time != "span":
            lst.append(q)
            if len(lst) > 2 * T.MAX_PARTS:
                del lst[:T.MAX_PARTS]
    return out


_NAMED_POOL = [
    "行政村{}个", "社区{}个", "全县{}个村（社区）", "其中{}个村（社区）", "{}个镇街", "{}个园区", "实现{}个单位全覆盖",
    "覆盖{}个主体", "计划实现{}个单位全覆盖", "约{}个村（社区）", "全年受理案件{}件", "合计{}件", "以上各类案件合计{}件",
]


def test_named_wholes_and_far_totals_as_read_apart():
    from lintgov.claims import totals
    rng = random.Random(1823)
    found = 0
    for text in ("行政村186个、社区24个，全县210个村（社区）全部通光纤。", "全区12个镇街、3个园区，实现15个单位全覆盖。"):
        doc = Document("2024年工作报告\n" + text + "\n", "x.txt")
        assert totals.named_wholes(doc) and repr(totals.named_wholes(doc)) == repr(_named_wholes_plain(doc))
    for _ in range(400):
        text = "".join(rng.choice(_NAMED_POOL) + rng.choice(["、", "，", "，", "。", "和"]) for _ in range(rng.randrange(1, 7)))
        while "{}" in text:
            text = text.replace("{}", str(rng.choice([186, 24, 210, 12, 3, 15, 20, 280, 1900, 2180])), 1)
        text = "2024年工作报告\n" + text + "\n"
        doc = Document(text, "x.txt")
        fast = repr((totals.far_totals(doc), totals.named_wholes(doc)))
        plain_doc = Document(text, "x.txt")
        plain = repr((totals.far_totals(plain_doc), _named_wholes_plain(Document(text, "x.txt"))))
        assert fast == plain
        found += fast.count("FarTotal(")
    assert found > 15
