"""The run loop: collect the files, lint each (phase 1), compare reports across years
(phase 2), put the records together into a :class:`~lintgov.engine.RunResult`.

Phases 1 and 2 go through an executor — this process (:mod:`.local`), a process pool
(:mod:`.pool`) or a Dask cluster (:mod:`.dask`) — that returns results in job order, so every
executor gives the same output.  Only records come back: the memory of a run grows with its
findings, not with its files (unless ``keep_documents``).
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from ..digest import sha256
from ..engine import (UNSUPPORTED_SUFFIXES, Context, Notification, RunResult, _dedupe, _InterruptWatch,
                      display_path, instantiate_rules, is_lock_or_backup)
from ..readers import ReadError
from .core import (DocResult, Job, PairResult, RunSpec, lint_job, lint_pair_group, pair_groups, set_main_registry,
                   split_groups)
from .walk import ConfigFinder, collect


@dataclass
class DocStub:
    """What the reports need of a document that is no longer in memory (SARIF artifacts)."""

    path: str
    encoding: str
    format: str
    meta: Dict[str, Any] = field(default_factory=dict)
    source_path: Optional[str] = None
    text: str = ""


def default_jobs(n_files: int) -> int:
    """``-j`` when not given: the number of CPUs this process may use, with several files."""
    if n_files < 2:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, n_files))


def make_executor(spec: RunSpec, jobs: int, registry: Any) -> Any:
    set_main_registry(registry)
    if jobs > 1:
        from .pool import PoolExecutor
        return PoolExecutor(spec, jobs)
    from .local import LocalExecutor
    return LocalExecutor(spec)


def run_paths(paths: Sequence[str], registry: Any, spec: RunSpec, finder: ConfigFinder, *,
              stdin_filename: Optional[str] = None, stdin: Optional[bytes] = None, force_exclude: bool = False,
              respect_gitignore: bool = True, jobs: Optional[int] = None, progress: bool = False,
              executor: Any = None, prior_documents: Sequence[Any] = ()) -> RunResult:
    """Lint ``paths`` (files, folders, ``-``) with the configurations ``finder`` gives; see the module.
    The whole run as one :class:`RunResult` (its records in memory); the command line streams
    the records of a :class:`RunStream` to the report instead."""
    with _InterruptWatch():
        rs = RunStream(paths, registry, spec, finder, stdin_filename=stdin_filename, stdin=stdin,
                       force_exclude=force_exclude, respect_gitignore=respect_gitignore, jobs=jobs,
                       progress=progress, executor=executor, prior_documents=prior_documents)
        results: List[DocResult] = []
        pair_results: List[PairResult] = []
        for res, prs in rs:
            results.append(res)
            pair_results.extend(prs)
        results.sort(key=lambda r: rs.walk_position[r.index])   # documents in the order of the walk, as given
        return assemble(results, pair_results, rs.notes, rs.rules, registry, spec, rs.whole_corpus, finder,
                        rs.files, rs.unpaired_priors)


@dataclass
class _PairKey:
    """What pairing needs of a linted file once its results are spooled."""

    index: int
    path: str
    config: str
    pair: Optional[Tuple[Any, ...]]   # (issuer, year, series)
    digest: str


class RunStream:
    """A run in progress.  Iterating gives ``(DocResult, [PairResult, ...])`` for each file in
    report order (by the path as shown, the order of the findings in every report), with the
    results of the comparisons across years in which the file is this year's report.

    With no cross-report rule the records come as each file is linted (the pool hands them back
    in order).  Otherwise a file's pairs are known only once every file has been linted (a
    later file may be last year's report of an earlier one): the records of phase 1 are spooled
    to a temporary file (:class:`~lintgov.runner.spool.Spool`) with only the pairing keys kept in
    memory, then read back in order as the pair groups complete.  Either way the memory of a run
    does not grow with its files: each record is dropped once the caller has used it.

    After the iteration: ``cross_notes`` (failures of cross-report rules),
    ``unpaired_priors`` (``--prior`` reports paired with nothing), ``cache_hits`` and
    ``cache_lookups``."""

    def __init__(self, paths: Sequence[str], registry: Any, spec: RunSpec, finder: ConfigFinder, *,
                 stdin_filename: Optional[str] = None, stdin: Optional[bytes] = None, force_exclude: bool = False,
                 respect_gitignore: bool = True, jobs: Optional[int] = None, progress: bool = False,
                 executor: Any = None, prior_documents: Sequence[Any] = ()) -> None:
        self.registry, self.spec, self.finder = registry, spec, finder
        self.progress = progress
        self.prior_documents = list(prior_documents)
        cwd = spec.cwd
        walk_errors: Dict[str, ReadError] = {}
        abs_paths = [p if p == "-" or os.path.isabs(p) else os.path.join(cwd, p) for p in paths]
        suffixes = tuple(s for r in registry.readers for s in r.suffixes) + UNSUPPORTED_SUFFIXES
        files = collect(abs_paths, suffixes, cwd=cwd, finder=finder, force_exclude=force_exclude,
                        respect_gitignore=respect_gitignore, errors=walk_errors, is_lock_or_backup=is_lock_or_backup,
                        display_path=display_path)
        spec.configs.update({k: v for k, v in finder.configs.items() if k not in spec.configs})
        #: every path considered, in the order of the walk
        self.files: List[str] = [p for p, _n, _k in files]
        shown = [(stdin_filename or "-") if path == "-" else display_path(path, cwd) for path, _n, _k in files]
        # report order: the findings of every report are sorted by the path as shown, so the files are too
        order = sorted(range(len(files)), key=lambda i: shown[i])
        #: job index → position in the walk
        self.walk_position = order
        self.jobs: List[Job] = []
        for i, k in enumerate(order):
            path, _named, key = files[k]
            data = None
            if path == "-":
                data = stdin if stdin is not None else sys.stdin.buffer.read(_file_cap() + 1)
            # the path normalized (a/./b, a/../b): two spellings of one file are one file when pairing
            self.jobs.append(Job(i, path if path == "-" else os.path.abspath(path), shown[k], key, data, walk_errors.get(path)))

        self.notes = [Notification(e.message, kind="plugin-error", plugin=e.plugin, exc_type=e.exc_type,
                                   exc_message=e.exc_message) for e in registry.errors]
        self.rules: List[Any] = []
        seen_notes = set()
        main_key = finder.key_for_dir(cwd)
        spec.configs.update({k: v for k, v in finder.configs.items() if k not in spec.configs})
        for key in [main_key] + [k for k in spec.configs if k != main_key]:
            settings, options = spec.configs[key]
            inst_notes: List[Notification] = []
            rules = instantiate_rules(registry, settings, options, notes=inst_notes)
            for n in inst_notes:
                if n.message not in seen_notes:
                    seen_notes.add(n.message)
                    self.notes.append(n)
            have = {type(x) for x in self.rules}
            self.rules.extend(r for r in rules if type(r) not in have)
        self.whole_corpus = [r for r in self.rules if r.scope == "corpus" and not getattr(r, "pairwise", False)]
        if self.whole_corpus and not spec.keep_documents:
            spec.keep_documents = True  # a corpus rule that must see every document at once
        if spec.keep_documents:
            jobs = 1
        self.pairwise = any(r.scope == "corpus" and getattr(r, "pairwise", False) for r in self.rules)
        # reports may be compared across years: phase 1 keeps what the pairs phase reads of each (records carry no
        # documents; a kept document keeps its caches itself)
        spec.pair_data = self.pairwise and not spec.keep_documents and (len(self.jobs) > 1 or bool(self.prior_documents))
        self.n_jobs = default_jobs(len(self.jobs)) if jobs is None else max(1, jobs)
        self._executor = executor
        self.cross_notes: List[Notification] = []
        self.unpaired_priors: List[Any] = []
        self.cache_hits = 0
        self.cache_lookups = 0
        #: the progress bar while the run goes (None: none drawn)
        self.bar: Any = None

    def __iter__(self) -> Iterator[Tuple[DocResult, List[PairResult]]]:
        spec = self.spec
        executor = self._executor
        own_executor = executor is None
        if executor is None:
            executor = make_executor(spec, self.n_jobs, self.registry)
        bar = None
        if self.progress:
            from .progress import Progress
            bar = Progress(len(self.jobs), True)
        self.bar = bar
        try:
            if (not self.pairwise or len(self.jobs) < 2) and not self.prior_documents:
                # (one file and no --prior: nothing to pair it with, no records to hold for the pairs)
                for res in executor.map(lint_job, self.jobs):
                    self._count(res)
                    if bar is not None:
                        bar.advance(len(res.views))
                    yield res, []
                return
            yield from self._with_pairs(executor, bar)
        finally:
            if bar is not None:
                bar.close()
            if own_executor:
                executor.close()

    def _count(self, res: Any) -> None:
        self.cache_hits += 1 if res.cached else 0
        self.cache_lookups += 1 if self.spec.cache_dir else 0

    def _with_pairs(self, executor: Any, bar: Any) -> Iterator[Tuple[DocResult, List[PairResult]]]:
        spec = self.spec
        jobs_by_index = {j.index: j for j in self.jobs}
        keep = spec.keep_documents
        held: List[DocResult] = []          # keep_documents: the records, documents and all
        # (imported here: the spool imports pickle, which a run of one file, or of files nothing pairs, never uses)
        from .spool import Blobs, Spool
        spool = None if keep else Spool()
        blobs = None if keep else Blobs()      # what phase 1 kept of each report for the pairs phase
        kept: Dict[int, Tuple[int, int]] = {}
        keys: List[Any] = []
        try:
            for res in executor.map(lint_job, self.jobs):
                self._count(res)
                if bar is not None:
                    bar.advance(len(res.views))
                if keep:
                    held.append(res)
                    keys.append(res)
                else:
                    if res.pair_data is not None:
                        kept[res.index] = blobs.put(res.pair_data)
                        res.pair_data = None
                    spool.put(res)
                    keys.append(_PairKey(res.index, res.path, res.config, res.pair, res.digest))
            # --prior reports: keys and digests for pairing
            priors = []
            docs_in_memory: Dict[int, Any] = {}
            if keep:
                docs_in_memory = {r.index: r.document for r in held if r.document is not None}
            for i, p in enumerate(self.prior_documents):
                from ..rules.yoy import doc_series, prior_key
                _d, iss, yr, _src = prior_key(p, (spec.extra or {}).get("issuer"))
                src = p.source_path
                job = Job(i, src or "-", p.path, self.finder.key_for_dir(spec.cwd))
                digest = sha256(f"{p.format}\x00{p.path}\x00{p.text}".encode("utf-8", "surrogatepass")).hexdigest()
                priors.append((job, (iss, yr, doc_series(p)), digest))
                docs_in_memory[-1 - i] = p
            groups, unpaired = pair_groups(keys, jobs_by_index, priors, spec)
            del keys
            self.unpaired_priors = [self.prior_documents[i] for i in unpaired]
            if groups and bar is not None:
                bar.stage("lintgov: pairs", sum(len(g) for g in groups))
            if keep or any(p[0].path == "-" for p in priors):
                got_groups: Iterator[List[PairResult]] = (lint_pair_group(g, spec, docs_in_memory) for g in groups)
            else:
                groups = split_groups(groups, getattr(executor, "jobs", 1))
                got_groups = executor.map(lint_pair_group, (_with_kept(g, kept, blobs) for g in groups))
            starts = [min(p.doc.index for p in g) for g in groups]
            pending: Dict[int, List[PairResult]] = {}
            seen_cross = set()
            gi = 0
            for res in (held if keep else spool):
                # every group holding a pair of this file starts at or before it: complete those
                while gi < len(groups) and starts[gi] <= res.index:
                    got = next(got_groups)
                    for pr in got:
                        pending.setdefault(pr.index, []).append(pr)
                        self.cache_hits += 1 if pr.cached else 0
                        self.cache_lookups += 1 if spec.cache_dir else 0
                        for n in pr.notes:
                            if n.message not in seen_cross:
                                seen_cross.add(n.message)
                                self.cross_notes.append(n)
                    if bar is not None:
                        bar.advance(sum(len(r.views) for r in got), len(groups[gi]))
                    gi += 1
                yield res, pending.pop(res.index, [])
        finally:
            if spool is not None:
                spool.close()
            if blobs is not None:
                blobs.close()

def _with_kept(group: List[Any], kept: Dict[int, Tuple[int, int]], blobs: Any) -> List[Any]:
    """The pairs of ``group`` with what phase 1 kept of their reports (read from ``blobs`` as the group goes out,
    so that only the groups in flight hold it)."""
    if not kept:
        return group
    out = []
    for pj in group:
        d, p = kept.get(pj.doc.index), None if pj.prior_is_cli else kept.get(pj.prior.index)
        if d is not None or p is not None:
            pj = replace(pj, doc_data=blobs.get(d) if d is not None else None,
                                     prior_data=blobs.get(p) if p is not None else None)
        out.append(pj)
    return out


def _file_cap() -> int:
    from .. import limits
    return limits.current().file_size


def assemble(results: Sequence[DocResult], pair_results: Sequence[Any], notes: List[Notification], rules: List[Any],
             registry: Any, spec: RunSpec, whole_corpus: Sequence[Any], finder: ConfigFinder, files: List[str],
             unpaired_priors: Sequence[Any] = ()) -> RunResult:
    """The :class:`RunResult` of a run from its records (in file order)."""
    by_index = {r.index: r for r in results}
    read_notes = [n for r in results for n in r.read_notes]
    rule_notes = [n for r in results for n in r.notes]
    views = [v for r in results for v in r.views]
    findings: List[Any] = [f for r in results for f in (r.findings or [])]
    cov_extra: Dict[int, Tuple[int, int, set]] = {}
    cross_notes: List[Notification] = []
    seen_cross = set()
    for pr in pair_results:
        views.extend(pr.views)
        findings.extend(pr.findings or [])
        for n in pr.notes:
            if n.message not in seen_cross:
                seen_cross.add(n.message)
                cross_notes.append(n)
        c = cov_extra.get(pr.index, (0, 0, set()))
        cov_extra[pr.index] = (c[0] + pr.coverage[0], c[1] + pr.coverage[1], c[2] | set(pr.coverage[2]))
    documents: List[Any] = []
    if spec.keep_documents:
        documents = [r.document for r in results if r.document is not None]
        if whole_corpus:
            found, more = _whole_corpus(documents, whole_corpus, registry, spec, finder)
            findings.extend(found)
            rule_notes.extend(more)
            from ..formatters.views import build_views
            by_doc: Dict[int, List[Any]] = {}
            for f in found:
                by_doc.setdefault(id(f.doc), []).append(f)
            for fs in by_doc.values():
                views.extend(build_views(fs))
    else:
        documents = [DocStub(r.shown, r.encoding or "", r.format, dict(r.meta),
                             os.path.abspath(r.path) if r.path != "-" else None)
                     for r in results if r.unreadable is None]
    views = _dedupe_views(views)
    if spec.keep_documents:
        findings = _dedupe(findings)
    else:
        findings = views
    coverage = None
    if any(r.category in ("arithmetic", "yoy") for r in rules):
        if spec.keep_documents:
            from ..claims import coverage as claims_coverage
            coverage = claims_coverage(documents)
        else:
            checked = inconsistent = not_checkable = 0
            for r in results:
                if r.coverage is None:
                    continue
                extra = cov_extra.get(r.index, (0, 0, set()))
                checked += r.coverage[0] + extra[0]
                inconsistent += r.coverage[1] + extra[1]
                not_checkable += sum(1 for s in r.coverage[2] if s not in extra[2])
            coverage = {"relations_checked": checked, "inconsistent": inconsistent, "not_checkable": not_checkable}
    run = RunResult(documents=documents, findings=findings, notifications=notes + read_notes + rule_notes + cross_notes,
                    rules=rules, registry=registry, files=files,
                    unreadable={r.shown: r.unreadable for r in results if r.unreadable is not None},
                    encodings={r.shown: r.encoding for r in results if r.unreadable is None and r.encoding is not None},
                    warnings=[w for r in results for w in r.warnings] +
                    [w for pr in pair_results for w in getattr(pr, "warnings", ())], coverage=coverage,
                    kinds={r.shown: r.kind for r in results if r.kind is not None})
    run.views = views
    run.file_info = {r.shown: {"read": r.unreadable is None, "reason": r.unreadable, "encoding": r.encoding,
                               "kind": r.kind[0] if r.kind else None, "issuer": r.issuer, "year": r.year}
                     for r in results}
    run.unpaired_priors = list(unpaired_priors)
    run.cache_hits = sum(1 for r in results if r.cached) + sum(1 for p in pair_results if p.cached)
    run.cache_lookups = len(results) + len(pair_results) if spec.cache_dir else 0
    del by_index
    return run


def _dedupe_views(views: Iterable[Any]) -> List[Any]:
    out, seen = [], set()
    for v in sorted(views, key=lambda v: v.sort_key()):
        k = v.sort_key()
        if k not in seen:
            seen.add(k)
            out.append(v)
    return out


def _whole_corpus(docs: List[Any], rules: Sequence[Any], registry: Any, spec: RunSpec,
                  finder: ConfigFinder) -> Tuple[List[Any], List[Notification]]:
    """Corpus rules that see every document at once (third-party ones without ``pairwise``)."""
    from .core import _run_settings, run_corpus_rules
    settings, _ = spec.configs[finder.key_for_dir(spec.cwd)]
    rs = _run_settings(settings, spec.extra or {})
    ctx = Context(lang=settings.lang, settings=rs, registry=registry, documents=list(docs))
    return run_corpus_rules(rules, docs, ctx, settings, spec)


@dataclass
class StreamedRun:
    """What the command line needs of a run whose report was streamed (:func:`stream_report`):
    the run-level facts, never its findings."""

    files: List[str]
    rules: List[Any]
    registry: Any
    notifications: List[Notification] = field(default_factory=list)
    unreadable: Dict[str, str] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    coverage: Optional[Dict[str, int]] = None
    #: findings by level, LG001 left out (for the exit code)
    gate_levels: Dict[str, int] = field(default_factory=dict)
    files_read: int = 0
    unpaired_priors: List[Any] = field(default_factory=list)
    cache_hits: int = 0
    cache_lookups: int = 0
    #: path → codec and path → kind, kept only when asked (``-v`` lists them)
    encodings: Dict[str, str] = field(default_factory=dict)
    kinds: Dict[str, Tuple[str, str]] = field(default_factory=dict)
    documents: List[Any] = field(default_factory=list)
    findings: List[Any] = field(default_factory=list)


def stream_report(rs: RunStream, writer: Any, keep_meta: bool = False) -> StreamedRun:
    """Run ``rs`` and hand each file's findings, kind, artifact and summary row to ``writer`` (a
    :class:`~lintgov.formatters.stream.ReportWriter`) as soon as the file is done, in report
    order; returns the run-level facts.  The caller sets the exit code and ends the writer."""
    from ..formatters.stream import Artifact, file_row
    run = StreamedRun(rs.files, rs.rules, rs.registry)
    read_notes: List[Notification] = []
    rule_notes: List[Notification] = []
    with_coverage = any(r.category in ("arithmetic", "yoy") for r in rs.rules)
    checked = inconsistent = not_checkable = 0
    gate = run.gate_levels
    with _InterruptWatch():
        for res, prs in rs:
            views = _dedupe_views(list(res.views) + [v for pr in prs for v in pr.views])
            if views and rs.bar is not None and _isatty(getattr(writer, "out", None)):
                with rs.bar.pause():   # the report and the bar share the terminal: the bar steps aside
                    writer.findings(views)
            else:
                writer.findings(views)
            for v in views:
                if v.code != "LG001":
                    gate[v.level] = gate.get(v.level, 0) + 1
            read_notes.extend(res.read_notes)
            rule_notes.extend(res.notes)
            run.warnings.extend(res.warnings)
            for pr in prs:
                run.warnings.extend(getattr(pr, "warnings", ()))
            if res.unreadable is None:
                run.files_read += 1
                writer.artifact(Artifact(res.shown, res.encoding or "", res.format, dict(res.meta), res.kind))
                if keep_meta and res.encoding is not None:
                    run.encodings[res.shown] = res.encoding
            else:
                run.unreadable[res.shown] = res.unreadable
            if res.kind is not None:
                writer.kind(res.shown, res.kind)
                if keep_meta:
                    run.kinds[res.shown] = res.kind
            writer.file_row(file_row(res.shown, {"read": res.unreadable is None, "reason": res.unreadable,
                                                 "encoding": res.encoding, "kind": res.kind[0] if res.kind else None,
                                                 "issuer": res.issuer, "year": res.year}, views))
            if with_coverage and res.coverage is not None:
                covered = set()
                checked += res.coverage[0]
                inconsistent += res.coverage[1]
                for pr in prs:
                    checked += pr.coverage[0]
                    inconsistent += pr.coverage[1]
                    covered.update(pr.coverage[2])
                not_checkable += sum(1 for s in res.coverage[2] if s not in covered)
    if with_coverage:
        run.coverage = {"relations_checked": checked, "inconsistent": inconsistent, "not_checkable": not_checkable}
    run.notifications = rs.notes + read_notes + rule_notes + rs.cross_notes
    run.unpaired_priors = rs.unpaired_priors
    run.cache_hits, run.cache_lookups = rs.cache_hits, rs.cache_lookups
    return run


def _isatty(out: Any) -> bool:
    out = getattr(out, "stream", out)   # the command line's capped stream
    try:
        return bool(out.isatty())
    except (AttributeError, ValueError):
        return False
