#!/usr/bin/env python3
"""Issue 10 diagnostic: plants a relation was checked around, yet the wrong figure passed.

    .venv/bin/python benches/loose_checks.py --corpus /work/shared/corpus/full --study STUDY_JSON [--labels L] [-v]

For each missed plant of the public study whose quote holds a checked figure in the original (missdiag's category
"checked (some figure in quote) but plant missed"), lint the *planted* text with the arithmetic and yoy rules and
print every check of the ledger that touched the planted figure (as the stated figure or as an operand): rule,
family, formula, the operands as printed and the verdict; and the checks the original made on the same figure. Each
plant is given a cause:

  (a) weak      the planted figure's only checks are weak ones (a bound, part <= whole, a sign, x > y)
  (b) reading   a strong check ran on the planted figure and another reading fitted it (consistent)
  (c) tolerance (reported under (b): read the formula — the tolerance is the reading's)
  (d) unchecked the planted figure took part in no check, while another figure of the quote was checked
  (e) changed   the original checked the figure with a strong relation, the planted text no longer does
  (n) none      no check touched the planted figure in either text (the checked figure is another relation)

Public labels only: prints label ids and quotes.
"""
import argparse
import json
import os
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import validity_study as vs  # noqa: E402

from lintgov.claims import claims_of, ledger  # noqa: E402
from lintgov.engine import Context, read_document  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

#: families/formulas of checks that cannot catch a figure clearly off (an inequality, a sign)
WEAK = ("bound", "delta-level")
WEAK_FORMULA = (">=", "<=", " > ", " < ", "B-D>0", "part <= whole", "within the tenths")


#: what a check's formula says of the reading that let a figure pass (the sub-cause counted with the cause)
KINDS = (("count == names listed", "names counted: a name may hold several, be a kind, or be two joined by 与"),
         ("stock's D/S", "growth of what was added, or of the stock (any rate fits a large addition)"),
         ("A whole", "whole-number prior count (GRIM) fits the planted rate"),
         ("for a whole number N (not printed)", "share over an unprinted whole number, rounded or truncated"),
         ("days monitored", "days over the days monitored"),
         ("p+p", "parts <= whole (a split the text does not state complete)"),
         ("part <= whole", "part <= whole"),
         ("main indicator", "part <= main indicator"),
         ("chosen <= those chosen from", "part <= whole"),
         ("B-D>0", "level above its change (a sign)"),
         ("threshold", "a bound"),
         ("n/d*100", "a rate or share over counts read (another reading fitted)"))


def kind_of(checks):
    for key, what in KINDS:
        if any(key in c.formula for _r, c in checks):
            return what
    return checks[0][1].family + ": " + checks[0][1].formula[:40] if checks else "-"


def is_weak(c):
    # (a whole-number prior count is a strong test; its stock alternative, D <= B, is another reading: cause b)
    return c.family != "growth-grim" and (c.family in WEAK or any(w in c.formula for w in WEAK_FORMULA))


def lint(reg, rules, path, text):
    doc = read_document(path, path, reg, text.encode("utf-8"))
    ctx = Context(lang="en", settings={}, registry=reg, documents=[doc])
    found = []
    for r in rules:
        found += list((r.check(doc, ctx) if r.scope == "document" else r.check_corpus([doc], ctx)) or ())
    claims_of(doc)
    return doc, found


def touching(doc, a, b):
    out = []
    for c in ledger(doc):
        role = None
        if c.start < b and a < c.end:
            role = "stated"
        elif any(s < b and a < e for s, e in c.operands):
            role = "operand"
        if role:
            out.append((role, c))
    return out


def show(doc, role, c):
    ops = ", ".join(doc.text[s:e] for s, e in c.operands)
    return (f"    [{role}] {c.rule} {c.family} {'ok ' if c.consistent else 'BAD'} "
            f"{doc.text[c.start:c.end]} <- {c.formula} | operands: {ops}")


def category_labels(labels, res, corpus, reg, rules):
    """missdiag's category: a figure inside the quote was checked (consistent or not) in the original document."""
    docs = {}
    out = []
    for det in res["details"]:
        lab = labels[det["id"]]
        missed = [p for p in det["plants"] if not p["found"]]
        if not missed:
            continue
        f = lab["file"]
        if f not in docs:
            t = open(os.path.join(corpus, f), encoding="utf-8").read()
            docs[f] = (t,) + lint(reg, rules, f, t)
        t, doc, _ = docs[f]
        spans = [(lab["start"], lab["start"] + len(lab["quote"]))]
        if lab.get("quote2"):
            spans.append((lab["start2"], lab["start2"] + len(lab["quote2"])))
        checked = {c.start for c in ledger(doc)}
        figs = claims_of(doc).figures
        if any(any(x <= fg.start < y for x, y in spans) and fg.start in checked for fg in figs):
            out.append((lab, missed))
    return out, docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--study", required=True, help="the JSON of benches/validity_study.py --json")
    ap.add_argument("--labels", default=os.path.join(HERE, "validity", "labels.jsonl"))
    ap.add_argument("-v", action="store_true", help="print each plant's checks")
    args = ap.parse_args()
    labels = {l["id"]: l for l in vs.load_labels(args.labels)}
    res = json.load(open(args.study))
    reg = build_registry(load_entry_points=False, strict=True)
    rules = [c({}) for c in reg.rules if c.category in vs.CATEGORIES]
    cat, docs = category_labels(labels, res, args.corpus, reg, rules)
    causes = Counter()
    sub = defaultdict(Counter)
    n = 0
    for lab, missed in cat:
        t, doc0, _ = docs[lab["file"]]
        for which, a, b, new in vs.plants(lab) + vs.plants2(lab):
            src = lab["quote2"] if which == "operand2" else lab["quote"]
            if not any(p["which"] == which and p["to"] == new for p in missed):
                continue
            n += 1
            t2, _regions = vs.planted_text(t, lab, which, a, b, new)
            base = lab["start2"] if which == "operand2" else lab["start"]
            a0, b0 = base + a, base + b
            a2, b2 = a0, a0 + len(new)
            doc2, _ = lint(reg, rules, lab["file"], t2)
            now = touching(doc2, a2, b2)
            before = touching(doc0, a0, b0)
            strong_now = [x for x in now if not is_weak(x[1])]
            strong_before = [x for x in before if not is_weak(x[1])]
            if strong_now:
                cause = "b reading/tolerance"
            elif now:
                cause = "a weak"
            elif strong_before:
                cause = "e changed"
            else:
                other = [c for c in ledger(doc2) if any(base <= c.start < base + len(src) + 4 for _ in (0,))]
                cause = "d unchecked" if other else "n none"
            causes[cause] += 1
            sub[cause][kind_of(now or before)] += 1
            if args.v:
                print(f"{lab['id']} {lab['family']} {which} {src[a:b]}→{new} [{cause}]")
                print(f"  quote: {src}")
                print(f"  label: {lab.get('formula')} = {lab.get('value')} (tol {lab.get('tolerance')})")
                for role, c in now:
                    print(show(doc2, role, c))
                if not now:
                    print("    (planted figure in no check)")
                    for c in ledger(doc2):
                        if base <= c.start < base + len(src):
                            print(show(doc2, "other", c))
                for role, c in before:
                    print("  orig" + show(doc0, role, c)[3:])
    print(f"plants in the category: {n} (labels {len(cat)})")
    for k, v in sorted(causes.items()):
        print(f"{v:4d}  {k}")
        for w, m in sub[k].most_common():
            print(f"        {m:4d}  {w}")


if __name__ == "__main__":
    main()
