"""The run loop: collect the files, lint each (phase 1), compare reports across years
(phase 2), put the records together into a :class:`~lintgov.engine.RunResult`.

Phases 1 and 2 go through an executor — this process (:mod:`.local`), a process pool
(:mod:`.pool`) or a Dask cluster (:mod:`.dask`) — that returns results in job order, so every
executor gives the same output.  Only records come back: the memory of a run grows with its
findings, not with its files (unless ``keep_documents``).
"""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from ..engine import (UNSUPPORTED_SUFFIXES, Context, Notification, RunResult, _dedupe, _InterruptWatch,
                      display_path, instantiate_rules, is_lock_or_backup)
from ..readers import ReadError
from .core import DocResult, Job, PairJob, RunSpec, lint_job, lint_pair_group, pair_groups, set_main_registry
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
    """Lint ``paths`` (files, folders, ``-``) with the configurations ``finder`` gives; see the module."""
    with _InterruptWatch():
        return _run_paths(paths, registry, spec, finder, stdin_filename=stdin_filename, stdin=stdin,
                          force_exclude=force_exclude, respect_gitignore=respect_gitignore, jobs=jobs,
                          progress=progress, executor=executor, prior_documents=prior_documents)


def _run_paths(paths, registry, spec, finder, *, stdin_filename, stdin, force_exclude, respect_gitignore, jobs,
               progress, executor, prior_documents) -> RunResult:
    cwd = spec.cwd
    walk_errors: Dict[str, ReadError] = {}
    abs_paths = [p if p == "-" or os.path.isabs(p) else os.path.join(cwd, p) for p in paths]
    suffixes = tuple(s for r in registry.readers for s in r.suffixes) + UNSUPPORTED_SUFFIXES
    files = collect(abs_paths, suffixes, cwd=cwd, finder=finder, force_exclude=force_exclude,
                    respect_gitignore=respect_gitignore, errors=walk_errors, is_lock_or_backup=is_lock_or_backup,
                    display_path=display_path)
    spec.configs.update({k: v for k, v in finder.configs.items() if k not in spec.configs})
    job_list: List[Job] = []
    for i, (path, _named, key) in enumerate(files):
        shown = (stdin_filename or "-") if path == "-" else display_path(path, cwd)
        data = None
        if path == "-":
            data = stdin if stdin is not None else sys.stdin.buffer.read(_file_cap() + 1)
        job_list.append(Job(i, path, shown, key, data, walk_errors.get(path)))
    jobs_by_index = {j.index: j for j in job_list}

    notes = [Notification(e.message, kind="plugin-error", plugin=e.plugin, exc_type=e.exc_type, exc_message=e.exc_message)
             for e in registry.errors]
    all_rules: List[Any] = []
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
                notes.append(n)
        have = {type(x) for x in all_rules}
        all_rules.extend(r for r in rules if type(r) not in have)
    whole_corpus = [r for r in all_rules if r.scope == "corpus" and not getattr(r, "pairwise", False)]
    if whole_corpus and not spec.keep_documents:
        spec.keep_documents = True  # a corpus rule that must see every document at once
        jobs = 1
    if spec.keep_documents:
        jobs = 1
    n_jobs = default_jobs(len(job_list)) if jobs is None else max(1, jobs)
    own_executor = executor is None
    if executor is None:
        executor = make_executor(spec, n_jobs, registry)
    bar = None
    if progress:
        from .progress import Progress
        bar = Progress(len(job_list), True)
    try:
        results: List[DocResult] = []
        for res in executor.map(lint_job, job_list):
            results.append(res)
            if bar is not None:
                bar.advance(len(res.views))
        # --prior reports: keys and digests for pairing
        priors = []
        docs_in_memory: Dict[int, Any] = {}
        if spec.keep_documents:
            docs_in_memory = {r.index: r.document for r in results if r.document is not None}
        for i, p in enumerate(prior_documents):
            from ..rules.yoy import doc_series, prior_key
            _d, iss, yr, _src = prior_key(p, (spec.extra or {}).get("issuer"))
            src = p.source_path
            job = Job(i, src or "-", p.path, finder.key_for_dir(cwd))
            digest = hashlib.sha256(f"{p.format}\x00{p.path}\x00{p.text}".encode("utf-8", "surrogatepass")).hexdigest()
            priors.append((job, (iss, yr, doc_series(p)), digest))
            docs_in_memory[-1 - i] = p
        groups, unpaired = pair_groups(results, jobs_by_index, priors, spec)
        pair_results = []
        if groups:
            if bar is not None:
                bar.stage("lintgov: pairs", sum(len(g) for g in groups))
            if spec.keep_documents or any(p[0].path == "-" for p in priors):
                for g in groups:
                    got = lint_pair_group(g, spec, docs_in_memory)
                    pair_results.extend(got)
                    if bar is not None:
                        bar.advance(sum(len(r.views) for r in got), len(g))
            else:
                for got in executor.map(lint_pair_group, groups):
                    pair_results.extend(got)
                    if bar is not None:
                        bar.advance(sum(len(r.views) for r in got), len(got))
    finally:
        if bar is not None:
            bar.close()
        if own_executor:
            executor.close()
    return assemble(results, pair_results, notes, all_rules, registry, spec, whole_corpus, finder,
                    [p for p, _n, _k in files], [prior_documents[i] for i in unpaired])


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
                    warnings=[w for r in results for w in r.warnings], coverage=coverage,
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
