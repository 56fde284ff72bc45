"""Per-document structures dropped after the last rule that reads them (issue 14: the peak memory
of one very large document).

A document's services are cached on it for the whole lint: on a 50 MB report the claims layer's
folded and skeleton texts (two copies of the text), the masked text with quotations (one more)
and the full-width-digit text (one more) stayed alive through the typography, term and name
rules, which never read them — about 36 MiB each for 18 M characters.

:data:`USERS` names, for each droppable cache, the built-in rules that read it (measured on
corpus/gwr, corpus/full and the seeds; ``tests/test_memory.py`` checks the table against what
the rules of a run actually read).  :class:`Releaser` is called after each document rule of a
run: once the last rule of the run that reads a cache has run, the cache is removed from the
document.  Every cache here is a pure function of the document, so a reader the table missed
(a plugin, a new rule) only recomputes it: the findings are the same, only slower.

Before the first release the runner's facts about the document that read these caches (kind,
pairing key, issuer and year) are computed, so that nothing after the rules rebuilds them.
"""
from __future__ import annotations

from typing import Any, Callable, Dict, FrozenSet, List, Optional, Sequence, Tuple

from ..document import DEFAULT_MASKS

#: the masked text typography reads quotations in (``DEFAULT_MASKS | {"quote"}``)
QUOTE_KEY: FrozenSet[str] = DEFAULT_MASKS | {"quote"}


def _drop_changes(doc: Any) -> bool:
    # the claims layer's caches (folded text, skeleton, change claims); the claims themselves stay:
    # the run's coverage reads them after the rules.  Without built claims, coverage would build them
    # from these caches: keep them.
    # The coverage's shares and changes in words read the change claims: they are read (and cached) before the drop.
    d = doc.__dict__
    if "_lintgov_claims" not in d:
        return False
    if "_lintgov_changes" in d:
        from ..claims import words_figures
        words_figures(doc)
    return d.pop("_lintgov_changes", None) is not None


def _drop_quote_masked(doc: Any) -> bool:
    cache = doc.__dict__.get("_masked_cache")
    return bool(cache) and cache.pop(QUOTE_KEY, None) is not None


def _drop_fullwidth(doc: Any) -> bool:
    # the quantity service reads it once (quantities are cached); the number-usage rules read it
    d = doc.__dict__
    if "quantities" not in d:
        return False
    return d.pop("_fullwidth_digits", None) is not None


def _drop_text_copies(doc: Any) -> bool:
    # after the run's last rule: what the runner still does (coverage, finding views, SARIF line
    # hashes) reads the text, the claims, the sentences and lines, not the masked or simplified
    # copies nor the heading tree.  Without built claims, coverage builds them from the masked text.
    d = doc.__dict__
    dropped = False
    cache = d.get("_masked_cache")
    if cache:
        keep = {} if "_lintgov_claims" in d else {k: v for k, v in cache.items() if k == DEFAULT_MASKS}
        dropped = len(keep) < len(cache)
        d["_masked_cache"] = keep
    try:
        from ..scripts import _WEAK
        dropped = _WEAK.get(doc, {}).pop("t2s", None) is not None or dropped
    except (ImportError, TypeError):  # pragma: no cover - scripts keeps its own cache
        pass
    # (the unmasked text with full-width digits as ASCII, textfold.fullwidth_text: the masks and the table reader read it;
    # the text itself when it holds none)
    dropped = d.pop("_fullwidth_text", None) is not None or dropped
    return d.pop("headings", None) is not None or dropped


#: a document at least this long gives up its simplified (t2s) text between groups of readers
LONG_T2S = 1_000_000


def _drop_long_t2s(doc: Any) -> bool:
    # the simplified text of a long document that has traditional characters (a whole copy of the text, and four
    # bytes a character when one conversion leaves the basic plane: 輋 → 𪨶); built again for the next reader
    # (OpenCC converts ~70 M characters a second).  Shorter documents keep it (their rules would convert again).
    if len(doc.text) < LONG_T2S:
        return False
    try:
        from ..scripts import _WEAK
        cache = _WEAK.get(doc)
    except (ImportError, TypeError):  # pragma: no cover - scripts keeps its own cache
        return False
    if not cache or cache.get("t2s", doc.text) is doc.text:
        return False
    del cache["t2s"]
    return True


#: the masked text typography and the drafting-residue rules read with only URLs, e-mails and code masked
NOMASK_KEY: FrozenSet[str] = frozenset({"url", "email", "code"})


def _drop_masked(key: FrozenSet[str], needs_claims: bool) -> Callable[[Any], bool]:
    def drop(doc: Any) -> bool:
        d = doc.__dict__
        cache = d.get("_masked_cache")
        if not cache or (needs_claims and "_lintgov_claims" not in d):
            return False     # (without built claims, the run's coverage builds them from the plain masked text)
        return cache.pop(key, None) is not None
    return drop


class _Numbered(frozenset):
    """Every rule of the LG0xx–LG9xx families (what reads the plain masked text, directly or
    through the full-width-digit text); the LGA families do not."""

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code[:2] == "LG" and code[2:3].isdigit()


class _Every(frozenset):
    """Every rule reads it: dropped after the run's last rule only."""

    def __contains__(self, code: object) -> bool:
        return True


#: cache name -> (the built-in rules that read it, how to drop it, the gap that drops it early).
#: With a gap ``g``, the cache is also dropped after a reader followed by at least ``g`` rules that
#: do not read it (it is built again for the next reader: cheap for a translation of the text, and
#: it is then not alive through the rules in between, where the claims layer's memory peaks).
USERS: Dict[str, Tuple[FrozenSet[str], Callable[[Any], bool], Optional[int]]] = {
    "changes": (frozenset({"LG101", "LG102", "LG103", "LG104", "LG105", "LG106", "LG107", "LG108", "LG109", "LG110",
                           "LG201", "LG202", "LG203", "LG204", "LG205", "LG206", "LG207", "LG208", "LG209", "LG210",
                           "LG211", "LG907"}),
                _drop_changes, None),
    "quote-masked": (frozenset({"LG801"}), _drop_quote_masked, None),
    # (LG101 builds the quantities from it: the first rule of a run that asks for quantities reads it; later
    #  LG1xx rules read the cached quantities, and LG106 translates the masked text itself)
    "fullwidth-digits": (frozenset({"LG101", "LG901", "LG902", "LG903", "LG904", "LG905"}), _drop_fullwidth, 10),
    "plain-masked": (_Numbered(), _drop_masked(DEFAULT_MASKS, True), None),
    # LG802 (LGA31 asks Document.masked_char_in about its few spans instead of building it)
    "nomask-masked": (frozenset({"LG802"}), _drop_masked(NOMASK_KEY, False), 10),
    # the simplified text of a long document: its readers (LG101 builds the heading tree, which reads it) come in
    # groups, and it is not alive in between, where the claims layer's memory peaks, nor through the date rules
    # between LG404 and LG601 (seven rules: with it alive, LG502's digit text was the peak of the 50 MB file)
    "long-t2s": (frozenset({"LG101", "LG401", "LG402", "LG403", "LG404", "LG601", "LG602", "LG603", "LG604", "LG605",
                            "LG701", "LG702", "LG703", "LG704", "LGA01", "LGA02", "LGA03", "LGA11", "LGA12", "LGA21",
                            "LGA31", "LGA41", "LGA42"}), _drop_long_t2s, 6),
    # the masked texts, the simplified (t2s) text and the heading tree, after the last rule
    "text-copies": (_Every(), _drop_text_copies, None),
}


#: caches the runner's facts about a document (kind, pairing key and data, issuer and year) never read: dropped before
#: the facts are computed when both fall after the same rule (the full-width-digit text is read only to build the
#: quantities, which are cached by the time it is dropped)
BEFORE_FACTS: FrozenSet[str] = frozenset({"fullwidth-digits"})


def plan(codes: Sequence[str]) -> Dict[int, List[str]]:
    """Position in ``codes`` (the run's document rules, in order) → caches to drop after that
    rule.  A cache no rule of the run reads is not dropped (the run never builds it, or
    something outside the rules does); one the last rule reads is dropped after it (what the
    runner does after the rules does not read it)."""
    out: Dict[int, List[str]] = {}
    for name, (users, _drop, gap) in USERS.items():
        at = [i for i, c in enumerate(codes) if c in users]
        if not at:
            continue
        drops = [at[-1]]
        if gap is not None:
            drops += [a for a, b in zip(at, at[1:]) if b - a > gap]
        for i in sorted(drops):
            out.setdefault(i, []).append(name)
    return out


class Releaser:
    """``after(doc, index)`` after the rule at ``index`` of the run's document rules.
    ``before_first`` runs once, before the first cache is dropped (the runner's own reads)."""

    def __init__(self, codes: Sequence[str], before_first: Callable[[Any], None]) -> None:
        self.plan = plan(codes)
        self.before_first = before_first
        self.started = False
        self.dropped: List[str] = []

    def facts_first(self, doc: Any) -> None:
        """Compute the runner's facts before the first rule (a very large document): the heading tree they
        build reads the simplified text, which is then dropped again for a long document (see ``long-t2s``),
        so that building them does not add a simplified copy to what the first rules hold (the facts
        were the peak of the 50 MB file, 486 MiB, after LG101)."""
        if self.started:
            return
        self.started = True
        self.before_first(doc)
        if _drop_long_t2s(doc):
            self.dropped.append("long-t2s")

    def after(self, doc: Any, index: int) -> None:
        names = self.plan.get(index)
        if not names:
            return
        if not self.started:
            self.started = True
            # what the facts never read goes first: the facts (the heading tree for the kind) may build a large
            # cache, and the two were alive at once at the peak of a 50 MB document
            self._drop(doc, [n for n in names if n in BEFORE_FACTS])
            self.before_first(doc)
            names = [n for n in names if n not in BEFORE_FACTS]
        self._drop(doc, names)

    def _drop(self, doc: Any, names: Sequence[str]) -> None:
        for name in names:
            if USERS[name][1](doc):
                self.dropped.append(name)
