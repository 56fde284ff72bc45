"""What the output formats need of a finding, computed while its document is at hand.

A :class:`FindingView` holds everything the built-in formats (text, concise, full, json,
sarif, github, csv) print about one finding — its message in both languages, its region in
code points, UTF-16 units and UTF-8 bytes, the flagged text, the SARIF locations with their
snippet and context, the line hash and the finding hash, the related locations — so that
the document itself can be dropped as soon as it is linted.  That is what lets a bulk run
(``lintgov.runner``: a process pool, a Dask cluster, the cache) hold small records instead
of documents, and what makes the output of a run identical however it was run: every
format renders views, and views are built by one function, :func:`build_views`, from the
findings of one document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from .base import region

UNITS = ("codepoint", "utf16", "utf8")


@dataclass
class RuleRef:
    """The parts of a rule a format prints (a view never holds the rule object)."""

    code: str
    name: str
    category: str
    #: the rule's class while in the process that ran it (not pickled: the registry has it)
    cls: Any = field(default=None, compare=False, repr=False)

    def __getstate__(self) -> Dict[str, Any]:
        return {"code": self.code, "name": self.name, "category": self.category, "cls": None}


def _rtuple(r: Dict[str, Any]) -> Tuple[Any, ...]:
    """A SARIF region dict (without snippet) as a tuple: records stay small."""
    return (r["startLine"], r["startColumn"], r["endLine"], r["endColumn"], r.get("charOffset"), r.get("charLength"))


def _rdict(t: Tuple[Any, ...], snippet: Optional[str] = None) -> Dict[str, Any]:
    r: Dict[str, Any] = {"startLine": t[0], "startColumn": t[1], "endLine": t[2], "endColumn": t[3]}
    if t[4] is not None:
        r["charOffset"] = t[4]
        r["charLength"] = t[5]
    if snippet is not None:
        r["snippet"] = {"text": snippet}
    return r


def _jloc(path: str, start: int, end: int, cp: Tuple[int, ...], u16: Tuple[int, ...], text: str,
          page: Optional[Tuple[int, int]]) -> Dict[str, Any]:
    """The JSON format's location (as ``lintgov.formatters.json._loc``)."""
    d = {"path": path, "line": cp[0], "column": cp[1], "end_line": cp[2], "end_column": cp[3],
         "column_utf16": u16[1], "end_column_utf16": u16[3], "offset": start, "length": end - start, "text": text}
    if page is not None:
        d["page"], d["page_line"] = page
    return d


@dataclass
class RelatedView:
    """A related location of a finding, as the output formats print it."""
    path: str
    same: bool                  # in the finding's own document
    start: int
    end: int
    message: Dict[str, str]
    line: int                   # Document.position(start): line and column in code points
    col: int
    text: str
    cp: Tuple[int, int, int, int]
    u16: Tuple[int, int, int, int]
    sreg: Tuple[Any, ...]       # SARIF region (no snippet)
    page: Optional[Tuple[int, int]] = None

    @property
    def clipped(self) -> str:
        from .text import _clip
        return _clip(self.text)

    @property
    def json_loc(self) -> Dict[str, Any]:
        return _jloc(self.path, self.start, self.end, self.cp, self.u16, self.text, self.page)

    @property
    def sarif_loc(self) -> Dict[str, Any]:
        from .sarif import artifact_location
        return {"artifactLocation": artifact_location(self.path), "region": _rdict(self.sreg)}


@dataclass
class FindingView:
    """A finding as the output formats print it, with everything they need from its document."""
    rule: RuleRef
    level: str
    key: str
    messages: Dict[str, str]
    path: str
    start: int
    end: int
    evidence: Dict[str, Any]
    fix: Any                    # lintgov.rule.Fix or None
    related: List[RelatedView]
    has_text: bool
    by_paragraph: bool
    reg: Tuple[Tuple[int, int, int, int], ...]   # regions in code points, UTF-16 units, UTF-8 bytes
    text: str                                    # the flagged text
    pnote: Optional[Tuple[int, str]]     # (paragraph number, quote) for documents located by paragraph
    src: List[str]                       # the full format's source line and caret
    hash: str                            # lintgovFindingHash/v1
    sreg: Tuple[Any, ...]                # SARIF region of the finding (no snippet)
    ctx: Optional[Tuple[Tuple[Any, ...], str]]   # SARIF contextRegion: region, text
    line_hash: Optional[str]             # primaryLocationLineHash
    fix_regions: List[Tuple[Any, ...]] = field(default_factory=list)
    quote: str = ""
    issuer: str = ""
    year: Optional[int] = None
    page: Optional[Tuple[int, int]] = None   # a PDF: (page, line on the page)

    @property
    def code(self) -> str:
        return self.rule.code

    @property
    def regions(self) -> Dict[str, Tuple[int, int, int, int]]:
        return dict(zip(UNITS, self.reg))

    @property
    def json_loc(self) -> Dict[str, Any]:
        return _jloc(self.path, self.start, self.end, self.reg[0], self.reg[1], self.text, self.page)

    @property
    def sarif_loc(self) -> Dict[str, Any]:
        """physicalLocation: artifact, region with the flagged text as snippet, contextRegion."""
        from .sarif import MAX_SNIPPET, artifact_location
        snip = self.text if self.has_text and self.end - self.start <= MAX_SNIPPET else None
        phys: Dict[str, Any] = {"artifactLocation": artifact_location(self.path), "region": _rdict(self.sreg, snip)}
        if self.ctx is not None:
            phys["contextRegion"] = _rdict(self.ctx[0], self.ctx[1])
        return phys

    def message(self, lang: str = "zh") -> str:
        return self.messages.get(lang) or self.messages.get("zh", "")

    def sort_key(self) -> tuple:
        return (self.path, self.start, self.end, self.rule.code, self.key, self.messages.get("en", ""))


def _source_lines(doc: Any, start: int, end: int) -> List[str]:
    """The full format's source line (a window around the finding) and caret."""
    from .base import one_line
    from .text import _width
    if not doc.text:
        return []
    ln, col = doc.position(start)
    text = doc.line_text(ln)
    el, ecol = doc.position(end)
    stop = ecol - 1 if el == ln else len(text)
    a = max(0, col - 1 - 30)
    b = min(len(text), max(stop, col) + 30, col - 1 + 200)  # a huge span is not printed whole
    stop = min(stop, b)
    shown = one_line(("…" if a else "") + text[a:b] + ("…" if b < len(text) else ""))
    pad = _width(one_line(("…" if a else "") + text[a:col - 1]))
    marks = max(1, _width(one_line(text[col - 1:stop])))
    return [f"    {ln:>5} | {shown}", f"          | {' ' * pad}{'^' * marks}"]


def build_views(findings: Sequence[Any], issuer: str = "", year: Optional[int] = None,
                infos: Optional[Dict[int, Any]] = None, line_hashes: bool = True) -> List[FindingView]:
    """Views of ``findings`` — all the findings of one document in report order (their
    finding hashes count repeats within the document), or of one rule family of it.
    ``line_hashes=False`` leaves ``line_hash`` None (SARIF's ``primaryLocationLineHash`` hashes
    every line of the document; a run whose output does not print it skips that), ``fix_regions``
    empty (the regions of each fix's edits, which only SARIF prints: ~500 edits in a traditional
    seed whose clauses are corrected character by character) and the other SARIF-only fields
    empty too (``sreg`` and ``ctx`` of a finding, ``sreg`` of a related location: SARIF's regions in
    UTF-16 units with their character offsets, and its context snippet)."""
    from ..fingerprints import finding_hashes
    from .text import page_line, paragraph_quote
    infos = {} if infos is None else infos
    sarif = line_hashes
    if sarif:
        from .sarif import _DocInfo

    def info(doc: Any) -> Any:
        i = infos.get(id(doc))
        if i is None or i.doc is not doc:
            i = infos[id(doc)] = _DocInfo(doc)
        return i

    hashes = finding_hashes(findings) if findings else []
    out: List[FindingView] = []
    for f, h in zip(findings, hashes):
        doc = f.doc
        has_text = bool(doc.text)
        by_par = doc.meta.get("region_basis") == "paragraph"
        reg = tuple(region(doc, f.start, f.end, u) for u in UNITS)
        sreg: Tuple[Any, ...] = ()
        ctx = None
        if sarif:
            di = info(doc)
            sreg = _rtuple(di.region(f.start, f.end, False))
            if has_text:
                c = di.context(f.start, f.end)
                ctx = (_rtuple(c), c["snippet"]["text"])
        related = []
        for r in f.related:
            rdoc = r.doc or doc
            rl, rc = rdoc.position(r.start)
            related.append(RelatedView(
                path=rdoc.path, same=rdoc is doc, start=r.start, end=r.end, message=dict(r.message), line=rl, col=rc,
                text=rdoc.text[r.start:r.end], cp=region(rdoc, r.start, r.end, "codepoint"),
                u16=region(rdoc, r.start, r.end, "utf16"),
                sreg=_rtuple(info(rdoc).region(r.start, r.end, False)) if sarif else (),
                page=page_line(rdoc, r.start)))
        fix_regions = []
        if f.fix is not None and f.fix.edits and has_text and not by_par and sarif:
            fix_regions = [_rtuple(di.region(e.start, e.end, snippet=False)) for e in f.fix.edits]
        pnote = None
        if has_text and by_par:
            pnote = (doc.line_index(f.start) + 1, paragraph_quote(doc, f.start, f.end))
        out.append(FindingView(
            rule=RuleRef(f.rule.code, f.rule.name, f.rule.category, type(f.rule)), level=f.level, key=f.key,
            messages={"zh": f.message("zh"), "en": f.message("en")}, path=doc.path, start=f.start, end=f.end,
            evidence=f.evidence, fix=f.fix, related=related, has_text=has_text, by_paragraph=by_par,
            reg=reg, text=doc.text[f.start:f.end], pnote=pnote, src=_source_lines(doc, f.start, f.end), hash=h,
            sreg=sreg, ctx=ctx, line_hash=di.line_hash(sreg[0]) if has_text and sarif else None,
            fix_regions=fix_regions, quote=pnote[1] if pnote else "", issuer=issuer, year=year,
            page=page_line(doc, f.start)))
    return out


def views_of(run: Any) -> List[FindingView]:
    """The views of a run's findings: ``run.views`` when the runner made them, else built
    here from ``run.findings`` (a run made by other code, e.g. a test or a plugin)."""
    v = getattr(run, "views", None)
    if v is not None:
        return v
    if run.findings and isinstance(run.findings[0], FindingView):
        return list(run.findings)
    by_doc: Dict[int, List[Any]] = {}
    for f in run.findings:
        by_doc.setdefault(id(f.doc), []).append(f)
    infos: Dict[int, Any] = {}
    views = {id(f): v for fs in by_doc.values() for f, v in zip(fs, build_views(fs, infos=infos))}
    return [views[id(f)] for f in run.findings]


def group_by_path(views: Iterable[FindingView]) -> Dict[str, List[FindingView]]:
    out: Dict[str, List[FindingView]] = {}
    for v in views:
        out.setdefault(v.path, []).append(v)
    return out
