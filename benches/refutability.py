#!/usr/bin/env python3
"""Refutability: of the relations lintgov *confirms* in real reports, how many it would report if one figure were wrong.

    .venv/bin/python benches/refutability.py [--corpus DIR ...] [--json out.json] [--show N] [--every K]

A relation the arithmetic and year-over-year rules record as consistent (the ledger of ``lintgov claims``) is a
statement the engine reads in real text.  This bench plants one clearly wrong figure into each such relation — the
stated (derived) figure, and separately its first operand — with the validity study's own ``wrong_value`` (a count
×1.3, a percentage ±max(3, 15%), a multiple +max(0.5, 30%)), lints the planted document and counts the plant as
*refuted* when a new arithmetic/yoy finding overlaps the planted figure or the relation's other figures.

A relation confirmed as printed but silent when a figure is wrong is read only when its values agree (a binding found
by trying values) or checked by a test too weak to fail (B − D > 0, part ≤ whole with a wide margin).  Those are the
readings to make refutable — each only where the words state the relation whatever the values, never by flagging a
pairing found by value alone (the precision contract).  The sample is every relation of the corpora the engine
confirms: not chosen by anyone, weighted as real reports state things.  Plants that leave the statement consistent
(an operand that is a bound, a plant inside the rounding) count as not refuted; read the ``--show`` lines.

Relations whose figures all lie in one paragraph are planted in batches, one plant per paragraph per lint; the others
one at a time.  ``--every K`` plants every K-th relation (a quicker sample).  Deterministic.

Plants are also tallied by the relation's test (:func:`one_sided`): an equality, or one-sided — an inequality or a
search for some whole number, which a plant in the direction the test allows leaves true.  2026-12-07 (main 2220c79,
``--every 4``): 933/1,737 refuted; equality-tested 756/868 (87.1%, most misses open lists, A、B等8个, where the count is
at least the names), one-sided 177/869 (20.4%).  After real22 (claims.lists.ord_more: a count inside the last numbered
item no longer opens the list): 934/1,737, equality 757/868.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import os
import sys
from typing import Any, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import validity_study as vs  # noqa: E402

CATEGORIES = ("arithmetic", "yoy")

#: formulas whose test is one-sided — an inequality (part <= whole, exact >= bound, B-D>0, x > y) or a search for some
#: whole number (GRIM: A whole; k/N for a whole N not printed): a plant that moves the figure the way the test allows
#: leaves the statement consistent, so such a relation is refutable only by plants against its direction
_ONE_SIDED = ("<=", ">=", " > ", ">0", "<", "A whole", "whole number N", "两位数")


def one_sided(formula: str) -> bool:
    """Whether the relation's test is an inequality or a whole-number search (see :data:`_ONE_SIDED`)."""
    return any(x in formula for x in _ONE_SIDED)


class Linter:
    def __init__(self) -> None:
        from lintgov.engine import Context, read_document
        from lintgov.plugins import build_registry
        self.read_document, self.Context = read_document, Context
        self.reg = build_registry(load_entry_points=False, strict=True)
        self.rules = [cls({}) for cls in self.reg.rules if cls.category in CATEGORIES]
        self.calls = 0

    def run(self, text: str, path: str):
        """(findings as (start, end, code, related spans), the document's ledger)."""
        from lintgov.claims import ledger
        self.calls += 1
        doc = self.read_document(path, path, self.reg, text.encode("utf-8"))
        ctx = self.Context(lang="en", settings={}, registry=self.reg, documents=[doc])
        found = []
        for rule in self.rules:
            got = rule.check(doc, ctx) if rule.scope == "document" else rule.check_corpus([doc], ctx)
            for f in got or ():
                found.append((f.start, f.end, f.code, tuple((r.start, r.end) for r in f.related if r.doc is None)))
        return found, list(ledger(doc)), doc.text


def _kind(text: str, end: int) -> str:
    after = text[end:end + 4]
    tok = text[max(0, end - 12):end + 4]
    if "倍" in after[:2] or "番" in after[:2]:
        return "multiple"
    if after[:1] in "%％" or "百分" in tok or after.startswith("个百分点"):
        return "percent"
    return "count"


def _number_in(text: str, s: int, e: int):
    """(start, end, token) of the number inside the figure ``text[s:e]`` (its first run of digits or numerals)."""
    m = vs.NUM_RE.search(text, s, e)
    while m is not None and text.startswith("分之", m.end()):   # 百分之十四点七, 千分之三: the number follows
        m = vs.NUM_RE.search(text, m.end() + 2, e)
    if m is None:
        return None
    return m.start(), m.end(), m.group(0)


def _paragraph_of(bounds: List[int], pos: int) -> int:
    return bisect.bisect_right(bounds, pos)


def plants_of(text: str, check) -> List[Tuple[str, int, int, str]]:
    out = []
    spots = [("stated", check.start, check.end)]
    if check.operands:
        s, e = check.operands[0]
        if not (s < check.end and check.start < e):
            spots.append(("operand", s, e))
    for which, s, e in spots:
        n = _number_in(text, s, e)
        if n is None:
            continue
        a, b, tok = n
        if text.startswith("半", b):
            continue        # 占全国一半: 一半 has no wrong value of its own form (三半 is no figure)
        try:
            new = vs.wrong_value(tok, _kind(text, b), {"family": check.family})
        except Exception:   # a numeral form the study's formatter does not take
            continue
        if new != tok:
            out.append((which, a, b, new))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", nargs="*", default=[os.path.join(HERE, "..", "..", "shared", "corpus", d)
                                                    for d in ("full", "gwr")])
    ap.add_argument("--json")
    ap.add_argument("--show", type=int, default=0, help="print up to N unrefuted plants per rule")
    ap.add_argument("--every", type=int, default=1)
    a = ap.parse_args(argv)
    lint = Linter()
    tally: Dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    rows: List[Dict[str, Any]] = []
    k = 0
    for corpus in a.corpus:
        if not os.path.isdir(corpus):
            continue
        for name in sorted(os.listdir(corpus)):
            path = os.path.join(corpus, name)
            if not os.path.isfile(path) or not name.endswith((".txt", ".md")):
                continue
            with open(path, encoding="utf-8", errors="replace") as fh:
                raw = fh.read()
            base, checks, text = lint.run(raw, name)
            old = {f[:3] for f in base}
            bounds = [i + 1 for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
            seen = set()
            local: Dict[int, List[Tuple[Any, tuple]]] = collections.defaultdict(list)
            single: List[Tuple[Any, tuple]] = []
            for c in checks:
                if not c.consistent or (c.start, c.end, c.rule) in seen:
                    continue
                seen.add((c.start, c.end, c.rule))
                k += 1
                if (k - 1) % a.every:
                    continue
                spans = [(c.start, c.end)] + list(c.operands)
                paras = {_paragraph_of(bounds, s) for s, _ in spans}
                for p in plants_of(text, c):
                    if len(paras) == 1:
                        local[next(iter(paras))].append((c, p))
                    else:
                        single.append((c, p))
            batches: List[List[Tuple[Any, tuple]]] = []
            queues = [list(v) for _, v in sorted(local.items())]
            while any(queues):
                batches.append([q.pop(0) for q in queues if q])
            batches += [[x] for x in single]
            for batch in batches:
                t2 = text
                for c, (which, s, e, new) in sorted(batch, key=lambda x: -x[1][1]):
                    t2 = t2[:s] + new + t2[e:]
                found, _, _ = lint.run(t2, name)

                def shifted(pos: int) -> int:
                    return pos + sum(len(new) - (e - s) for _c, (_w, s, e, new) in batch if e <= pos)
                old_here = {(shifted(fa), shifted(fb), code) for fa, fb, code in old}
                new_found = [f for f in found if f[:3] not in old_here]
                for c, (which, s, e, new) in batch:
                    spans = [(shifted(x), shifted(y)) for x, y in [(c.start, c.end)] + list(c.operands)]
                    spans.append((shifted(s), shifted(s) + len(new)))
                    # (a finding covers the relation by its span or by a figure it names as evidence: LG202 stands on
                    # the verb between the two levels it reads, its levels in ``related``)
                    hit = any((fa < y and x < fb) or (fa == fb and x <= fa < y)
                              for f in new_found for fa, fb in ((f[0], f[1]),) + f[3] for x, y in spans)
                    key = c.rule + " " + c.family
                    side = "one-sided" if one_sided(c.formula) else "equality"
                    tally[key][side + "_planted"] += 1
                    tally[key][side + "_refuted"] += int(hit)
                    tally[key]["planted"] += 1
                    tally[key][which + "_planted"] += 1
                    if hit:
                        tally[key]["refuted"] += 1
                        tally[key][which + "_refuted"] += 1
                    rows.append({"file": name, "rule": c.rule, "family": c.family, "formula": c.formula, "test": side,
                                 "which": which, "from": text[s:e], "to": new, "refuted": hit,
                                 "context": text[max(0, min(c.start, s) - 30):max(c.end, e) + 10].replace("\n", " ")})
    tot = collections.Counter()
    print(f"{'relation (rule family)':34s} {'planted':>8s} {'refuted':>8s} {'%':>6s}   stated      operand")
    for key, t in sorted(tally.items(), key=lambda kv: -kv[1]["planted"]):
        tot.update(t)
        print(f"{key:34s} {t['planted']:8d} {t['refuted']:8d} {100 * t['refuted'] / max(1, t['planted']):5.1f}%   "
              f"{t['stated_refuted']:4d}/{t['stated_planted']:<5d} {t['operand_refuted']:4d}/{t['operand_planted']:<5d}")
    print(f"{'TOTAL':34s} {tot['planted']:8d} {tot['refuted']:8d} {100 * tot['refuted'] / max(1, tot['planted']):5.1f}%   "
          f"{tot['stated_refuted']:4d}/{tot['stated_planted']:<5d} {tot['operand_refuted']:4d}/{tot['operand_planted']:<5d}")
    for side in ("equality", "one-sided"):
        print(f"  relations tested by {'an equality' if side == 'equality' else 'an inequality or a whole-number search'}"
              f": {tot[side + '_refuted']}/{tot[side + '_planted']} refuted "
              f"({100 * tot[side + '_refuted'] / max(1, tot[side + '_planted']):.1f}%)")
    print(f"lint runs: {lint.calls}")
    if a.show:
        shown = collections.Counter()
        for r in rows:
            key = r["rule"] + " " + r["family"]
            if not r["refuted"] and shown[key] < a.show:
                shown[key] += 1
                print(f"  MISS {key} [{r['which']} {r['from']}→{r['to']}] {r['file']}: {r['context']}")
    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump({"by_relation": {k: dict(v) for k, v in tally.items()}, "total": dict(tot), "plants": rows},
                      fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
