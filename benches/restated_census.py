#!/usr/bin/env python3
"""Census of one metric stated twice in one document (LG210), on real text: pairs of figures of one document with
one normalised metric identity, one measure, one role, one scope and the same years named, whose values agree within
the rounding of both (restatements: the evidence the identity is right) or disagree (each printed with -v, to be read:
a defect, or a sign the identity is too loose — another scope, another period, a part and its whole, a plan and its
result, a stock and a flow).

    .venv/bin/python benches/restated_census.py [-v] [--identity] [--plain] PATH...

Default: the groups LG210 itself forms (its guards and its identity).  ``--identity``: the identity alone, over the
review's exact levels, rates and shares of the year (time current) with only the figure's own clause guarded (其中,
分别, 累计, a part of the year, a plan word, a bound): groups of two (a group of more than two whose values split is never
reported); ``--plain`` reads the identity as it was (:func:`lintgov.claims.metric.identity_key`, no other names folded).
Grouping is by key in a dictionary (linear); only the pairs inside a group are compared.
"""
import argparse
import os
import re
import sys

from lintgov.config import Settings
from lintgov.engine import Context, instantiate_rules, read_document
from lintgov.plugins import build_registry
import lintgov.rules.restated as R
from lintgov.claims import claims_of
from lintgov.claims.metric import identity_key, restated_identity, stated_name
from lintgov.claims.review import review_part
from lintgov.claims.values import interval_of, measure

#: the words of a figure's own clause that make it other than the year's plain figure (the identity census)
_CLAUSE_GUARD = re.compile(r"其中|分别|累计|以来|期间|五年|三年|两年|季度|上半年|下半年|[0-9一二三四五六七八九十]+月|预期|目标|"
                           r"力争|争取|计划|确保|预计|规划|将|要|每|占|以上|近|约|超过|不足")


def files(paths):
    for p in paths:
        if os.path.isdir(p):
            for n in sorted(os.listdir(p)):
                if n.endswith(".txt"):
                    yield os.path.join(p, n)
        else:
            yield p


def rule_groups(doc, reg, rule):
    """The groups of statements LG210 forms in the review (its own guards and identity)."""
    captured = []
    orig = R._merge_agents

    def spy(groups, said):
        out = orig(groups, said)
        captured.extend(out)
        return out
    R._merge_agents = spy
    try:
        list(rule.check(doc, Context(lang="zh", settings={}, registry=reg, documents=[doc])) or ())
    finally:
        R._merge_agents = orig
    return [[q for q in stated if q.approx is None] for _, stated in captured]


def identity_groups(doc, ident):
    """The groups of two of the review's exact figures of the year with one identity, measure, role, scope, years."""
    end, _ = review_part(doc)
    t = doc.text
    groups = {}
    for f in claims_of(doc).figures:
        q = f.quantity
        if q.start >= end or f.time != "current" or q.approx is not None or f.role not in ("level", "rate", "share"):
            continue
        name = stated_name(f.metric)
        if len(name) < 4 or R._not_a_name(t, q.start, f.metric):
            continue
        s = doc.sentence_at(q.start)
        lo = s.start if s else max(0, q.start - 60)
        c = R._clause_start(t, lo, q.start)
        if _CLAUSE_GUARD.search(t, c, q.start) or R._CHECK_RE1.match(t, q.end) or R._CHECK_RE2.match(t, q.end):
            continue
        scope = frozenset(w for w in R._SCOPE.findall(t, lo, q.start) if w not in f.metric)
        key = (ident(name), measure(q), q.is_percent, f.role, scope, frozenset(R._YEAR.findall(t, lo, q.start)))
        groups.setdefault(key, []).append(q)
    return [g for g in groups.values() if len(g) == 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", action="store_true", help="print every disagreeing pair (-v -v: every pair)")
    ap.add_argument("--identity", action="store_true", help="the identity alone, not the rule's groups")
    ap.add_argument("--plain", action="store_true", help="with --identity: identity_key, no other names folded")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    reg = build_registry(load_entry_points=False, strict=True)
    rule = instantiate_rules(reg, Settings(), {}, select=["LG210"])[0]
    ident = identity_key if a.plain else restated_identity
    agree = disagree = 0
    for path in files(a.paths):
        doc = read_document(path, path, reg)
        t = doc.text
        for qs in (identity_groups(doc, ident) if a.identity else rule_groups(doc, reg, rule)):
            for i, x in enumerate(qs):
                for y in qs[i + 1:]:
                    ix, iy = interval_of(x), interval_of(y)
                    ok = ix[0] <= iy[1] * (1 + 1e-9) and iy[0] <= ix[1] * (1 + 1e-9)
                    agree += ok
                    disagree += not ok
                    if a.v and not ok:
                        def ctx(q):
                            return " ".join(t[max(0, q.start - 40):q.end + 8].split())
                        print(f"{os.path.basename(path)}\n   A {ctx(x)}\n   B {ctx(y)}")
    print(f"agreeing pairs {agree}, disagreeing pairs {disagree}")


if __name__ == "__main__":
    sys.exit(main())
