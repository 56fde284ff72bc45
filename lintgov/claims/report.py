"""``lintgov claims FILE``: every figure with its reading and its verdict.

Runs the arithmetic and year-over-year rules, then lists each figure the
claims layer read (role, the words naming it as printed — a table cell's row and column —, time, basis; the JSON
also gives ``metric``, the normalised key figures are matched by) with what happened to it:
*consistent* or *inconsistent* (the rule, family and formula of every check
that used it as the stated figure), *operand* (used by a check of another
figure), *not checkable* (a relational figure — growth, rate, share, target,
multiple, average — no rule could verify, and why), or *level* (a figure that
states no relation).
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Sequence

from . import RELATIONAL, claims_of, ledger, why_not, words_figures


def figure_rows(doc: Any) -> List[Dict[str, Any]]:
    checks = ledger(doc)
    stated: Dict[int, list] = {}
    used: Dict[int, list] = {}
    for c in checks:
        stated.setdefault(c.start, []).append(c)
        for s, _e in c.operands:
            used.setdefault(s, []).append(c)
    from .metric import metric_words
    from .tables import cell_names
    cells = cell_names(doc)
    rows = []
    figs = claims_of(doc).figures
    words = words_figures(doc)
    if words:
        figs = sorted(figs + words, key=lambda f: f.start)
    for f in figs:
        q = f.quantity
        line, col = doc.position(q.start)
        own = stated.get(q.start, [])
        if own:
            bad = [c for c in own if not c.consistent]
            verdict = "inconsistent" if bad else "consistent"
            why = "; ".join(sorted({f"{c.rule} {c.family}: {c.formula}" for c in (bad or own)}))
        elif f.role in RELATIONAL:
            verdict, why = "not checkable", why_not(f, doc)
        elif q.start in used:
            verdict = "operand"
            why = "; ".join(sorted({f"{c.rule} {c.family}" for c in used[q.start]}))
        else:
            verdict, why = "level", "states no relation"
        rows.append({"line": line, "column": col, "text": doc.text[q.start:q.end], "value": q.value,
                     "unit": q.unit, "decimals": q.decimals, "bound": q.approx, "role": f.role,
                     "metric": f.metric, "words": cells.get(q.start) or metric_words(doc, q.start),
                     "time": f.time, "basis": f.basis, "verdict": verdict, "why": why})
    return rows


def render(docs: Sequence[Any], fmt: str = "text", lang: str = "zh") -> str:
    from . import coverage
    if fmt == "json":
        data = {"documents": [{"path": d.path, "figures": figure_rows(d)} for d in docs],
                "summary": coverage(docs)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    out: List[str] = []
    for d in docs:
        for r in figure_rows(d):
            extra = " ".join(x for x in (r["basis"], "" if r["time"] == "current" else r["time"]) if x)
            out.append(f"{d.path}:{r['line']}:{r['column']}: {r['text']}  [{r['role']}] {r['words'] or r['metric'] or '-'}"
                       f"{(' (' + extra + ')') if extra else ''} → {r['verdict']}: {r['why']}")
    cov = coverage(docs)
    if lang == "zh":
        out.append(f"核验了 {cov['relations_checked']} 处数字关系，其中 {cov['inconsistent']} 处不一致；"
                   f"{cov['not_checkable']} 个数字无法核验。")
    else:
        out.append(f"{cov['relations_checked']} figure relations checked, {cov['inconsistent']} inconsistent, "
                   f"{cov['not_checkable']} figures not checkable.")
    return "\n".join(out) + "\n"
