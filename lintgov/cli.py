"""Command line: ``lintgov check``, ``lintgov rules``, ``lintgov rule CODE``.

Exit codes: 0 no finding at or above the fail level; 1 findings;
2 usage, configuration, plugin or internal error, or a limit that stopped a rule;
3 a file could not be read (``LG001``: always reported, whatever the selection).
``--exit-zero`` turns 1 into 0 and never hides 2 or 3.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Any, List, Optional, Sequence

from . import __version__
from . import recache as _recache

_recache.install()  # before the imports below compile their patterns

from .config import COLUMN_UNITS, FAIL_LEVELS, LANGS, SCRIPT_TARGETS, ConfigError, level_at_least, \
    resolve_settings, validate_settings

COMMANDS = ("check", "rules", "rule", "claims", "annotate", "server", "clean")


def _csv(values: Optional[List[str]]) -> Optional[List[str]]:
    if values is None:
        return None
    out: List[str] = []
    for v in values:
        out += [x.strip() for x in v.split(",") if x.strip()]
    return out


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``, read the same way (``COLUMNS``, then the terminal of
    standard output, then 80) without importing shutil."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
        columns = columns or 80
    return columns


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter with the width argparse would take, found without ``import shutil``:
    argparse makes a formatter for every ``add_argument`` (to check its arguments), and its first
    one imported shutil (with bz2, lzma and fnmatch) at every start of lintgov."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: Optional[int] = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


class _ArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose formatter is :class:`_HelpFormatter` (its subcommands' parsers too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


#: ``lintgov check`` options that make no sense for ``annotate`` (it writes Word files, not a report).  Its parser is
#: built here: lintgov.annotate, with its Word-file machinery, is imported only when the command runs.
_ANNOTATE_NOT = {"help", "paths", "output", "output_format", "statistics", "fix", "diff", "baseline", "stdin_filename"}


def _add_annotate_parser(sub, check) -> None:
    """``lintgov annotate``: the selection, configuration and language options of
    ``lintgov check`` (shared with it), the files, and ``-o``."""
    a = sub.add_parser(
        "annotate", help="把问题写成 Word 批注 / write the findings into a copy of a .docx as Word comments",
        description="Write a reviewed copy of each Word file (.docx, .docm, .dotx) with every finding as a Word "
                    "comment on the characters it concerns: draft.docx -> draft.lintgov.docx (the original is never "
                    "changed). Other files named are checked and reported as by `lintgov check`.")
    a.add_argument("paths", nargs="+", metavar="PATH", help="Word files or directories")
    a.add_argument("-o", "--output", dest="output", metavar="FILE",
                   help="the reviewed copy (one input file only; default: NAME.lintgov.docx next to NAME.docx)")
    for act in check._actions:
        if act.dest not in _ANNOTATE_NOT:
            a._add_action(act)
    a.set_defaults(**{act.dest: act.default for act in check._actions if act.dest not in _ANNOTATE_NOT},
                   **{d: None for d in ("output_format", "baseline", "stdin_filename")},
                   **{d: False for d in ("statistics", "fix", "diff")})


def build_parser() -> argparse.ArgumentParser:
    p = _ArgumentParser(
        prog="lintgov",
        description="lintgov — 法治政府建设年度报告等中文公文的检查工具 / a linter for Chinese official reports",
        epilog="exit codes: 0 clean, 1 findings, 2 usage/config/plugin/internal error, 3 a file could not be read")
    p.add_argument("--version", action="version", version=f"lintgov {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="检查文件 / lint files (default command)",
                       description="Lint reports: .txt, .md, .docx, .html (UTF-8, GB18030/GBK, Big5); directories recurse; "
                                   "- reads stdin.")
    c.add_argument("paths", nargs="*", metavar="PATH", help="files or directories (default: .)")
    c.add_argument("--output-format", "--format", dest="output_format", metavar="FORMAT",
                   help="text (default), concise, full, json, sarif, github, or a plugin's format")
    c.add_argument("-o", "--output", "--output-file", dest="output", metavar="FILE", help="write the report to FILE")
    c.add_argument("--select", action="append", metavar="SEL",
                   help="rules to run: codes (LG101), prefixes (LG1), names, categories (arithmetic) or ALL; comma-separated")
    c.add_argument("--extend-select", action="append", metavar="SEL", help="rules to add to the selection")
    c.add_argument("--ignore", action="append", metavar="SEL", help="rules to skip (same forms as --select)")
    c.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings (never hides exit 2)")
    c.add_argument("--fail-level", choices=FAIL_LEVELS, help="lowest level that makes the exit code 1 (default: warning)")
    c.add_argument("--lang", choices=LANGS, help="message language: zh (default) or en")
    c.add_argument("--column-unit", choices=COLUMN_UNITS,
                   help="columns in text output: utf16 (default, VS Code), codepoint, utf8 (Vim/Neovim)")
    c.add_argument("--config", metavar="FILE", help="configuration file (pyproject.toml or lintgov.toml)")
    c.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    c.add_argument("--stdin-filename", metavar="NAME", help="the name to report for - (stdin); its suffix picks the reader")
    c.add_argument("--force-exclude", action="store_true", help="apply exclude patterns to files named on the command line too")
    c.add_argument("--statistics", action="store_true", help="print the count of findings per rule instead of the findings")
    c.add_argument("--profile", metavar="NAME", help="section profile to check against (default: by document kind)")
    c.add_argument("--script-target", choices=SCRIPT_TARGETS, help="expected script (default: auto, the dominant one)")
    c.add_argument("--prior", action="append", metavar="FILE",
                   help="last year's report of the same body, for year-over-year checks (repeatable)")
    c.add_argument("--issuer", metavar="NAME", help="issuing body of the report(s), when the text does not say")
    c.add_argument("--year", type=int, metavar="YEAR", help="report year of the report(s), when the text does not say")
    c.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    c.add_argument("-v", "--verbose", action="store_true", help="also print encodings, plugins and timings to stderr")
    c.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins (entry points)")
    c.add_argument("--fix", action="store_true",
                   help="apply safe fixes to .txt/.md files in place (same encoding, BOM and line endings), "
                        "then report what remains; .docx/.html are never modified")
    c.add_argument("--diff", action="store_true",
                   help="print the safe fixes as a unified diff instead of writing them (exit 1 if there are any)")
    c.add_argument("--unsafe-fixes", action="store_true",
                   help="with --fix/--diff, also apply fixes that may change meaning (never those touching a name)")
    c.add_argument("--show-fixes", action="store_true",
                   help="list each fix --fix would apply (or applied), and the fixes held back")
    c.add_argument("--baseline", metavar="FILE",
                   help="an earlier --output-format sarif or json report: report only findings not in it")
    c.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="worker processes (default: one per CPU when there are several files; -j1: this process only)")
    c.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache")
    c.add_argument("--cache-dir", metavar="DIR",
                   help="the results cache (default: .lintgov_cache beside the configuration, or in the working directory)")
    c.add_argument("--exclude", action="append", metavar="PATTERN",
                   help="paths to leave out of directory walks (replaces `exclude`; comma-separated or repeated)")
    c.add_argument("--extend-exclude", action="append", metavar="PATTERN",
                   help="paths to leave out in addition to `exclude`")
    c.add_argument("--no-respect-gitignore", action="store_true",
                   help="walk folders without honouring .gitignore files")
    c.add_argument("--show-settings", metavar="FILE",
                   help="print the configuration FILE gets (the file it comes from and every setting) and exit")
    c.add_argument("--dask-scheduler", metavar="ADDRESS",
                   help="lint on a Dask cluster (tcp://host:8786; needs lintgov[dask]); output as a local run")

    r = sub.add_parser("rules", help="列出规则 / list the rules")
    r.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    r.add_argument("--fixable", action="store_true", help="only the rules that offer fixes")
    r.add_argument("--lang", choices=LANGS, default="zh")
    r.add_argument("--no-plugins", action="store_true")

    e = sub.add_parser("rule", help="解释一条规则 / explain one rule")
    e.add_argument("code", metavar="CODE", help="rule code or name, e.g. LG101")
    e.add_argument("--lang", choices=LANGS, default="zh")
    e.add_argument("--format", choices=("text", "markdown"), default="text")
    e.add_argument("--no-plugins", action="store_true")

    k = sub.add_parser("claims", help="列出每个数字的读法与核验结果 / list every figure with its reading and verdict",
                       description="Every figure with its reading (role, metric, time, basis) and verdict: consistent, "
                                   "inconsistent, operand, not checkable (and why), or level.")
    k.add_argument("paths", nargs="+", metavar="PATH", help="files or directories")
    k.add_argument("--format", choices=("text", "json"), default="text")
    k.add_argument("--lang", choices=LANGS, default="zh")
    k.add_argument("--prior", action="append", metavar="FILE", help="last year's report of the same body")
    k.add_argument("--no-plugins", action="store_true")
    _add_annotate_parser(sub, c)   # `lintgov annotate`: check's options, findings written as Word comments

    cl = sub.add_parser("clean", help="删除结果缓存 / remove the results caches (.lintgov_cache) here and below",
                        description="删除 PATH（默认当前目录）及其子目录中的 .lintgov_cache，以及配置中 cache-dir 指定的缓存 / "
                                    "remove every .lintgov_cache folder in PATH (default: here) and below, and the cache-dir "
                                    "the configuration names (as `ruff clean` does)")
    cl.add_argument("paths", nargs="*", metavar="PATH")
    cl.add_argument("--config", metavar="FILE", help="the configuration whose cache-dir to remove too")
    cl.add_argument("-q", "--quiet", action="store_true", help="print nothing")
    s = sub.add_parser("server", help="语言服务器（编辑器实时检查）/ language server over stdio (needs lintgov[lsp])")
    s.add_argument("--stdio", action="store_true", help="accepted for LSP clients that pass it (stdio is the only transport)")
    s.add_argument("--no-plugins", action="store_true", help="do not load third-party plugins (entry points)")
    return p


def _err(msg: str) -> None:
    sys.stderr.write(f"lintgov: {msg}\n")


def _registry(no_plugins: bool):
    from .plugins import build_registry
    reg = build_registry(load_entry_points=False if no_plugins else None)
    if _gc_policy:
        # the rule modules, their classes, functions and compiled patterns live as long as the process:
        # frozen like the command line's own imports (see :func:`run`), so that the first collection of
        # the youngest generation does not walk the ~50,000 objects their imports made (a one-file check
        # then makes no collection at all)
        import gc
        gc.freeze()
    return reg


def cmd_rules(args) -> int:
    reg = _registry(args.no_plugins)
    if args.format == "json":
        data = [{"code": r.code, "name": r.name, "category": r.category, "level": r.level,
                 "default_enabled": r.default_enabled,
                 "summary": dict(r.summary), "fixable": r.fixable, "plugin": getattr(r, "plugin", "")}
                for r in reg.rules if r.fixable or not args.fixable]
        import json
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "markdown":
        from .docs import rules_table_markdown
        sys.stdout.write(rules_table_markdown(reg.rules, args.lang) + "\n")
    else:
        for r in reg.rules:
            if args.fixable and not r.fixable:
                continue
            off = ("（默认关闭）" if args.lang == "zh" else " (off by default)") if not r.default_enabled else ""
            fix = "[*]" if r.fixable else "   "
            sys.stdout.write(f"{r.code:<7} {fix} {r.name:<32} {r.category:<13} {r.level:<8} {r.text(r.summary, args.lang)}{off}\n")
        note = ("[*] 可自动修复（--fix；含义可能改变的修复需 --unsafe-fixes，可能涉及人名地名的从不自动修改）"
                if args.lang == "zh" else
                "[*] offers fixes (--fix applies the safe ones; --unsafe-fixes the rest; a fix touching a name never)")
        sys.stdout.write(note + "\n")
    for e in reg.errors:
        _err(e.message)
    return 2 if reg.errors else 0


def cmd_rule(args) -> int:
    from .docs import rule_help_markdown, rule_help_text
    reg = _registry(args.no_plugins)
    rule = reg.rule(args.code)
    if rule is None:
        _err(f"没有这条规则 / no rule {args.code!r} (see `lintgov rules`)")
        return 2
    text = rule_help_markdown(rule, args.lang) if args.format == "markdown" else rule_help_text(rule, args.lang)
    sys.stdout.write(text + "\n")
    return 0


def cmd_claims(args) -> int:
    from .claims.report import render
    from .config import Settings
    from .engine import lint_paths, read_document
    from .readers import ReadError
    reg = _registry(args.no_plugins)
    settings = Settings()
    settings.select = ["arithmetic", "yoy"]
    extra: dict = {}
    if args.prior:
        try:
            extra["prior_documents"] = [read_document(p, p, reg) for p in args.prior]
        except ReadError as e:
            _err(f"无法读取上年报告 / cannot read prior report: {e.en}")
            return 2
    run = lint_paths(args.paths, reg, settings, {}, extra_settings=extra)
    sys.stdout.write(render(run.documents, args.format, args.lang))
    for path, reason in run.unreadable.items():
        _err(f"{path}: 无法读取 / cannot read: {reason}")
    return 2 if run.unreadable or run.notifications else 0


def cmd_server(args) -> int:
    try:
        import pygls  # noqa: F401  (the optional extra)
    except ImportError:
        _err("语言服务器需要 pygls / the language server needs pygls: pip install 'lintgov[lsp]'")
        return 2
    from .server import serve
    return serve(no_plugins=args.no_plugins)


#: formats rendered from records (a run keeps no documents); others (html, plugins' formats) get documents
RECORD_FORMATS = ("text", "concise", "full", "json", "sarif", "github", "csv", "csv-excel")
#: built-in formats that never print SARIF's primaryLocationLineHash (the runner skips computing it)
NO_LINE_HASH_FORMATS = ("text", "concise", "full", "json", "github", "csv", "csv-excel")


def _overrides(args):
    """The command line's settings, applied on top of every configuration file."""
    def adjust(settings) -> None:
        if args.select is not None:
            settings.select = _csv(args.select)
        if args.extend_select is not None:
            settings.extend_select = list(settings.extend_select) + (_csv(args.extend_select) or [])
        if args.ignore is not None:
            settings.ignore = list(settings.ignore) + (_csv(args.ignore) or [])
        for attr in ("lang", "fail_level", "column_unit", "output_format", "profile", "script_target"):
            if getattr(args, attr) is not None:
                setattr(settings, attr, getattr(args, attr))
        if getattr(args, "exclude", None):
            settings.exclude = _csv(args.exclude) or []
        if getattr(args, "extend_exclude", None):
            settings.extend_exclude = list(settings.extend_exclude) + (_csv(args.extend_exclude) or [])
        if getattr(args, "no_respect_gitignore", False):
            settings.respect_gitignore = False
        if args.command == "annotate":  # reviewed copies (*.lintgov.docx) are not linted again
            from .annotate import OWN_OUTPUTS
            settings.extend_exclude = list(settings.extend_exclude) + OWN_OUTPUTS
    return adjust


def _show_settings(finder, path: str) -> int:
    from dataclasses import asdict, fields
    key = finder.key_for_file(path) if not os.path.isdir(path) else finder.key_for_dir(path)
    settings, options = finder.configs[key]
    out = {"file": path, "configuration": settings.source or None}
    for f in fields(settings):
        if f.name in ("source", "limits"):
            continue
        out[f.name.replace("_", "-")] = getattr(settings, f.name)
    out["rules"] = options
    from . import limits as _lim
    lim = settings.limits or _lim.DEFAULT
    out["limits"] = asdict(lim) if hasattr(lim, "__dataclass_fields__") else repr(lim)
    import json
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2, default=str) + "\n")
    return 0


def cmd_clean(args) -> int:
    """`lintgov clean`: remove the results caches — every ``.lintgov_cache`` folder under the paths
    (hidden, virtual-environment and VCS folders are not walked) and the configured ``cache-dir``."""
    import shutil
    from .runner.walk import SKIP_DIRS
    cwd = os.getcwd()
    found = []
    for root in args.paths or ["."]:
        if not os.path.isdir(root):
            _err(f"{root}: 不是目录 / not a directory")
            return 2
        for dirpath, dirnames, _files in os.walk(root):
            if ".lintgov_cache" in dirnames:
                found.append(os.path.join(dirpath, ".lintgov_cache"))
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]
    try:
        settings, _cfg = resolve_settings(args.config, False, cwd)
        if settings.cache_dir and os.path.isdir(settings.cache_dir):
            found.append(settings.cache_dir)
    except ConfigError as e:
        _err(f"配置错误 / configuration error: {e}")
        return 2
    code = 0
    for d in dict.fromkeys(os.path.abspath(f) for f in found):
        if not os.path.isdir(os.path.join(d, "")) or os.path.islink(d):
            continue
        try:
            shutil.rmtree(d)
        except OSError as e:
            _err(f"{d}: 无法删除 / cannot remove: {e.strerror or e}")
            code = 2
            continue
        if not args.quiet:
            print(f"已删除 / removed {os.path.relpath(d, cwd)}")
    return code


def cmd_check(args) -> int:
    import time
    from .formatters.base import FormatOptions
    from .runner.api import make_spec, settings_finder
    from .runner.run import run_paths

    t0 = time.perf_counter()
    cwd = os.getcwd()
    try:
        settings, cfg_path = resolve_settings(args.config, args.isolated, cwd)
    except ConfigError as e:
        _err(f"配置错误 / configuration error: {e}")
        return 2
    from . import limits
    limits.install(settings.limits or limits.DEFAULT)
    reg = _registry(args.no_plugins)
    finder = settings_finder(reg, cwd, args.config, args.isolated, _overrides(args))
    try:
        if args.show_settings:
            return _show_settings(finder, args.show_settings)
        settings, options = finder.configs[finder.key_for_dir(cwd)]
        baseline = None
        if args.baseline:
            from .suppress import load_baseline
            try:
                baseline = load_baseline(args.baseline)
            except (OSError, ValueError) as e:
                raise ConfigError(f"{args.baseline}: 无法读取基线 / cannot read baseline: {e}") from None
    except ConfigError as e:
        _err(f"配置错误 / configuration error: {e}")
        return 2
    fmt_name = settings.output_format or "text"
    formatter = reg.formatters.get(fmt_name)
    if formatter is None:
        _err(f"未知的输出格式 / unknown output format {fmt_name!r} (available: {', '.join(sorted(reg.formatters))})")
        return 2
    if args.jobs is not None and args.jobs < 1:
        _err("-j/--jobs 应为正整数 / -j/--jobs must be a positive number")
        return 2
    paths = args.paths or ["."]
    if "-" in paths and not args.stdin_filename and args.verbose:
        _err("从标准输入读取 / reading standard input")
    extra = {"prior_paths": [os.path.abspath(p) for p in (args.prior or [])], "issuer": args.issuer, "year": args.year}
    priors = []
    if args.prior:
        from .engine import read_document
        from .readers import ReadError
        for p in args.prior:
            try:
                priors.append(read_document(p, os.path.relpath(p, cwd), reg))
            except ReadError as e:
                _err(f"{p}: 无法读取上年报告 / cannot read prior report: {e.en}")
                return 2
    keep = bool(args.fix or args.diff or args.show_fixes or args.command == "annotate"
                or (fmt_name not in RECORD_FORMATS and not args.statistics))
    cache_dir = None
    if not args.no_cache and not os.environ.get("LINTGOV_NO_CACHE"):
        cache_dir = args.cache_dir or settings.cache_dir or \
            os.path.join(settings.root if settings.source else cwd, ".lintgov_cache")
    executor = None
    if args.dask_scheduler:
        if keep:
            _err("--dask-scheduler 不能与 --fix/--diff/--show-fixes/annotate/html 同用 / --dask-scheduler cannot be "
                 "combined with --fix, --diff, --show-fixes, annotate or this output format")
            return 2
        try:
            from .runner.dask import connect
            executor = connect(args.dask_scheduler)
        except ImportError:
            _err("--dask-scheduler 需要 dask / needs Dask: pip install 'lintgov[dask]'")
            return 2
        except (OSError, TimeoutError) as e:
            _err(f"无法连接 Dask 调度器 / cannot reach the Dask scheduler {args.dask_scheduler}: {e}")
            return 2
        cache_dir = None  # workers may not share this machine's disk
    _UNSAFE[0] = bool(args.unsafe_fixes)
    stdin_data = sys.stdin.buffer.read(limits.current().file_size + 1) if args.fix and "-" in paths else None  # read once, lint twice

    def lint(data=None):
        spec = make_spec(finder, cwd, extra=extra, baseline=baseline, cache_dir=cache_dir, no_plugins=args.no_plugins,
                         keep_documents=keep, limits=limits.current(), line_hashes=fmt_name not in NO_LINE_HASH_FORMATS)
        if executor is not None:
            executor.bind(spec)
        return run_paths(paths, reg, spec, finder, stdin_filename=args.stdin_filename, stdin=data,
                         force_exclude=args.force_exclude, respect_gitignore=settings.respect_gitignore,
                         jobs=args.jobs, progress=not args.quiet, executor=executor, prior_documents=priors)

    if not keep and (args.statistics or hasattr(formatter, "writer")) and args.command == "check":
        return _check_streamed(args, reg, formatter, fmt_name, settings, cfg_path, paths, extra, baseline, cache_dir,
                               keep, executor, priors, finder, cwd, t0)
    try:
        run = lint(stdin_data)
    except ConfigError as e:  # a configuration file met in a folder below
        _err(f"配置错误 / configuration error: {e}")
        return 2
    finally:
        if executor is not None:
            executor.close()
    if args.diff:
        return _print_diff(args, run, reg)
    if args.fix:
        for _round in range(10):
            changed, left_out = _write_fixes(args, run, reg)
            if not changed:
                break
            # lint again: what remains is reported (and overlapping fixes get another pass)
            run = lint(stdin_data)
            if not left_out:
                break
    report_stream = sys.stdout
    if args.fix and "-" in paths:
        # standard input cannot be fixed in place: the fixed text goes to standard output (as
        # editors' fix-on-save expects) and the report of what remains to standard error
        fixed = _fixed_stdin(run, reg, stdin_data or b"")
        if fixed != stdin_data:
            run = lint(fixed)
        try:
            sys.stdout.buffer.write(fixed)
            sys.stdout.flush()
        except BrokenPipeError:
            pass
        report_stream = sys.stderr

    code = exit_code(run, settings.fail_level, args.exit_zero)
    opts = FormatOptions(lang=settings.lang, column_unit=settings.column_unit, exit_code=code,
                         verbose=args.verbose, quiet=args.quiet, fail_level=settings.fail_level)
    opts.unsafe_fixes = bool(args.unsafe_fixes)  # text output marks what --fix would apply with [*]
    _run_notes(run, args, reg, cfg_path, t0)
    if args.command == "annotate":
        from .annotate import report
        return report(args, run, opts)
    if args.statistics and fmt_name == "json":
        from .formatters.json import statistics
        from .formatters.views import views_of
        import json
        out = json.dumps(statistics(views_of(run)), ensure_ascii=False, indent=2) + "\n"
    elif args.statistics:
        counts: dict = {}
        levels: dict = {}
        for f in run.findings:
            counts[(f.code, f.rule.name)] = counts.get((f.code, f.rule.name), 0) + 1
            levels.setdefault(f.code, set()).add(f.level)
        rank = {"error": 0, "warning": 1, "note": 2}
        out = "".join(f"{n:>5}  {c:<7} {name} [{', '.join(sorted(levels[c], key=rank.get))}]\n"
                      for (c, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    elif hasattr(formatter, "render_chunks") and not (args.output and hasattr(formatter, "write_dir")):
        out = _Chunks(formatter.render_chunks(run, opts))  # written piece by piece: the report is never whole
    else:
        out = formatter.render(run, opts)
    if args.show_fixes:
        listing = show_fixes(run, reg, settings.lang, bool(args.unsafe_fixes), applied=bool(args.fix))
        if listing:
            sys.stderr.write(listing)
    cap = limits.current().output_size
    cut_note = (f"报告超过限制 output-size（{cap} 字符），已截断 / the report exceeds limit output-size ({cap} characters) "
                f"and was cut")
    if isinstance(out, _Chunks):
        out.cap = cap
    elif len(out) > cap:
        out = out[:cap]
        _err(cut_note)
        code = max(code, 2)
    if args.output and hasattr(formatter, "write_dir") and not args.statistics and (
            os.path.isdir(args.output) or args.output.endswith(("/", os.sep))):  # html: index.html + a page per file
        try:
            formatter.write_dir(run, opts, args.output)
        except OSError as e:
            _err(f"{args.output}: 无法写入 / cannot write: {e.strerror}")
            return 2
        return code
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as fh:
                _write(fh, out)
        except OSError as e:
            _err(f"{args.output}: 无法写入 / cannot write: {e.strerror}")
            return 2
    else:
        try:
            _write(report_stream, out)
            report_stream.flush()
        except BrokenPipeError:  # `lintgov check | head`
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass
    if isinstance(out, _Chunks) and out.cut:
        _err(cut_note)
        code = max(code, 2)
    return code


def _check_streamed(args, reg, formatter, fmt_name, settings, cfg_path, paths, extra, baseline, cache_dir, keep,
                    executor, priors, finder, cwd, t0) -> int:
    """``lintgov check`` for the formats written from records: each file's findings go to the
    report as soon as the file is done, in report order (see :mod:`lintgov.formatters.stream`);
    nothing of the run but its counts stays in memory."""
    from . import limits
    from .formatters.base import FormatOptions
    from .formatters.stream import JsonStatisticsWriter, RunHead, RunTail, StatisticsWriter
    from .runner.api import make_spec
    from .runner.run import RunStream, stream_report
    opts = FormatOptions(lang=settings.lang, column_unit=settings.column_unit, exit_code=0,
                         verbose=args.verbose, quiet=args.quiet, fail_level=settings.fail_level)
    opts.unsafe_fixes = bool(args.unsafe_fixes)
    spec = make_spec(finder, cwd, extra=extra, baseline=baseline, cache_dir=cache_dir, no_plugins=args.no_plugins,
                     keep_documents=keep, limits=limits.current(),
                     line_hashes=args.statistics is False and fmt_name not in NO_LINE_HASH_FORMATS)
    if executor is not None:
        executor.bind(spec)
    cap = limits.current().output_size
    try:
        target = _ReportTarget(args.output)
    except OSError as e:
        _err(f"{args.output}: 无法写入 / cannot write: {e.strerror}")
        return 2
    out = _CappedStream(target.stream, cap)
    try:
        try:
            rs = RunStream(paths, reg, spec, finder, stdin_filename=args.stdin_filename,
                           force_exclude=args.force_exclude, respect_gitignore=settings.respect_gitignore,
                           jobs=args.jobs, progress=not args.quiet, executor=executor, prior_documents=priors)
            head = RunHead(rs.files, rs.rules, reg)
            if args.statistics:
                writer = (JsonStatisticsWriter if fmt_name == "json" else StatisticsWriter)(out, None, head)
            else:
                writer = formatter.writer(out, opts, head)
            run = stream_report(rs, writer, keep_meta=args.verbose)
        finally:
            if executor is not None:
                executor.close()
        code = _exit_code(run, settings.fail_level, args.exit_zero)
        opts.exit_code = code
        writer.end(RunTail(run.notifications, run.coverage, len(run.unreadable)))
        target.commit()
    except ConfigError as e:  # a configuration file met in a folder below
        target.discard()
        _err(f"配置错误 / configuration error: {e}")
        return 2
    except OSError as e:
        target.discard()
        if args.output:
            _err(f"{args.output}: 无法写入 / cannot write: {e.strerror}")
            return 2
        raise
    except BaseException:
        target.discard()
        raise
    _run_notes(run, args, reg, cfg_path, t0)
    if out.cut:
        _err(f"报告超过限制 output-size（{cap} 字符），已截断 / the report exceeds limit output-size ({cap} characters) "
             f"and was cut")
        code = max(code, 2)
    return code


def _run_notes(run, args, reg, cfg_path, t0) -> None:
    """What a finished run tells stderr whatever the output format: warnings, internal errors (with their stack under
    ``--verbose``), unread files, an empty selection, and the ``--verbose`` summary."""
    for w in run.warnings + _unpaired_priors(run):
        _err(f"警告 / warning: {w}")
    for n in run.notifications:
        _err(n.message)
        if args.verbose and n.stack:
            sys.stderr.write(n.stack)
    if run.unreadable:
        n = len(run.unreadable)
        _err(f"{n} 个文件无法读取，内容未检查（LG001，退出码 3）/ {n} file{'s' if n != 1 else ''} could not be read and "
             f"{'were' if n != 1 else 'was'} not checked (LG001, exit code 3)")
    if not run.files and not args.quiet:
        _err("警告 / warning: 没有找到可检查的文件 / no files to check were found")
    if args.verbose:
        _verbose(run, reg, cfg_path, t0)


def _verbose(run, reg, cfg_path, t0) -> None:
    import time
    _err(f"配置 / config: {cfg_path or '(none)'}")
    plugins = ", ".join(f"{name} ({dist} {ver})" for name, (dist, ver) in sorted(reg.distributions.items()))
    _err(f"第三方插件 / third-party plugins: {plugins or '(none)'}")
    for path, enc in run.encodings.items():
        _err(f"{escape_path(path)}: 编码 / encoding {enc}")
    for path, (kind, why) in run.kinds.items():
        _err(f"{escape_path(path)}: 文档类型 / document kind {kind} ({why})")
    hits = getattr(run, "cache_hits", 0)
    cache_note = f"; 缓存命中 / cache hits: {hits}/{run.cache_lookups}" if getattr(run, "cache_lookups", 0) else ""
    _err(f"规则 / rules: {len(run.rules)}; 文件 / files: {len(run.files)}; "
         f"用时 / time: {time.perf_counter() - t0:.3f}s{cache_note}")


def _exit_code(run, fail_level: str, exit_zero: bool) -> int:
    """:func:`exit_code` of a streamed run (from its counts by level)."""
    if run.notifications:
        return 2
    if run.unreadable:
        return 3
    failing = any(n for level, n in run.gate_levels.items() if level_at_least(level, fail_level))
    return 1 if failing and not exit_zero else 0


class _ReportTarget:
    """Where a streamed report goes: standard output, or ``-o FILE`` written through a temporary
    file beside it and renamed over it at the end (a report inside the linted folder is not
    truncated before it is read, and an interrupted run leaves the previous report whole).
    A target that is not a regular file (``/dev/null``, a pipe) is written directly."""

    def __init__(self, path: Optional[str]) -> None:
        self.path = path
        self.tmp: Optional[str] = None
        self.fh: Any = None
        if not path:
            self.stream = sys.stdout
            return
        import stat
        real = os.path.realpath(path)
        try:
            regular = stat.S_ISREG(os.stat(real).st_mode)
        except FileNotFoundError:
            regular = True
        if regular:
            import tempfile
            fd, self.tmp = tempfile.mkstemp(prefix=".lintgov-report-", suffix=".tmp", dir=os.path.dirname(real) or ".")
            self.real = real
            self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        else:
            self.fh = open(path, "w", encoding="utf-8", newline="\n")
        self.stream = self.fh

    def commit(self) -> None:
        if self.fh is None:
            try:
                sys.stdout.flush()
            except BrokenPipeError:
                pass
            return
        self.fh.close()
        if self.tmp is not None:
            try:
                mode = os.stat(self.real).st_mode & 0o7777
            except FileNotFoundError:
                umask = os.umask(0)
                os.umask(umask)
                mode = 0o666 & ~umask
            os.chmod(self.tmp, mode)
            os.replace(self.tmp, self.real)
            self.tmp = None

    def discard(self) -> None:
        if self.fh is not None:
            try:
                self.fh.close()
            except OSError:
                pass
        if self.tmp is not None:
            try:
                os.unlink(self.tmp)
            except OSError:
                pass
            self.tmp = None


class _CappedStream:
    """Writes to ``stream`` up to ``cap`` characters (limit ``output-size``), as ``text[:cap]``
    would; ``cut`` tells whether it was cut.  A closed pipe (``lintgov check | head``) ends the
    output, not the run."""

    def __init__(self, stream: Any, cap: Optional[int]) -> None:
        self.stream = stream
        self.left = cap
        self.cut = False
        self.closed_pipe = False

    def write(self, s: str) -> None:
        if self.cut or self.closed_pipe or not s:
            return
        if self.left is not None:
            if len(s) > self.left:
                self.cut = True
                s = s[:self.left]
            self.left -= len(s)
        try:
            self.stream.write(s)
        except BrokenPipeError:
            self.closed_pipe = True
            try:
                sys.stdout = open(os.devnull, "w")
            except OSError:
                pass


class _Chunks:
    """A report given in pieces (a formatter's ``render_chunks``), cut at ``cap`` characters
    as ``text[:cap]`` would be; ``cut`` tells whether it was."""

    def __init__(self, chunks: Any) -> None:
        self.chunks = chunks
        self.cap: Optional[int] = None
        self.cut = False

    def __iter__(self) -> Any:
        left = self.cap
        for c in self.chunks:
            if left is not None and len(c) > left:
                self.cut = True
                if left:
                    yield c[:left]
                return
            if left is not None:
                left -= len(c)
            yield c


def _write(stream: Any, out: Any) -> None:
    if isinstance(out, _Chunks):
        for c in out:
            stream.write(c)
    else:
        stream.write(out)


def exit_code(run, fail_level: str, exit_zero: bool = False) -> int:
    """2 for a tool problem (a notification), else 3 when a file could not be read,
    else 1 for findings at or above ``fail_level`` (0 with ``exit_zero``), else 0."""
    if run.notifications:
        return 2
    if run.unreadable:
        return 3
    failing = [f for f in run.findings if level_at_least(f.level, fail_level) and f.code != "LG001"]
    return 1 if failing and not exit_zero else 0


from .formatters.base import display_name as escape_path  # noqa: E402 - one escaping for every line-oriented output


def show_fixes(run, reg, lang: str, unsafe: bool, applied: bool = False) -> str:
    """``--show-fixes``: each fix that --fix applies (or applied) and each one held back, one per line."""
    from .formatters.base import region
    lines = []
    held = 0
    for f in run.findings:
        fx = f.fix
        if fx is None or not fx.edits:
            continue
        desc = fx.description.get(lang) or fx.description.get("zh", "")
        sl, sc, _, _ = region(f.doc, f.start, f.end, "utf16")
        changes = "; ".join(f"「{f.doc.text[e.start:e.end]}」→「{e.replacement}」" for e in fx.edits[:5])
        if len(fx.edits) > 5:
            changes += f"; … (+{len(fx.edits) - 5})"
        will = fx.safe or (unsafe and not fx.display_only)
        if not will:
            held += 1
        tag = {"safe": "[*]", "unsafe": "[unsafe]", "display-only": "[name]"}[fx.applicability]
        lines.append(f"{escape_path(f.doc.path)}:{sl}:{sc}: {f.code} {tag} {desc}: {changes}"
                     + ("" if will else ("（未应用）" if lang == "zh" else " (not applied)")))
    if not lines:
        return ""
    if lang == "zh":
        head = "已应用的修复" if applied else "--fix 将应用的修复"
        tail = f"另有 {held} 处修复未应用（含义可能改变需 --unsafe-fixes；涉及人名地名的从不自动修改）。" if held else ""
    else:
        head = "Fixes applied" if applied else "Fixes --fix would apply"
        tail = (f"{held} more fix{'es' if held != 1 else ''} held back (--unsafe-fixes enables those that may change "
                f"meaning; a fix touching a name is never applied).") if held else ""
    return head + ":\n" + "\n".join("  " + x for x in lines) + "\n" + (tail + "\n" if tail else "")


def _unpaired_priors(run) -> List[str]:
    """A report named with --prior that was compared with nothing deserves a word: the user
    asked for a comparison and would otherwise not know that none took place."""
    priors = getattr(run, "unpaired_priors", None) or []
    if not priors or not (run.documents or getattr(run, "files_read", 0)):
        return []
    try:
        from .rules.yoy import doc_issuer, doc_year
    except ImportError:  # pragma: no cover - the yoy rules are not installed
        return []
    out = []
    for p in priors:
        out.append(f"--prior {p.path} 没有与任何报告配对（发文机关 {doc_issuer(p) or '未知'}，年度 {doc_year(p) or '未知'}）；"
                   f"可用 --issuer/--year 指明 / was not paired with any report (issuer "
                   f"{doc_issuer(p) or 'unknown'}, year {doc_year(p) or 'unknown'}); use --issuer/--year")
    return out


_UNSAFE = [False]  # --unsafe-fixes of the running command (for the standard-input path)


def _fixed_stdin(run, reg, data: bytes) -> bytes:
    """The bytes read from standard input with the safe fixes of its findings applied."""
    from .fixes import FixError, fixed_bytes, plan_fixes
    doc = next((d for d in run.documents if d.source_path is None), None)
    if doc is None:
        return data
    plans = plan_fixes([f for f in run.findings if f.doc is doc], reg.readers, include_unwritable=True,
                       unsafe=_UNSAFE[0])
    if not plans or not plans[0].edits:
        return data
    try:
        return fixed_bytes(doc, data, plans[0].edits)
    except FixError as e:
        _err(f"-: 未应用修复 / fixes not applied: {e.zh} / {e.en}")
        return data


def _print_diff(args, run, reg) -> int:
    """``--diff``: print the safe fixes as a unified diff; exit 1 if there are any."""
    from .fixes import plan_fixes, unified_diff
    plans = [p for p in plan_fixes(run.findings, reg.readers, include_unwritable=True, unsafe=args.unsafe_fixes)
             if p.new_text != p.doc.fix_text]
    for n in run.notifications:
        _err(n.message)
    try:
        sys.stdout.write("".join(unified_diff(p) for p in plans))
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    n = sum(len(p.findings) for p in plans)
    if not args.quiet:
        _err(f"{n} 处可修复，涉及 {len(plans)} 个文件 / {n} fix{'es' if n != 1 else ''} in {len(plans)} "
             f"file{'s' if len(plans) != 1 else ''} would be applied")
    if run.notifications:
        return 2
    if run.unreadable:
        for path, why in run.unreadable.items():
            _err(f"{escape_path(path)}: 无法读取 / could not be read: {why}")
        return 3
    return 1 if plans and not args.exit_zero else 0


def _write_fixes(args, run, reg):
    """``--fix``: write the safe fixes of writable files.  Returns (files changed,
    whether fixes were left out because they overlapped)."""
    from .fixes import apply_plan, plan_fixes
    fixed = files = 0
    left_out = False
    for p in plan_fixes(run.findings, reg.readers, unsafe=args.unsafe_fixes):
        if apply_plan(p):
            fixed += len(p.findings)
            files += 1
            left_out = left_out or bool(p.skipped)
        elif p.error is not None:
            _err(f"{p.doc.path}: 未应用修复 / fixes not applied: {p.error.zh} / {p.error.en}")
    if fixed and not args.quiet:
        _err(f"已修复 {fixed} 处，涉及 {files} 个文件 / fixed {fixed} finding{'s' if fixed != 1 else ''} "
             f"in {files} file{'s' if files != 1 else ''}")
    return files, left_out


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `lintgov FILE...` means `lintgov check FILE...`
    if argv and argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version"):
        argv.insert(0, "check")
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return {"check": cmd_check, "annotate": cmd_check, "rules": cmd_rules, "rule": cmd_rule,
                "claims": cmd_claims, "server": cmd_server, "clean": cmd_clean}[args.command](args)
    except KeyboardInterrupt:
        return 130
    except SystemExit as e:  # raised by a plugin (lintgov itself returns its exit code)
        _err(f"内部错误 / internal error: SystemExit({e.code!r}) raised by a plugin or rule outside a rule run")
        return 2
    except BrokenPipeError:  # `lintgov rules | head`: the reader went away, nothing is wrong
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except Exception as e:  # an internal error is reported, not a traceback
        import traceback
        _err(f"内部错误 / internal error: {type(e).__name__}: {e}")
        if os.environ.get("LINTGOV_DEBUG"):
            traceback.print_exc()
        return 2


#: allocations between two collections of the youngest generation in a command-line run
_GC_GEN0 = 50_000
#: set by :func:`run`: the console script's collector policy applies (not to ``main()`` called in-process)
_gc_policy = False


def run() -> None:
    """Console-script entry point: :func:`main`, then a hard exit.

    Tearing down the interpreter (freeing OpenCC's dictionaries, hundreds of
    compiled patterns, the documents) takes longer than many checks do; a linter
    run from a pre-commit hook or an editor on every save should not pay for it
    (mypy does the same).  Everything lintgov writes is flushed or closed first.

    The cyclic garbage collector is tuned for a run that builds many small objects and frees
    nearly all of them by reference counting: the objects the imports made (modules, classes,
    compiled patterns) are frozen, so that no collection walks them again, and the youngest
    generation is collected every 50,000 allocations instead of 700 (~340 collections on
    corpus/gwr, 0.17 s, became 1-2).  Pool workers forked from this process inherit it."""
    import gc
    global _gc_policy
    gc.freeze()
    gc.set_threshold(_GC_GEN0, 20, 100)
    _gc_policy = True
    code = main()
    _recache.save()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be written anyway
            pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
