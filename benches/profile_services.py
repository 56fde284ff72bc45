#!/usr/bin/env python3
"""Where a run's CPU time goes, by shared service and by rule (a measuring aid, not a test).

    .venv/bin/python benches/profile_services.py [--top 40] [lintgov check arguments…]
    .venv/bin/python benches/profile_services.py -- --no-cache -j1 --output-format json -o /dev/null ../shared/corpus/gwr

Wraps each rule's ``check``/``check_corpus``, the document's lazily computed views (paragraphs,
sentences, masks, quantities, headings…) and the shared services (claims, change claims, kind,
residue, repeats, scripts, names) in a timer of this thread's CPU time and prints each one's
*own* time (time spent in another wrapped function is that one's), then runs ``lintgov check``
with the arguments given, in this process (``-j1``).  Lazy views are computed by whichever rule
asks first; this table charges them to the view, not to the rule.
"""
import functools
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

_clock = time.thread_time
_own: dict = {}
_calls: dict = {}
_stack: list = []


def _timed(name, fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        t0 = _clock()
        _stack.append(0.0)
        try:
            return fn(*a, **k)
        finally:
            dt = _clock() - t0
            inner = _stack.pop()
            _own[name] = _own.get(name, 0.0) + dt - inner
            _calls[name] = _calls.get(name, 0) + 1
            if _stack:
                _stack[-1] += dt
    return wrapper


def _gen_timed(name, fn):
    """For generator functions (rule checks): time each step of the generator."""
    @functools.wraps(fn)
    def wrapper(*a, **k):
        it = fn(*a, **k)
        step = _timed(name, lambda: next(it, _END))
        while True:
            v = step()
            if v is _END:
                return
            yield v
    return wrapper


_END = object()

SERVICES = {
    "lintgov.claims": ["build", "ledger"],
    "lintgov.claims.grammar": ["changes", "skeleton", "folded_text", "transitions"],
    "lintgov.claims.metric": ["metric_key"],
    "lintgov.kind": ["classify", "report_year", "issuer", "figures_year", "work_report_issuer", "find_title", "explain"],
    "lintgov.residue": ["residue_blocks"],
    "lintgov.repeats": ["repeated_paragraphs", "repeated_blocks", "repeated_clauses", "doubled_characters"],
    "lintgov.scripts": ["simplified_text", "deviations", "paragraph_profiles", "profile_text", "find_garbled"],
    "lintgov.namespans": ["find_names", "spans_of", "spans_near", "guard_findings"],
    "lintgov.headings": ["parse_headings", "inline_ordinals"],
    "lintgov.quantities": ["extract"],
    "lintgov.fingerprints": ["line_hashes"],
}
DOC_VIEWS = ["paragraphs", "sentences", "clauses", "masks", "headings", "script_profile", "title", "kind",
             "quantities", "report_year", "issuer"]


def install():
    import importlib
    from functools import cached_property
    swap = {}
    for modname in SERVICES:
        importlib.import_module(modname)
    for modname, names in SERVICES.items():
        mod = sys.modules[modname]
        for n in names:
            if hasattr(mod, n):
                orig = getattr(mod, n)
                swap[id(orig)] = (orig, _timed(f"svc {modname.split('.')[-1]}.{n}", orig))
                setattr(mod, n, swap[id(orig)][1])
    from lintgov import document
    D = document.Document
    for v in DOC_VIEWS:
        cp = D.__dict__.get(v)
        if isinstance(cp, cached_property):
            newcp = cached_property(_timed(f"doc .{v}", cp.func))
            newcp.__set_name__(D, v)
            setattr(D, v, newcp)
    D.masked = _timed("doc .masked()", D.masked)
    from lintgov.names import TermMatcher
    TermMatcher.find = _timed("svc names.TermMatcher.find", TermMatcher.find)
    from lintgov.plugins import build_registry
    import inspect
    reg = build_registry()
    for rule in reg.rules:
        for meth in ("check", "check_corpus"):
            f = rule.__dict__.get(meth)
            if f is None:
                continue
            w = _gen_timed if inspect.isgeneratorfunction(f) else _timed
            setattr(rule, meth, w(f"rule {rule.code} {rule.__name__}", f))
    # names imported with ``from module import function`` before the wrapping
    for name, mod in list(sys.modules.items()):
        if not name.startswith("lintgov") or mod is None:
            continue
        for attr, val in list(vars(mod).items()):
            got = swap.get(id(val))
            if got is not None and got[0] is val:
                setattr(mod, attr, got[1])


def main():
    args = sys.argv[1:]
    top = 40
    if args[:1] == ["--top"]:
        top, args = int(args[1]), args[2:]
    if args[:1] == ["--"]:
        args = args[1:]
    install()
    from lintgov import cli
    t0 = _clock()
    try:
        cli.main(["check"] + args)
    except SystemExit:
        pass
    total = _clock() - t0
    measured = sum(_own.values())
    groups = {}
    for k, v in _own.items():
        g = k.split()[0]
        groups[g] = groups.get(g, 0.0) + v
    print(f"\nCPU {total:.3f} s in lintgov check (this thread); wrapped functions' own time {measured:.3f} s; "
          + ", ".join(f"{g} {v:.3f} s" for g, v in sorted(groups.items())), file=sys.stderr)
    for k, v in sorted(_own.items(), key=lambda kv: -kv[1])[:top]:
        print(f"{v * 1000:9.1f} ms {100 * v / total:5.1f}% {_calls[k]:7d}  {k}", file=sys.stderr)


if __name__ == "__main__":
    main()
