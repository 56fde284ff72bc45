"""Bulk runs (issue 14): the process pool, the cache, CSV and JSON summaries, directory walks,
per-file configuration, the progress bar, Dask — each against the single-process run."""
from __future__ import annotations

import csv
import gc
import io
import json
import os
import pickle
import shutil

import pytest

from lintgov.cli import main
from lintgov.config import Settings
from lintgov.document import Document
from lintgov.engine import lint_paths
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")

PRIOR = "2022年，通州区坚持依法行政。全年共收到行政复议申请600件。\n" + \
    "2023年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。\n"
THIS = "2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%。\n" + \
    "2023年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。\n"


def _tree(tmp_path):
    """Seeds, plus two bodies' reports of consecutive years (cross-report findings), in folders."""
    root = tmp_path / "tree"
    shutil.copytree(SEEDS, root / "seeds", ignore=shutil.ignore_patterns("*.json", "*.md"))
    (root / "tongzhou").mkdir()
    (root / "tongzhou" / "2022.txt").write_text(PRIOR, encoding="utf-8")
    (root / "tongzhou" / "2023.txt").write_text(THIS, encoding="utf-8")
    (root / "other").mkdir()
    (root / "other" / "2023.txt").write_text(THIS.replace("通州区", "顺义区"), encoding="utf-8")
    (root / "other" / "2022.txt").write_text(PRIOR.replace("通州区", "顺义区").replace("600件", "558件"), encoding="utf-8")
    return root


def _check(capsys, monkeypatch, cwd, *argv):
    monkeypatch.chdir(cwd)
    code = main(["check", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_pool_output_is_byte_identical_to_single_process(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    outs = {}
    for fmt in ("sarif", "json", "text", "full", "csv"):
        for j in ("-j1", "-j2"):
            code, out, _ = _check(capsys, monkeypatch, root, "--no-cache", j, "--output-format", fmt, ".")
            outs[fmt, j] = (code, out)
        assert outs[fmt, "-j1"] == outs[fmt, "-j2"], fmt
    sarif = json.loads(outs["sarif", "-j1"][1])
    rules = [r["ruleId"] for r in sarif["runs"][0]["results"]]
    assert "LG206" in rules and "LGA41" in rules  # cross-report findings, from documents linted in other processes
    lg206 = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "LG206"
             and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "tongzhou/2023.txt"]
    assert len(lg206) == 1
    assert lg206[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "tongzhou/2022.txt"


def test_records_equal_the_document_run(tmp_path):
    """The record run (what the pool and the cache use) renders as the run that keeps documents."""
    from lintgov.formatters.base import FormatOptions
    root = _tree(tmp_path)
    full = lint_paths([str(root)], REG, Settings(), {}, cwd=str(root))
    slim = lint_paths([str(root)], REG, Settings(), {}, cwd=str(root), keep_documents=False, jobs=2)
    assert all(isinstance(d, Document) for d in full.documents)
    assert not any(isinstance(d, Document) for d in slim.documents)
    for name in ("sarif", "json", "text", "github", "full"):
        fmt = REG.formatters[name]
        assert fmt.render(full, FormatOptions()) == fmt.render(slim, FormatOptions()), name
    assert full.coverage == slim.coverage and full.coverage["relations_checked"] > 0


def test_worker_returns_records_only(tmp_path):
    from lintgov.formatters.views import FindingView
    from lintgov.runner.core import Job, RunSpec, lint_job, set_main_registry
    p = tmp_path / "a.txt"
    p.write_text(THIS * 3, encoding="utf-8")
    set_main_registry(REG)
    spec = RunSpec(configs={"": (Settings(), {})}, cwd=str(tmp_path))
    res = lint_job(Job(0, str(p), "a.txt"), spec)
    assert res.document is None and res.findings is None
    assert res.views and all(isinstance(v, FindingView) for v in res.views)
    blob = pickle.dumps(res)
    assert b"lintgov.document" not in blob and b"Document" not in blob
    assert len(blob) < 20 * len(THIS * 3)
    assert res.pair[:2] == ("通州区", 2023) and len(res.pair) == 3   # (issuer, year, series)


def test_many_files_hold_no_documents(tmp_path):
    """A run over thousands of files keeps records, never the documents."""
    d = tmp_path / "many"
    d.mkdir()
    for i in range(1500):
        (d / f"{i:04d}.txt").write_text(f"{2000 + i % 20}年，第{i}区坚持依法行政。全年受理行政复议案件{i + 10}件 。\n",
                                        encoding="utf-8")
    gc.collect()
    before = sum(1 for o in gc.get_objects() if isinstance(o, Document))
    run = lint_paths([str(d)], REG, Settings(), {}, cwd=str(tmp_path), keep_documents=False)
    gc.collect()
    after = sum(1 for o in gc.get_objects() if isinstance(o, Document))
    assert len(run.files) == 1500 and len(run.findings) >= 1500  # a stray space in every file
    assert after - before <= 2  # at most the last pair read in phase 2 may linger until collected


def test_cache_hit_miss_and_invalidation(tmp_path):
    root = _tree(tmp_path)
    cache = tmp_path / "cache"
    from lintgov.formatters.base import FormatOptions
    sarif = REG.formatters["sarif"]

    def run(settings=None):
        return lint_paths([str(root)], REG, settings or Settings(), {}, cwd=str(root), keep_documents=False,
                          cache_dir=str(cache))
    first = run()
    assert first.cache_hits == 0 and first.cache_lookups > 0
    second = run()
    assert second.cache_hits == second.cache_lookups  # every document and every pair from the cache
    assert sarif.render(first, FormatOptions()) == sarif.render(second, FormatOptions())
    changed = Settings(ignore=["typography"])
    third = run(changed)
    assert third.cache_hits == 0  # another configuration: nothing reused
    assert not any(f.code.startswith("LG8") for f in third.findings)
    (root / "tongzhou" / "2023.txt").write_text(THIS.replace("99.5%", "85.5%"), encoding="utf-8")
    fourth = run()
    assert fourth.cache_lookups - fourth.cache_hits == 2  # that document and its pair
    assert any(f.code == "LG206" and "85.5%" in f.message("zh") for f in fourth.findings)
    assert (cache / "CACHEDIR.TAG").exists()
    # a damaged entry is a miss, never an error
    for dirpath, _, files in os.walk(cache):
        for fn in files:
            if fn.endswith(".pickle"):
                with open(os.path.join(dirpath, fn), "wb") as fh:
                    fh.write(b"garbage")
    fifth = run()
    assert fifth.cache_hits == 0 and sarif.render(fifth, FormatOptions()) == sarif.render(fourth, FormatOptions())


def test_cli_cache_dir_and_no_cache(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    code, out1, err1 = _check(capsys, monkeypatch, root, "-v", "-j1", "--cache-dir", str(tmp_path / "c"), ".")
    assert "cache hits: 0/" in err1
    code, out2, err2 = _check(capsys, monkeypatch, root, "-v", "-j1", "--cache-dir", str(tmp_path / "c"), ".")
    assert out1 == out2
    hits = err2.split("cache hits: ")[1].split()[0]
    n, m = hits.split("/")
    assert n == m and int(n) > 0
    _check(capsys, monkeypatch, root, "--no-cache", ".")
    assert not (root / ".lintgov_cache").exists()
    _check(capsys, monkeypatch, root, ".")
    assert (root / ".lintgov_cache").is_dir()  # the default: beside the configuration, or here


def test_csv_parses_back(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    code, out, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "csv", ".")
    _, js, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "json", ".")
    rows = list(csv.reader(io.StringIO(out, newline="")))
    assert rows[0] == ["file", "issuer", "year", "code", "name", "level", "line", "column", "end_line", "end_column",
                       "message"]
    findings = json.loads(js)["findings"]
    assert len(rows) - 1 == len(findings)
    for row, f in zip(rows[1:], findings):
        assert row[0] == f["location"]["path"] and row[3] == f["code"] and row[5] == f["level"]
        assert int(row[6]) == f["location"]["line"] and int(row[7]) == f["location"]["column"]
        assert row[10] == f["message"]  # commas, quotes and all
    assert any("," in r[10] or '"' in r[10] or "，" in r[10] for r in rows[1:])
    lg206 = [r for r in rows if r[3] == "LG206"]
    assert lg206 and lg206[0][1] and lg206[0][2] == "2023"
    _, excel, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "csv-excel", ".")
    assert excel.startswith("\ufeff") and excel[1:] == out


def test_statistics_and_file_summary_in_json(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    _, js, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "json", ".")
    data = json.loads(js)
    summary = {r["path"]: r for r in data["files_summary"]}
    assert set(summary) == {os.path.relpath(p, root) for p in data["files"]}
    row = summary[os.path.join("tongzhou", "2023.txt")]
    assert row["read"] and row["year"] == 2023 and row["issuer"]
    assert row["findings"] == sum(1 for f in data["findings"] if f["location"]["path"] == row["path"])
    assert "LG206" in row["codes"]
    _, st, _ = _check(capsys, monkeypatch, root, "--no-cache", "--statistics", "--output-format", "json", ".")
    stats = json.loads(st)
    assert sum(s["count"] for s in stats) == len(data["findings"])
    assert stats == sorted(stats, key=lambda s: (-s["count"], s["code"]))
    assert {"code", "name", "count", "levels", "fixable"} <= set(stats[0])


def _files(capsys, monkeypatch, cwd, *argv):
    _, js, _ = _check(capsys, monkeypatch, cwd, "--no-cache", "--output-format", "json", *argv)
    return sorted(os.path.relpath(p, cwd) for p in json.loads(js)["files"])


def _no_global_git(monkeypatch, tmp_path):
    """The user's own global ignore file must not leak into a test."""
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / ".config"))
    monkeypatch.delenv("GIT_CONFIG_GLOBAL", raising=False)


def test_walk_honours_gitignore_and_exclude(tmp_path, capsys, monkeypatch):
    _no_global_git(monkeypatch, tmp_path)
    root = tmp_path / "repo"
    (root / ".git" / "info").mkdir(parents=True)
    (root / ".git" / "info" / "exclude").write_text("private/\n", encoding="utf-8")
    (root / ".gitignore").write_text("*.draft.txt\n!keep.draft.txt\nbuild-out/\n", encoding="utf-8")
    for rel in ("a.txt", "x.draft.txt", "keep.draft.txt", "build-out/b.txt", "private/p.txt", "sub/c.txt",
                "sub/d.txt", "sub/old/e.txt", "archive/f.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("2023年，通州区坚持依法行政。\n", encoding="utf-8")
    (root / "sub" / ".gitignore").write_text("d.txt\n", encoding="utf-8")
    got = _files(capsys, monkeypatch, root, ".")
    assert got == ["a.txt", "archive/f.txt", "keep.draft.txt", "sub/c.txt", "sub/old/e.txt"]
    assert _files(capsys, monkeypatch, root / "sub", ".") == ["c.txt", "old/e.txt"]  # parents' .gitignore too
    assert "x.draft.txt" in _files(capsys, monkeypatch, root, "--no-respect-gitignore", ".")
    assert _files(capsys, monkeypatch, root, "x.draft.txt") == ["x.draft.txt"]  # named: linted (as ruff does)
    assert _files(capsys, monkeypatch, root, "--exclude", "archive,old", ".") == ["a.txt", "keep.draft.txt", "sub/c.txt"]
    (root / "lintgov.toml").write_text('extend-exclude = ["old"]\n', encoding="utf-8")
    assert _files(capsys, monkeypatch, root, ".") == ["a.txt", "archive/f.txt", "keep.draft.txt", "sub/c.txt"]
    assert _files(capsys, monkeypatch, root, "--extend-exclude", "archive", ".") == ["a.txt", "keep.draft.txt",
                                                                                      "sub/c.txt"]


def test_per_file_configuration_whatever_the_working_directory(tmp_path, capsys, monkeypatch):
    root = tmp_path / "tree"
    (root / "strict").mkdir(parents=True)
    (root / "lenient").mkdir()
    text = "2023年，通州区坚持依法行政 。全年受理行政复议案件27件,同比增长285%。\n"
    (root / "strict" / "a.txt").write_text(text, encoding="utf-8")
    (root / "lenient" / "a.txt").write_text(text, encoding="utf-8")
    (root / "lenient" / "pyproject.toml").write_text('[tool.lintgov]\nignore = ["typography"]\n', encoding="utf-8")
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")

    def findings(cwd, *paths):
        _, js, _ = _check(capsys, monkeypatch, cwd, "--no-cache", "--output-format", "json", *paths)
        return sorted((os.path.realpath(os.path.join(cwd, f["location"]["path"])), f["code"], f["location"]["line"],
                       f["location"]["column"]) for f in json.loads(js)["findings"])
    here = findings(root, ".")
    assert any(c.startswith("LG8") and "strict" in p for p, c, *_ in here)
    assert not any(c.startswith("LG8") and "lenient" in p for p, c, *_ in here)
    assert findings(root / "lenient", "..") == here
    assert findings(root / "strict", str(root)) == here
    assert findings(tmp_path, "tree/lenient/a.txt", "tree/strict/a.txt") == here
    code, out, _ = _check(capsys, monkeypatch, root, "--show-settings", "lenient/a.txt")
    shown = json.loads(out)
    assert code == 0 and shown["configuration"].endswith(os.path.join("lenient", "pyproject.toml"))
    assert shown["ignore"] == ["typography"]
    code, out, _ = _check(capsys, monkeypatch, root, "--show-settings", "strict/a.txt", "--select", "LG1")
    assert json.loads(out)["configuration"] is None and json.loads(out)["select"] == ["LG1"]
    (root / "lenient" / "pyproject.toml").write_text('[tool.lintgov]\nnonsense = 1\n', encoding="utf-8")
    code, _, err = _check(capsys, monkeypatch, root, "--no-cache", ".")
    assert code == 2 and "nonsense" in err and "lenient" in err


def test_progress_silent_without_a_terminal(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    code, out, err = _check(capsys, monkeypatch, root, "--no-cache", "-j1", ".")
    assert "\r" not in err and "files/s" not in err and "file/s" not in err
    from lintgov.runner.progress import Progress

    class TTY(io.StringIO):
        def isatty(self):
            return True
    stream = TTY()
    bar = Progress(3, True, stream=stream, delay=0, mininterval=0)
    for _ in range(3):
        bar.advance(2)
    bar.bar.refresh()
    bar.close()
    assert "findings" in stream.getvalue() and "3/3" in stream.getvalue()
    quiet = TTY()
    bar = Progress(3, False, stream=quiet, delay=0)  # -q
    bar.advance(1)
    bar.close()
    assert quiet.getvalue() == ""
    piped = io.StringIO()
    bar = Progress(3, True, stream=piped, delay=0)  # not a terminal
    bar.advance(1)
    bar.close()
    assert piped.getvalue() == ""


@pytest.mark.slow
def test_dask_local_cluster_gives_the_local_output(tmp_path):
    distributed = pytest.importorskip("distributed")
    from lintgov.formatters.base import FormatOptions
    from lintgov.runner import lint_paths_dask, lint_paths_local
    root = _tree(tmp_path)
    local = lint_paths_local([str(root)], Settings(), jobs=1, cwd=str(root))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        remote = lint_paths_dask(client, [str(root)], Settings(), cwd=str(root), window=3)
        shipped_paths = lint_paths_dask(client, [str(root)], Settings(), cwd=str(root), read_on_workers=True)
    for name in ("sarif", "json", "csv"):
        fmt = local.registry.formatters[name]
        want = fmt.render(local, FormatOptions())
        assert fmt.render(remote, FormatOptions()) == want, name
        assert fmt.render(shipped_paths, FormatOptions()) == want, name
    assert any(f.code == "LG206" for f in remote.findings)


def test_csv_names_the_body_of_a_work_report(tmp_path, capsys, monkeypatch):
    """A work report names its body in the opening (我代表…人民政府), not in a signature line: the CSV row
    carries that body and the year the figures are about (the report of 2024 reviews 2023)."""
    (tmp_path / "wr").mkdir()
    text = ("2024年政府工作报告\n各位代表：\n现在，我代表宁远市人民政府，向大会报告政府工作，请予审议。\n"
            "一、2023年工作回顾\n全年审结行政复议案件640件，直接纠错88件，纠错率18.75%。\n")
    (tmp_path / "wr" / "report.txt").write_text(text, encoding="utf-8")
    code, out, _ = _check(capsys, monkeypatch, tmp_path, "--no-cache", "--output-format", "csv", "wr")
    rows = list(csv.reader(io.StringIO(out, newline="")))[1:]
    assert rows, out
    assert {(r[1], r[2]) for r in rows} == {("宁远市", "2023")}


@pytest.mark.parametrize("how", ["xdg-default", "core.excludesFile", "GIT_CONFIG_GLOBAL"])
def test_walk_honours_the_global_git_excludes_file(tmp_path, capsys, monkeypatch, how):
    """As git (and ruff) do: the user's global ignore file applies inside a repository, below
    .git/info/exclude and the .gitignore files (a .gitignore can re-include what it ignores)."""
    _no_global_git(monkeypatch, tmp_path)
    home = tmp_path / "home"
    if how == "xdg-default":
        ignore = home / ".config" / "git" / "ignore"
    else:
        ignore = tmp_path / "my-ignores"
        cfg = home / ".gitconfig" if how == "core.excludesFile" else tmp_path / "other.gitconfig"
        cfg.parent.mkdir(parents=True, exist_ok=True)
        cfg.write_text('[user]\n\tname = x\n[core]\n\texcludesFile = "%s"  # mine\n' % ignore, encoding="utf-8")
        if how == "GIT_CONFIG_GLOBAL":
            monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(cfg))
    ignore.parent.mkdir(parents=True, exist_ok=True)
    ignore.write_text("*.bak.txt\nscratch/\n", encoding="utf-8")
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    for rel in ("a.txt", "a.bak.txt", "keep.bak.txt", "scratch/s.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("2023年，通州区坚持依法行政。\n", encoding="utf-8")
    (root / ".gitignore").write_text("!keep.bak.txt\n", encoding="utf-8")
    assert _files(capsys, monkeypatch, root, ".") == ["a.txt", "keep.bak.txt"]
    assert _files(capsys, monkeypatch, root, "--no-respect-gitignore", ".") == ["a.bak.txt", "a.txt", "keep.bak.txt",
                                                                                "scratch/s.txt"]
    outside = tmp_path / "plain"     # not a repository: git's global file does not apply there
    outside.mkdir()
    (outside / "b.bak.txt").write_text("2023年，通州区坚持依法行政。\n", encoding="utf-8")
    assert _files(capsys, monkeypatch, outside, ".") == ["b.bak.txt"]


def test_clean_removes_the_caches_here_and_below(tmp_path, capsys, monkeypatch):
    """`lintgov clean` (as `ruff clean`): every .lintgov_cache under the paths, and the configured
    cache-dir; nothing else is touched, and a later check starts with an empty cache."""
    root = _tree(tmp_path)
    (root / "sub").mkdir()
    (root / "sub" / "lintgov.toml").write_text('cache-dir = "../elsewhere-cache"\n', encoding="utf-8")
    (root / "sub" / "r.txt").write_text(THIS, encoding="utf-8")
    _check(capsys, monkeypatch, root, ".")
    _check(capsys, monkeypatch, root / "sub", ".")
    assert (root / ".lintgov_cache").is_dir() and (root / "elsewhere-cache").is_dir()
    (root / "seeds" / ".lintgov_cache").mkdir()
    monkeypatch.chdir(root / "sub")
    assert main(["clean"]) == 0
    out = capsys.readouterr().out
    assert "elsewhere-cache" in out and not (root / "elsewhere-cache").exists()
    assert (root / ".lintgov_cache").is_dir()          # not below sub/: kept
    monkeypatch.chdir(root)
    assert main(["clean", "-q"]) == 0 and capsys.readouterr().out == ""
    assert not (root / ".lintgov_cache").exists() and not (root / "seeds" / ".lintgov_cache").exists()
    assert (root / "tongzhou" / "2023.txt").is_file() and (root / "sub" / "lintgov.toml").is_file()
    assert main(["clean", "no-such-folder"]) == 2


def _chain(tmp_path, years=range(2015, 2024)):
    """One body's reports of nine consecutive years: one pair group of eight pairs."""
    root = tmp_path / "chain"
    root.mkdir()
    n = 500
    for y in years:
        m = n + 37
        # every other year the stated growth is wrong (LG206 against last year's report)
        pct = f"{(m / n - 1) * 100:.1f}" if y % 2 else "25.0"
        text = (f"通州区{y}年法治政府建设年度报告\n{y}年，通州区坚持依法行政。全年共收到行政复议申请{m}件，"
                f"同比增长{pct}%。\n{y}年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法。\n")
        (root / f"{y}.txt").write_text(text, encoding="utf-8")
        n = m
    return root


def test_a_long_pair_group_is_cut_across_workers_with_the_same_output(tmp_path, capsys, monkeypatch):
    from lintgov.runner.core import split_groups
    root = _chain(tmp_path)
    outs = {}
    for j in ("-j1", "-j2", "-j3"):
        outs[j] = _check(capsys, monkeypatch, root, "--no-cache", j, "--output-format", "json", ".")
    assert outs["-j1"] == outs["-j2"] == outs["-j3"]
    found = [f for f in json.loads(outs["-j1"][1])["findings"] if f["code"] == "LG206"]
    assert len(found) >= 3    # the wrong years are found whichever worker compared them

    class P:      # a pair job: only the document indexes matter to the cut
        def __init__(self, d):
            self.doc = type("J", (), {"index": d})()
    group = [P(i) for i in range(1, 9)]
    assert split_groups([group], 1) == [group]
    pieces = split_groups([group], 2)
    assert len(pieces) == 4 and [p.doc.index for g in pieces for p in g] == list(range(1, 9))
    small = [[P(1), P(2)], [P(5)]]
    assert split_groups(small, 4) == small          # nothing long enough to cut
