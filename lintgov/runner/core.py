"""The per-document lint and the cross-report phase, as pure functions of picklable inputs.

Phase 1, :func:`lint_job`: one document — its bytes, its path and the run's settings (a
:class:`RunSpec`) — in, a :class:`DocResult` out: the findings as
:class:`~lintgov.formatters.views.FindingView` records, notifications, the document kind and
encoding, claims coverage counts, and the document's pairing key (issuer, year) for the
cross-report rules.  The document itself is dropped (unless the caller asked to keep it, for
``--fix``, ``annotate`` or the HTML report).  The same function runs in this process, in a
process pool and on Dask workers, and its result is what the cache stores.

Phase 2, :func:`lint_pair_group`: the rules that compare a report with last year's
(``pairwise`` rules: LG206/LG207, LGA41/LGA42) run on the pairs the keys of phase 1 give
(:func:`lintgov.rules.yoy.match_pairs`, the same matching ``pair_documents`` does), a group of
linked pairs at a time: each report of a group is read again (or taken from the cache), so
memory stays bounded by a few documents, whatever the number of files, and documents linted
in different processes or on different machines still pair.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from .. import __version__
from .. import limits as _limits
from ..config import Settings
from ..digest import sha256
from ..engine import (UNSUPPORTED_SUFFIXES, Context, Notification, _dedupe, _genuine_interrupt, _InterruptWatch,
                      _run_rule, instantiate_rules, lint_documents, read_document, unreadable_finding)
from ..readers import ReadError, read_file, reader_for


@dataclass
class RunSpec:
    """What every worker needs to lint a document, picklable (it travels to pool workers and
    Dask workers once).  ``configs`` maps a configuration key (the file it came from, ``""``
    for none) to its settings and validated per-rule options: each file is linted with the
    configuration nearest to it."""

    configs: Dict[str, Tuple[Settings, Dict[str, Dict[str, Any]]]]
    cwd: str
    no_plugins: bool = False
    #: --issuer, --year, --prior (paths): see ``lintgov check``
    extra: Dict[str, Any] = field(default_factory=dict)
    #: finding hashes of a baseline report (findings in it are not reported)
    baseline: Optional[frozenset] = None
    cache_dir: Optional[str] = None
    #: keep each Document and its Finding objects (``--fix``, ``annotate``, HTML, the language server)
    keep_documents: bool = False
    limits: Any = None
    #: compute SARIF's primaryLocationLineHash of each finding (False: the output does not print it;
    #: results written to the cache always have it, whatever this says)
    line_hashes: bool = True
    #: keep what the pairs phase reads of each report with its record (:mod:`lintgov.runner.pairdata`):
    #: set by the runner when reports of the run may be compared across years
    pair_data: bool = False

    def fingerprint(self) -> str:
        """What, besides a file's bytes, path and configuration, decides its results."""
        h = sha256()
        for part in (__version__, sys.version_info[:2], sorted((self.extra or {}).items(), key=lambda kv: kv[0])
                     if self.extra else None, sorted(self.baseline) if self.baseline else None, repr(self.limits),
                     self.no_plugins, _plugin_versions(self.no_plugins), _source_fingerprint()):
            h.update(repr(part).encode("utf-8", "surrogatepass"))
            h.update(b"\x00")
        return h.hexdigest()

    def config_fingerprint(self, key: str) -> str:
        settings, options = self.configs[key]
        h = sha256()
        fields = {k: v for k, v in vars(settings).items() if k not in ("source", "root", "output_format", "fail_level",
                                                                       "column_unit", "exclude", "extend_exclude",
                                                                       "cache_dir", "respect_gitignore")}
        h.update(repr(sorted(fields.items(), key=lambda kv: kv[0])).encode("utf-8", "surrogatepass"))
        h.update(repr(sorted(options.items())).encode("utf-8", "surrogatepass"))
        # reference files and section profiles the configuration names: a change to them is a change of settings
        files = list(settings.profile_paths) + [p for v in (settings.data or {}).values() for p in v]
        for p in files:
            try:
                st = os.stat(p)
                h.update(f"{p}\x00{st.st_size}\x00{st.st_mtime_ns}".encode("utf-8", "surrogatepass"))
            except (OSError, TypeError, ValueError):
                h.update(repr(p).encode("utf-8", "surrogatepass"))
        return h.hexdigest()


_SOURCE_FP: List[str] = []


def _source_fingerprint() -> str:
    """Sizes and times of lintgov's own modules: a development checkout whose rules changed
    (at the same version number) must not reuse results computed by the old rules."""
    if not _SOURCE_FP:
        import lintgov
        h = sha256()
        roots = [os.path.dirname(lintgov.__file__)]
        try:
            import lintgov.rules as _r
            roots.append(os.path.dirname(_r.__file__))
        except ImportError:  # pragma: no cover
            pass
        for root in roots:
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                for fn in sorted(filenames):
                    if fn.endswith((".py", ".tsv", ".txt", ".toml", ".json")):
                        try:
                            st = os.stat(os.path.join(dirpath, fn))
                        except OSError:
                            continue
                        h.update(f"{dirpath}/{fn}\x00{st.st_size}\x00{st.st_mtime_ns}\x00".encode("utf-8", "surrogatepass"))
        _SOURCE_FP.append(h.hexdigest())
    return _SOURCE_FP[0]


def _plugin_versions(no_plugins: bool) -> List[Tuple[str, str]]:
    """Installed distributions that register lintgov plugins, with their versions."""
    if no_plugins or os.environ.get("LINTGOV_DISABLE_PLUGIN_AUTOLOAD"):
        return []
    try:
        from importlib.metadata import entry_points
        eps = entry_points()
        group = eps.select(group="lintgov") if hasattr(eps, "select") else eps.get("lintgov", [])
        out = []
        for ep in group:
            dist = getattr(ep, "dist", None)
            out.append((ep.name, ep.value, getattr(dist, "name", ""), getattr(dist, "version", "")))
        return sorted(out)
    except Exception:  # pragma: no cover - broken metadata: no cache sharing across versions is safe
        return [("?", "?")]


@dataclass
class Job:
    """One file to lint.  ``data``: its bytes when the caller has them (standard input, or
    bytes shipped to a Dask worker); otherwise the worker reads ``path``."""

    index: int
    path: str                       # absolute, or "-"
    shown: str                      # as reported (relative to the working directory when it can be)
    config: str = ""
    data: Optional[bytes] = None
    walk_error: Optional[ReadError] = None


@dataclass
class DocResult:
    """What linting one file returns to the runner: its paths, configuration, finding views, notes and facts
    (kind, issuer, year, pair key); the document itself only with keep_documents."""
    index: int
    path: str
    shown: str
    config: str
    views: List[Any] = field(default_factory=list)
    read_notes: List[Notification] = field(default_factory=list)   # a reader that crashed
    notes: List[Notification] = field(default_factory=list)        # rules that failed or hit a limit
    warnings: List[str] = field(default_factory=list)
    unreadable: Optional[str] = None                                # the reason, in English
    encoding: Optional[str] = None
    format: str = ""
    meta: Dict[str, Any] = field(default_factory=dict)             # region_basis, for SARIF artifacts
    kind: Optional[Tuple[str, str]] = None
    #: (issuer key, year) for pairing with other years' reports; None when no pairwise rule runs
    pair: Optional[Tuple[Any, ...]] = None   # (issuer, year, series) — see pair_key
    #: claims coverage: (relations checked, inconsistent, starts of relational figures not covered)
    coverage: Optional[Tuple[int, int, Tuple[int, ...]]] = None
    digest: str = ""
    issuer: str = ""
    year: Optional[int] = None
    cached: bool = False
    document: Any = None            # keep_documents only
    findings: Optional[List[Any]] = None
    #: what the pairs phase reads of this report, pickled (:mod:`lintgov.runner.pairdata`; spec.pair_data only)
    pair_data: Optional[bytes] = None


@dataclass
class PairResult:
    """What comparing a report with last year's returns: the pair findings' views, notes and warnings."""
    index: int                      # the index of this year's document
    views: List[Any] = field(default_factory=list)
    notes: List[Notification] = field(default_factory=list)
    #: a report that changed or went away between the two phases (not compared)
    warnings: List[str] = field(default_factory=list)
    coverage: Tuple[int, int, Tuple[int, ...]] = (0, 0, ())
    findings: Optional[List[Any]] = None
    cached: bool = False


# -- per-process state ---------------------------------------------------------------------------

class _State:
    """The registry and rule instances of one process for one spec."""

    def __init__(self, spec: RunSpec, registry: Any = None) -> None:
        if registry is None:
            from ..plugins import build_registry
            registry = build_registry(load_entry_points=False if spec.no_plugins else None)
        self.registry = registry
        self.rules: Dict[str, List[Any]] = {}
        for key, (settings, options) in spec.configs.items():
            self.rules[key] = instantiate_rules(registry, settings, options, notes=[])
        self.cache = None
        if spec.cache_dir:
            from .cache import Cache
            self.cache = Cache(spec.cache_dir)
        self.fp = spec.fingerprint() if spec.cache_dir else ""
        self.cfg_fp = {k: spec.config_fingerprint(k) for k in spec.configs} if spec.cache_dir else {}


_STATES: Dict[int, Tuple[RunSpec, _State]] = {}
#: the registry of the process that started the run (inherited by forked pool workers)
_MAIN_REGISTRY: List[Any] = [None]


def state(spec: RunSpec) -> _State:
    got = _STATES.get(id(spec))
    if got is not None and got[0] is spec:
        return got[1]
    if spec.limits is not None:
        _limits.install(spec.limits)
    st = _State(spec, _MAIN_REGISTRY[0])
    _STATES.clear()  # one run at a time per process
    _STATES[id(spec)] = (spec, st)
    return st


def set_main_registry(registry: Any) -> None:
    _MAIN_REGISTRY[0] = registry
    _STATES.clear()


# -- phase 1: one document -----------------------------------------------------------------------

def _run_settings(settings: Settings, extra: Dict[str, Any]) -> Dict[str, Any]:
    rs = settings.run_settings()
    rs.update({k: v for k, v in (extra or {}).items() if k != "prior_documents"})
    return rs


def _read_bytes(job: Job, registry: Any) -> bytes:
    """The bytes of a job's file; unsupported formats are refused before reading."""
    if job.walk_error is not None:
        raise job.walk_error
    name = job.shown if job.path == "-" else job.path
    if reader_for(name, registry.readers) is None and name.lower().endswith(UNSUPPORTED_SUFFIXES):
        ext = os.path.splitext(name)[1].lower()
        raise ReadError(f"不支持 {ext} 格式，内容未检查（请另存为 .docx 或 .txt）",
                        f"{ext} files are not supported; the content was not checked (save as .docx or .txt)")
    if job.data is not None:
        return job.data
    return read_file(job.path)


def _unread(res: DocResult, registry: Any, e: ReadError) -> DocResult:
    from ..formatters.views import build_views
    res.unreadable = e.en
    f = unreadable_finding(registry, res.shown, e)
    if f is not None:
        res.views = build_views([f])
        if res.findings is not None:
            res.findings = [f]
    return res


def lint_job(job: Job, spec: RunSpec) -> DocResult:
    """Lint one document: a pure function of (bytes, path, settings)."""
    with _InterruptWatch():
        return _lint_job(job, spec)


#: (lintgov.malloc.LARGE: a document this large fixes glibc's mmap threshold before it is read)
_LARGE = 4 << 20


def _lint_job(job: Job, spec: RunSpec) -> DocResult:
    st = state(spec)
    reg = st.registry
    res = DocResult(job.index, job.path, job.shown, job.config, findings=[] if spec.keep_documents else None)
    try:
        data = _read_bytes(job, reg)
    except ReadError as e:
        return _unread(res, reg, e)
    res.digest = sha256(data).hexdigest()
    key = None
    if st.cache is not None and not spec.keep_documents and job.path != "-":
        key = st.cache.key("doc", res.digest, job.shown, st.cfg_fp[job.config], st.fp)
        hit = st.cache.get(key)
        if isinstance(hit, DocResult):
            hit.index, hit.path, hit.cached = job.index, job.path, True
            return hit
    if len(data) >= _LARGE:
        from ..malloc import large_document
        large_document(len(data))
    try:
        doc = read_document(job.path, job.shown, reg, data)
    except ReadError as e:
        res = _unread(res, reg, e)
        if key is not None:
            st.cache.put(key, res)
        return res
    except BaseException as e:  # noqa: B036 - a reader (a plugin's, or a reader bug) that crashed
        if _genuine_interrupt(e):
            raise
        import traceback        # (only when a reader crashed)
        reason = ReadError(f"读取时出错（{type(e).__name__}），内容未检查",
                           f"the reader failed ({type(e).__name__}: {e}); the content was not checked")
        res.read_notes.append(Notification(f"读取 {job.shown} 时出错 / reader crashed on {job.shown}: {type(e).__name__}: {e}",
                                           path=job.shown, exc_type=type(e).__name__, exc_message=str(e),
                                           stack=traceback.format_exc()))
        return _unread(res, reg, reason)
    large = len(data) >= _LARGE
    del data
    _lint_doc(doc, res, spec, st, large=large)
    if key is not None and not res.notes:  # a rule that failed or ran out of time: try again next run
        st.cache.put(key, res)
    return res


def _trimming(after_rule: Any) -> Any:
    from ..malloc import trim

    def after(doc: Any, index: int) -> None:
        after_rule(doc, index)
        trim()
    return after


def _lint_doc(doc: Any, res: DocResult, spec: RunSpec, st: _State, large: bool = False) -> None:
    from ..formatters.views import build_views
    from ..suppress import apply_baseline, apply_inline, directive_warnings
    settings, _options = spec.configs[res.config]
    rules = st.rules[res.config]
    extra = spec.extra or {}
    ctx = Context(lang=settings.lang, settings=_run_settings(settings, extra), registry=st.registry)
    doc_rules = [r for r in rules if r.scope == "document"]
    pairwise = any(r.scope == "corpus" and getattr(r, "pairwise", False) for r in rules)
    facts: Dict[str, Any] = {}

    def doc_facts(d: Any) -> None:
        # what the run records about the document besides findings (pure reads of its services);
        # computed before lifetimes drops the caches they read, else after the rules
        try:
            from ..kind import explain
            facts["kind"] = explain(d)
        except Exception:  # pragma: no cover - a kind heuristic must never sink a run
            facts["kind"] = None
        if pairwise:
            facts["pair"] = pair_key(d, extra)
            if spec.pair_data and facts["pair"] is not None:
                from .pairdata import summary
                facts["pair_data"] = summary(d)
        facts["issuer_year"] = _issuer_year(d, extra)

    after_rule = None
    if not spec.keep_documents:   # (a kept document serves the pairs phase and fixes: it keeps its caches)
        from .lifetimes import Releaser
        releaser = Releaser([r.code for r in doc_rules], doc_facts)
        after_rule = releaser.after
        if large:   # a very large document: its facts first, and the heap's free pages back to the system after each rule
            releaser.facts_first(doc)
            after_rule = _trimming(after_rule)
    found, notes = lint_documents([doc], doc_rules, ctx, settings.per_file_ignores, after_rule=after_rule)
    for f in found:
        override = getattr(f.rule, "level_override", None)
        if override:
            f.level = override
    findings = apply_inline(_dedupe(found))
    res.warnings = directive_warnings(doc, st.registry.rules)
    if spec.baseline:
        findings = apply_baseline(findings, set(spec.baseline))
    findings = _dedupe(findings)
    res.notes = notes
    res.encoding = doc.encoding
    res.format = doc.format
    if doc.meta.get("region_basis"):
        res.meta = {"region_basis": doc.meta.get("region_basis")}
    if not facts:
        doc_facts(doc)
    res.kind = facts["kind"]
    if pairwise:
        res.pair = facts["pair"]
        res.pair_data = facts.get("pair_data")
    res.issuer, res.year = facts["issuer_year"]
    if any(r.category in ("arithmetic", "yoy") for r in rules):
        res.coverage = coverage_of(doc)
    res.views = build_views(findings, res.issuer, res.year, line_hashes=spec.line_hashes or st.cache is not None)
    if spec.keep_documents:
        res.document = doc
        res.findings = findings


def _issuer_year(doc: Any, extra: Dict[str, Any]) -> Tuple[str, Optional[int]]:
    """The issuing body and the report year, as a CSV row shows them."""
    try:
        from ..rules.yoy import doc_year
        year = doc_year(doc, extra.get("year"))
    except Exception:
        year = doc.report_year
    issuer = extra.get("issuer") or ""
    if not issuer:
        try:   # a work report or communiqué names its body in the opening (我代表…人民政府), not a signature
            from ..kind import figures_year, work_report_issuer
            wr = work_report_issuer(doc) if figures_year(doc) else None
        except Exception:  # pragma: no cover - a kind heuristic must never sink a run
            wr = None
        issuer = wr or doc.issuer or ""
    return issuer, year


def pair_key(doc: Any, extra: Dict[str, Any]) -> Optional[Tuple[str, Optional[int], str]]:
    try:
        from ..rules.yoy import doc_issuer, doc_series, doc_year
    except ImportError:  # pragma: no cover
        return None
    # (issuer, year, series): reports pair within one series (gwr, tjgb, fzzf), read here where the text is
    return doc_issuer(doc, extra.get("issuer")), doc_year(doc, extra.get("year")), doc_series(doc)


def coverage_of(doc: Any) -> Tuple[int, int, Tuple[int, ...]]:
    """(relations checked, inconsistent, starts of relational figures no check covered) of one
    document's ledger (:func:`lintgov.claims.doc_coverage`, which :func:`lintgov.claims.coverage` sums)."""
    from ..claims import doc_coverage
    return doc_coverage(doc)


# -- phase 2: pairs of reports -------------------------------------------------------------------

@dataclass
class PairJob:
    """This year's document (``doc``) and last year's (``prior``, a linted file or a --prior report)."""

    doc: Job
    prior: Job
    prior_is_cli: bool
    doc_digest: str = ""
    prior_digest: str = ""
    #: what phase 1 kept of each report for this phase (:mod:`lintgov.runner.pairdata`), when it did
    doc_data: Optional[bytes] = None
    prior_data: Optional[bytes] = None


def lint_pair_group(group: Sequence[PairJob], spec: RunSpec, docs: Optional[Dict[int, Any]] = None) -> List[PairResult]:
    """Run the pairwise rules on each pair of ``group`` (pairs sharing documents, e.g. one body's
    reports of successive years).  Each document is read once and dropped after its last pair;
    ``docs`` (index → Document) supplies documents already in memory (keep_documents runs)."""
    with _InterruptWatch():
        return _lint_pair_group(group, spec, docs)


def _prior_index(pj: PairJob) -> int:
    return -1 - pj.prior.index if pj.prior_is_cli else pj.prior.index


def _lint_pair_group(group: Sequence[PairJob], spec: RunSpec, docs: Optional[Dict[int, Any]]) -> List[PairResult]:
    st = state(spec)
    out: List[PairResult] = []
    remaining: Dict[int, int] = {}
    for pj in group:
        for i in (pj.doc.index, _prior_index(pj)):
            remaining[i] = remaining.get(i, 0) + 1
    live: Dict[int, Any] = {}

    def load(job: Job, idx: int, digest: str, kept: Optional[bytes]) -> Any:
        if docs is not None and idx in docs:
            return docs[idx]
        if idx not in live:
            data = _read_bytes(job, st.registry)
            same = bool(digest) and (job.data is None or kept is not None) and sha256(data).hexdigest() == digest
            # the bytes phase 1 linted, or nothing: a report edited during the run is not compared as it is now
            if digest and job.data is None and not same:
                raise ReadError("运行期间文件被修改", "the file changed while lintgov ran")
            doc = live[idx] = read_document(job.path, job.shown, st.registry, data)
            if kept is not None and same:   # (what phase 1 kept describes these bytes only)
                from .pairdata import restore
                restore(doc, kept)
        return live[idx]

    def release(idx: int) -> None:
        remaining[idx] -= 1
        if remaining[idx] <= 0:
            live.pop(idx, None)

    for pj in group:
        key = None
        if st.cache is not None and not spec.keep_documents and pj.doc_digest and pj.prior_digest:
            key = st.cache.key("pair", pj.doc_digest, pj.prior_digest, pj.doc.shown, pj.prior.shown,
                               str(pj.prior_is_cli), st.cfg_fp[pj.doc.config], st.fp)
            hit = st.cache.get(key)
            if isinstance(hit, PairResult):
                hit.index, hit.cached = pj.doc.index, True
                out.append(hit)
                release(pj.doc.index)
                release(_prior_index(pj))
                continue
        try:
            where = pj.doc
            doc = load(pj.doc, pj.doc.index, pj.doc_digest, pj.doc_data)
            where = pj.prior
            prior = load(pj.prior, _prior_index(pj), "" if pj.prior_is_cli else pj.prior_digest,
                         None if pj.prior_is_cli else pj.prior_data)
        except ReadError as e:  # the file changed or went away since phase 1: nothing to compare
            release(pj.doc.index)
            release(_prior_index(pj))
            out.append(PairResult(pj.doc.index, warnings=[
                f"{where.shown}: {e.zh}，{pj.doc.shown} 未与上年报告 {pj.prior.shown} 比较 / {e.en}: "
                f"{pj.doc.shown} was not compared with last year's report {pj.prior.shown}"]))
            continue
        res = _lint_pair(doc, prior, pj, spec, st)
        if key is not None and not res.notes:
            st.cache.put(key, res)
        out.append(res)
        release(pj.doc.index)
        release(_prior_index(pj))
    return out


def run_corpus_rules(rules: Sequence[Any], docs: Sequence[Any], ctx: Any, settings: Any, spec: RunSpec,
                     only: Any = None) -> Tuple[List[Any], List[Notification]]:
    """Run corpus-scope rules over ``docs`` (a pair, or the whole run) and finish their findings
    as the per-document pass does: per-file ignores, name guard, level overrides, inline
    suppressions, baseline, de-duplication.  With ``only``, keep the findings on that document."""
    from ..config import ignored_for_file
    from ..namespans import guard_findings
    from ..suppress import apply_baseline, apply_inline
    notes: List[Notification] = []
    found: List[Any] = []
    budget = _limits.current().rule_time * max(1, len(docs))
    for rule in rules:
        got = _run_rule(rule, rule.check_corpus, (list(docs), ctx), None, notes, list(docs), budget)
        found.extend(f for f in got if (only is None or f.doc is only)
                     and not ignored_for_file(f.doc.path, type(rule), settings.per_file_ignores))
    guard_findings(found)
    for f in found:
        override = getattr(f.rule, "level_override", None)
        if override:
            f.level = override
    findings = apply_inline(_dedupe(found))
    if spec.baseline:
        findings = apply_baseline(findings, set(spec.baseline))
    return _dedupe(findings), notes


def _lint_pair(doc: Any, prior: Any, pj: PairJob, spec: RunSpec, st: _State) -> PairResult:
    from ..formatters.views import build_views
    settings, _options = spec.configs[pj.doc.config]
    rules = [r for r in st.rules[pj.doc.config] if r.scope == "corpus" and getattr(r, "pairwise", False)]
    extra = spec.extra or {}
    rs = _run_settings(settings, extra)
    if pj.prior_is_cli:
        rs["prior_documents"] = [prior]
        pair_docs = [doc]
    else:
        rs["prior_documents"] = []
        pair_docs = [doc, prior]
    ctx = Context(lang=settings.lang, settings=rs, registry=st.registry, documents=list(pair_docs))
    before = len(_ledger(doc))
    findings, notes = run_corpus_rules(rules, pair_docs, ctx, settings, spec, only=doc)
    issuer, year = _issuer_year(doc, extra)
    res = PairResult(pj.doc.index, build_views(findings, issuer, year, line_hashes=spec.line_hashes or st.cache is not None),
                     notes)
    new = _ledger(doc)[before:]
    seen: Dict[Tuple[int, str, str], bool] = {}
    for c in new:
        k = (c.start, c.family, c.rule)
        seen[k] = seen.get(k, True) and c.consistent
    res.coverage = (len(seen), sum(1 for v in seen.values() if not v), tuple(sorted({c.start for c in new})))
    if spec.keep_documents:
        res.findings = findings
    return res


def _ledger(doc: Any) -> list:
    from ..claims import ledger
    return ledger(doc)


def pair_groups(results: Sequence[Any], jobs: Dict[int, Job], priors: Sequence[Tuple[Job, Tuple[Any, ...], str]],
                spec: RunSpec) -> Tuple[List[List[PairJob]], List[int]]:
    """The pairs to compare, in groups that share documents, from the keys of phase 1.
    ``priors``: (job, (issuer, year), digest) of each ``--prior`` report.  Returns the groups and
    the positions in ``priors`` of the reports paired with nothing."""
    from ..rules.yoy import match_pairs
    by_config: Dict[str, List[DocResult]] = {}
    for r in results:
        if r.pair is not None:
            by_config.setdefault(r.config, []).append(r)
    pairs: List[PairJob] = []
    used_priors = set()
    # a --prior report that is also among the linted files, whatever the spelling of its path
    # (./a.txt, a symbolic link): its source path is the linted file's, so it never pairs with itself
    linted = {}
    if priors:
        linted = {os.path.realpath(r.path): r.path for r in results if r.path != "-"}
    for cfg, rs in by_config.items():
        keys = [(r, r.pair[0], r.pair[1], r.path if r.path != "-" else None) + tuple(r.pair[2:3]) for r in rs]
        pkeys = [(i, iss_yr[0], iss_yr[1], linted.get(os.path.realpath(job.path), job.path) if job.path != "-" else job.path)
                 + tuple(iss_yr[2:3]) for i, (job, iss_yr, _d) in enumerate(priors)]
        for d, p in match_pairs(keys, pkeys):
            if not isinstance(p, int):   # a linted file (its record or its keys), not a --prior report
                pairs.append(PairJob(jobs[d.index], jobs[p.index], False, d.digest, p.digest))
            else:
                used_priors.add(p)
                job, _k, digest = priors[p]
                pairs.append(PairJob(jobs[d.index], job, True, d.digest, digest))
    # groups: pairs linked by a shared document, each group in year order
    parent: Dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for pj in pairs:
        a, b = find(pj.doc.index), find(_prior_index(pj))
        if a != b:
            parent[a] = b
    groups: Dict[int, List[PairJob]] = {}
    for pj in pairs:
        groups.setdefault(find(pj.doc.index), []).append(pj)
    ordered = sorted(groups.values(), key=lambda g: min(p.doc.index for p in g))
    for g in ordered:
        g.sort(key=lambda p: (p.prior.index if not p.prior_is_cli else -1, p.doc.index))
    unpaired = [i for i in range(len(priors)) if i not in used_priors]
    return ordered, unpaired


def split_groups(groups: List[List[PairJob]], workers: int) -> List[List[PairJob]]:
    """Cut long groups so that phase 2 spreads over ``workers`` processes.

    A group holds the pairs that share documents (one body's reports of successive years), so
    that each document is read once.  One issuer with many years (the 72 State Council reports)
    is one group, and with ``-jN`` one worker would compare them all while the others wait.
    Pieces of about total / (4 × workers) pairs keep the cost of a cut small (the piece after
    a cut reads the document at the cut again) and leave enough pieces for the pool to balance.
    Each piece keeps its pairs in order; the pieces are ordered by their first document, as the
    run loop expects.  The pairs and what each yields are the same as uncut."""
    if workers <= 1 or not groups:
        return groups
    total = sum(len(g) for g in groups)
    size = max(2, -(-total // (4 * workers)))
    if all(len(g) <= size for g in groups):
        return groups
    out: List[List[PairJob]] = []
    for g in groups:
        out.extend(g[k:k + size] for k in range(0, len(g), size))
    out.sort(key=lambda g: min(p.doc.index for p in g))
    return out
