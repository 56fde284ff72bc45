"""Streamed reports (issue 14): each file's findings are written as soon as the file is done, in
report order; the run holds counts, not findings; every executor and the cache give the bytes of
the single-process run, and the streamed report is the rendered one."""
from __future__ import annotations

import gc
import io
import json
import os
import shutil
import sys

import pytest

from lintgov.cli import main
from lintgov.formatters.base import FormatOptions
from lintgov.formatters.stream import ReportWriter, RunHead
from lintgov.formatters.views import FindingView
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")

PRIOR = "2022年，通州区坚持依法行政。全年共收到行政复议申请600件。\n" + \
    "2023年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。\n"
THIS = "2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%。\n" + \
    "2023年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。\n"
#: a body's two reports: the later one restates the earlier one's figure wrongly (LG206) and copies a paragraph (LGA41)
BODIES = ("通州区", "顺义区", "海淀区")
FORMATS = ("text", "concise", "full", "json", "sarif", "csv", "csv-excel", "github")
NO_PAIRS = "--ignore=LG206,LG207,LGA41,LGA42"


def _tree(tmp_path, copies: int = 1, walk_order: bool = False):
    root = tmp_path / "tree"
    shutil.copytree(SEEDS, root / "seeds", ignore=shutil.ignore_patterns("*.json", "*.md"))
    for i in range(copies):
        d = root / f"body{i}"
        d.mkdir()
        (d / "2022.txt").write_text(PRIOR.replace("通州区", BODIES[i]), encoding="utf-8")
        (d / "2023.txt").write_text(THIS.replace("通州区", BODIES[i]), encoding="utf-8")
    if not walk_order:
        return root
    # a file beside a folder: the walk meets b.txt before a-b/, the report order puts a-b/c.txt first
    (root / "zz").mkdir()
    seed = os.path.join(SEEDS, sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))[1])
    shutil.copy(seed, root / "zz" / "b.txt")
    (root / "zz" / "a-b").mkdir()
    shutil.copy(seed, root / "zz" / "a-b" / "c.txt")
    return root


def _check(capsys, monkeypatch, cwd, *argv):
    monkeypatch.chdir(cwd)
    code = main(["check", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _rendered(root, monkeypatch, fmt, *argv):
    """The same run through run_paths and formatter.render (the path of --fix and the HTML report)."""
    from lintgov.cli import exit_code
    from lintgov.runner.api import make_spec, settings_finder
    from lintgov.runner.run import run_paths
    monkeypatch.chdir(root)
    finder = settings_finder(REG, str(root))
    finder.key_for_dir(str(root))
    spec = make_spec(finder, str(root))
    run = run_paths(["."], REG, spec, finder, jobs=1)
    opts = FormatOptions(exit_code=exit_code(run, "warning"))
    return REG.formatters[fmt].render(run, opts)


@pytest.mark.parametrize("fmt", FORMATS)
def test_streamed_report_is_the_rendered_report_whatever_the_executor(tmp_path, capsys, monkeypatch, fmt):
    root = _tree(tmp_path)
    cache = str(tmp_path / "cache")
    got = {}
    for how in (("-j1", "--no-cache"), ("-j2", "--no-cache"), ("-j1", "--cache-dir", cache), ("-j2", "--cache-dir", cache)):
        got[how] = _check(capsys, monkeypatch, root, *how, "--output-format", fmt, ".")
    first = got[("-j1", "--no-cache")]
    assert first[0] == 1
    for how, res in got.items():
        assert res[:2] == first[:2], how     # cache filled, then every result from the cache: the same bytes
    assert first[1] == _rendered(root, monkeypatch, fmt)
    if fmt == "sarif":
        log = json.loads(first[1])
        ids = [r["ruleId"] for r in log["runs"][0]["results"]]
        assert "LG206" in ids and "LGA41" in ids


def test_report_order_is_the_order_of_the_paths_shown(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path, walk_order=True)
    _, out, _ = _check(capsys, monkeypatch, root, "--no-cache", "-j2", "--output-format", "sarif", ".")
    log = json.loads(out)
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert uris == sorted(uris) and "zz/b.txt" in uris and "zz/a-b/c.txt" in uris
    assert [a["location"]["uri"] for a in log["runs"][0]["artifacts"]][-2:] == ["zz/a-b/c.txt", "zz/b.txt"]
    _, out, _ = _check(capsys, monkeypatch, root, "--no-cache", "-j1", "--output-format", "json", ".")
    rows = [r["path"] for r in json.loads(out)["files_summary"]]
    assert rows == sorted(rows)


class _Log(ReportWriter):
    def begin(self) -> None:
        self.events = []

    def findings(self, views) -> None:
        self.events.append(("findings", views[0].path if views else None))


@pytest.mark.parametrize("pairs", [False, True])
def test_each_file_is_reported_before_the_next_is_linted(tmp_path, monkeypatch, pairs):
    """Without cross-report rules a file's findings reach the report before the next file is
    read; with them, files are spooled while they are linted (a later file may be last year's
    report of an earlier one) and reported, in order, as the pair groups complete."""
    from lintgov.runner import run as runmod
    from lintgov.runner.api import make_spec, settings_finder
    root = _tree(tmp_path, copies=3)
    monkeypatch.chdir(root)

    def adjust(s):
        if not pairs:
            s.ignore = ["LG206", "LG207", "LGA41", "LGA42"]
    finder = settings_finder(REG, str(root), adjust=adjust)
    finder.key_for_dir(str(root))
    spec = make_spec(finder, str(root))
    w = _Log(io.StringIO(), FormatOptions(), RunHead([], []))
    real = runmod.lint_job

    def lint_job(job, spec):
        w.events.append(("lint", job.shown))
        return real(job, spec)
    monkeypatch.setattr(runmod, "lint_job", lint_job)
    rs = runmod.RunStream(["."], REG, spec, finder, jobs=1)
    runmod.stream_report(rs, w)
    kinds = [e[0] for e in w.events]
    assert kinds.count("lint") == kinds.count("findings") == len(rs.jobs) >= 9
    linted = [e[1] for e in w.events if e[0] == "lint"]
    assert linted == sorted(linted)
    if pairs:
        assert kinds == ["lint"] * len(rs.jobs) + ["findings"] * len(rs.jobs)
    else:
        assert kinds == ["lint", "findings"] * len(rs.jobs)


def test_cli_writes_each_file_as_it_is_done(tmp_path, monkeypatch):
    from lintgov.runner import run as runmod
    root = _tree(tmp_path, copies=2)
    monkeypatch.chdir(root)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    seen = []
    real = runmod.lint_job

    def lint_job(job, spec):
        seen.append((job.shown, out.getvalue().count("\n")))
        return real(job, spec)
    monkeypatch.setattr(runmod, "lint_job", lint_job)
    assert main(["check", "--no-cache", "-j1", NO_PAIRS, "--output-format", "concise", "."]) == 1
    lines = out.getvalue().splitlines()
    # when the last file is linted, the lines of every earlier file are already written
    last, written = seen[-1]
    assert written == sum(1 for ln in lines if not ln.startswith(last + ":")) > 0


def test_a_streamed_run_holds_no_findings(tmp_path, monkeypatch):
    """At the last file, the findings of the earlier files are in the report (or the spool), not in memory."""
    from lintgov.runner import run as runmod
    root = tmp_path / "many"
    root.mkdir()
    seed = sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))[1]
    for i in range(24):
        shutil.copy(os.path.join(SEEDS, seed), root / f"r{i:02d}.txt")
    monkeypatch.chdir(root)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    alive = []
    real = runmod.lint_job

    def lint_job(job, spec):
        res = real(job, spec)
        gc.collect()
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, FindingView)))
        return res
    monkeypatch.setattr(runmod, "lint_job", lint_job)
    for argv in ([NO_PAIRS], []):
        alive.clear()
        main(["check", "--no-cache", "-j1", *argv, "--output-format", "sarif", "."])
        per_file = alive[0]
        assert per_file > 3
        assert max(alive) <= 2 * per_file, (argv, alive)    # not 24 files' worth


def test_sarif_cut_to_the_most_severe_in_report_order(tmp_path, capsys, monkeypatch):
    from lintgov.formatters import sarif
    root = _tree(tmp_path)
    _, whole, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "sarif", ".")
    results = json.loads(whole)["runs"][0]["results"]
    rank = {"error": 0, "warning": 1, "note": 2}
    for cap in (1, 3, len(results) // 2, len(results) - 1):
        monkeypatch.setattr(sarif, "MAX_RESULTS", cap)
        _, cut, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "sarif", ".")
        log = json.loads(cut)
        keep = sorted(sorted(range(len(results)), key=lambda i: (rank[results[i]["level"]], i))[:cap])
        assert log["runs"][0]["results"] == [results[i] for i in keep]
        notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        assert any(n["descriptor"]["id"] == "LGX003" and str(len(results) - cap) in n["message"]["text"] for n in notes)


def test_output_file_is_replaced_at_the_end(tmp_path, capsys, monkeypatch):
    """-o FILE inside the linted folder: the report is written beside it and renamed at the end,
    so the run reads the file as it was (and an old report is never half-overwritten)."""
    root = _tree(tmp_path, walk_order=True)
    report = root / "zz" / "report.txt"
    shutil.copy(root / "body0" / "2023.txt", report)
    code, out, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "concise", "-o", str(report), ".")
    text = report.read_text(encoding="utf-8")
    assert out == "" and code == 1
    assert "zz/report.txt:1:" in text        # the old content was linted, not a truncated file
    assert not [f for f in os.listdir(root / "zz") if f.startswith(".lintgov-report-")]
    os.chmod(report, 0o640)
    _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "json", "-o", str(report), ".")
    assert json.loads(report.read_text(encoding="utf-8"))["summary"]["files"] >= 8
    assert os.stat(report).st_mode & 0o777 == 0o640
    code, out, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "json", "-o", os.devnull, ".")
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)


def test_output_size_limit_cuts_the_stream(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    _, whole, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "csv", ".")
    (root / "lintgov.toml").write_text("[limits]\noutput-size = 500\n", encoding="utf-8")
    code, cut, err = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "csv", ".")
    assert cut == whole[:500] and code == 2 and "output-size" in err


def test_statistics_stream(tmp_path, capsys, monkeypatch):
    root = _tree(tmp_path)
    _, as_json, _ = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "sarif", ".")
    results = json.loads(as_json)["runs"][0]["results"]
    _, stats, _ = _check(capsys, monkeypatch, root, "--no-cache", "--statistics", "--output-format", "json", ".")
    rows = json.loads(stats)
    assert sum(r["count"] for r in rows) == len(results)
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    _, text, _ = _check(capsys, monkeypatch, root, "--no-cache", "--statistics", ".")
    assert [ln.split()[1] for ln in text.splitlines()] == [r["code"] for r in rows]


# -- one file, two spellings of its path ------------------------------------------------------------
def _undated_report(tmp_path):
    """A report whose text names no year: with --year it pairs with any --prior of unknown year."""
    import re
    d = tmp_path / "undated"
    (d / "sub").mkdir(parents=True)
    text = open(os.path.join(SEEDS, sorted(f for f in os.listdir(SEEDS) if f.endswith(".txt"))[1]), encoding="utf-8").read()
    (d / "a.txt").write_text(re.sub(r"(19|20)\d\d年?", "", text), encoding="utf-8")
    os.symlink(d / "a.txt", d / "sub" / "link.txt")
    shutil.copy(d / "a.txt", d / "copy.txt")
    return d


@pytest.mark.parametrize("spelling", ["./a.txt", "sub/../a.txt", "sub/link.txt", "a.txt"])
def test_prior_spelled_otherwise_never_pairs_with_itself(tmp_path, monkeypatch, spelling):
    from lintgov.engine import read_document
    from lintgov.runner import run as runmod
    from lintgov.runner.api import make_spec, settings_finder
    d = _undated_report(tmp_path)
    monkeypatch.chdir(d)
    finder = settings_finder(REG, str(d))
    finder.key_for_dir(str(d))
    groups = []
    real = runmod.pair_groups

    def pair_groups(*a, **k):
        got = real(*a, **k)
        groups.append(got[0])
        return got
    monkeypatch.setattr(runmod, "pair_groups", pair_groups)
    for prior_path, paired in ((spelling, False), ("copy.txt", True)):   # another file with the same text does pair
        prior = read_document(prior_path, os.path.relpath(prior_path), REG)
        spec = make_spec(finder, str(d), extra={"year": 2023})
        rs = runmod.RunStream(["./a.txt", "a.txt"], REG, spec, finder, jobs=1, prior_documents=[prior])
        records = list(rs)
        assert len(records) == 1                       # one file named twice is linted once
        assert bool(groups[-1]) == paired, prior_path
        assert rs.unpaired_priors == ([] if paired else [prior])


def test_a_report_edited_during_the_run_is_not_compared_as_it_is_now(tmp_path, capsys, monkeypatch):
    """The pairs phase reads a report again only to compare it: bytes other than those phase 1
    linted (the file was edited meanwhile) are not compared, and the user is told."""
    from lintgov.runner import run as runmod
    root = _tree(tmp_path, copies=2)
    _, before, err = _check(capsys, monkeypatch, root, "--no-cache", "--output-format", "concise", ".")
    assert any(ln.startswith("body0/2023.txt") and " LG206 " in ln for ln in before.splitlines())
    assert "changed" not in err
    real = runmod.pair_groups

    def pair_groups(*a, **k):   # after phase 1, before the pairs: last year's report is edited
        (root / "body0" / "2022.txt").write_text(PRIOR.replace("600件", "1000件"), encoding="utf-8")
        return real(*a, **k)
    monkeypatch.setattr(runmod, "pair_groups", pair_groups)
    for jobs in ("-j1", "-j2"):
        (root / "body0" / "2022.txt").write_text(PRIOR, encoding="utf-8")
        _, after, err = _check(capsys, monkeypatch, root, "--no-cache", jobs, "--output-format", "concise", ".")
        assert not any(ln.startswith("body0/2023.txt") and " LG206 " in ln for ln in after.splitlines())
        assert any(ln.startswith("body1/2023.txt") and " LG206 " in ln for ln in after.splitlines())
        assert "body0/2022.txt: 运行期间文件被修改" in err and "the file changed while lintgov ran" in err


def test_progress_bar_steps_aside_for_a_report_on_the_terminal(tmp_path, monkeypatch):
    """Report lines streamed to the terminal the bar is drawn on are never written over the bar."""
    from lintgov.runner import progress, run as runmod

    class Tty(io.StringIO):
        def isatty(self):
            return True
    err, out = Tty(), Tty()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(progress, "DELAY", 0.0)
    events = []
    real = progress.Progress.pause

    def pause(self):
        events.append(("pause", self.bar is not None))
        return real(self)
    monkeypatch.setattr(progress.Progress, "pause", pause)
    root = _tree(tmp_path, copies=2)
    monkeypatch.chdir(root)
    assert main(["check", "--no-cache", "-j1", NO_PAIRS, "--output-format", "concise", "."]) == 1
    assert events and all(drawn for _, drawn in events)
    assert "\r" in err.getvalue() and "lintgov" in err.getvalue()     # the bar was drawn on standard error
    assert "\r" not in out.getvalue() and out.getvalue().count("\n") >= len(events)


# -- one big document: the lines are views of the text, not a second copy -----------------------------
@pytest.mark.parametrize("text", ["", "一", "一\n", "一\n\n二\r三\n", "\n\n", "甲\u2028乙\n丙"])
def test_document_lines_are_sliced_from_the_text(text):
    from lintgov.document import Document, TextLines
    d = Document(text)
    want = d.text.split("\n")
    assert isinstance(d.lines, TextLines) and not isinstance(d.lines, list)
    assert d.lines == want and list(d.lines) == want and len(d.lines) == len(want)
    assert [d.lines[i] for i in range(-len(want), len(want))] == want + want
    assert d.lines[:-1] == want[:-1] and d.lines[1:] == want[1:]
    assert [d.line_starts[i] + len(d.lines[i]) for i in range(len(want))] == \
        [sum(len(x) + 1 for x in want[:i]) + len(want[i]) for i in range(len(want))]
    with pytest.raises(IndexError):
        d.lines[len(want)]
