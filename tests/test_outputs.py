"""Output formats: Chinese-first level words, file names escaped in every format, SARIF
results bounded to the finding's neighbourhood, fingerprints once per sentence, columns
without re-encoding the line."""
import json
import os
import random
import re
import subprocess
import sys

import pytest

from conftest import lintgov_cmd
from lintgov import fingerprints
from lintgov.config import Settings
from lintgov.document import Document
from lintgov.engine import lint_paths
from lintgov.formatters.base import Columns, FormatOptions, display_name, one_line
from lintgov.plugins import build_registry

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures", "plugins"))
import lintgov_demo_plugin  # noqa: E402

REG = build_registry(load_entry_points=False, extra_plugins=[lintgov_demo_plugin])
DEMO = Settings(select=["DEMO01"])


def render(fmt, paths, cwd, lang="zh", settings=None):
    run = lint_paths([str(p) for p in paths], REG, settings or DEMO, {}, cwd=str(cwd))
    return REG.formatters[fmt].render(run, FormatOptions(lang=lang, exit_code=1)), run


def test_level_words_follow_the_language(tmp_path):
    (tmp_path / "a.txt").write_text("这里有示例违规。\n", encoding="utf-8")
    for fmt in ("text", "concise", "full"):
        zh, _ = render(fmt, ["a.txt"], tmp_path)
        en, _ = render(fmt, ["a.txt"], tmp_path, lang="en")
        assert zh.startswith("a.txt:1:4: DEMO01 [警告] 出现测试用词“示例违规”"), zh
        assert en.startswith("a.txt:1:4: DEMO01 [warning] test word '示例违规' found"), en
    # machine formats keep the SARIF level names whatever the language
    js, _ = render("json", ["a.txt"], tmp_path)
    assert json.loads(js)["findings"][0]["level"] == "warning"
    gh, _ = render("github", ["a.txt"], tmp_path)
    assert gh.startswith("::warning file=a.txt,line=1,col=4,")


def test_one_line_and_display_name():
    assert one_line("a\nb\r\x1b\u202e\u2028c") == "a\\nb\\r\\x1b\\u202e\\u2028c"
    assert one_line("普通的名字 2024.txt") == "普通的名字 2024.txt"
    assert display_name("::error::pwned.txt") == "./::error::pwned.txt"
    assert display_name("reports/::x.txt") == "reports/::x.txt"   # not at a line start


CRAFTED = ["evil\n::error file=x,line=1::pwned.txt", "::warning::hi.txt", "bidi\u202etxt.exe.txt", "tab\there.txt"]


@pytest.mark.parametrize("fmt", ["text", "concise", "full", "github"])
def test_crafted_file_names_stay_on_their_line(tmp_path, fmt):
    for name in CRAFTED:
        (tmp_path / name).write_text("示例违规\n示例违规\n", encoding="utf-8")
    out, run = render(fmt, CRAFTED, tmp_path)
    lines = out.splitlines()
    findings = [ln for ln in lines if "DEMO01" in ln]
    assert len(findings) == 2 * len(CRAFTED), out     # one line per finding, none split
    for ln in lines:
        if fmt == "github":
            # every line is one of our commands, and no file name can smuggle a second one in
            assert re.match(r"^::(error|warning|notice) file=[^\n:,]*,line=\d+,", ln), ln
            assert ln.count("::") == 2, ln
        else:
            assert not ln.startswith("::"), ln
            assert "\u202e" not in ln and "\t" not in ln   # (github keeps them: the name must match the file)
    if fmt == "github":
        assert "file=evil%0A%3A%3Aerror file=x%2Cline=1%3A%3Apwned.txt," in out
    else:
        assert "evil\\n::error file=x,line=1::pwned.txt:1:1: DEMO01" in out
        assert "./::warning::hi.txt:2:1: DEMO01" in out


def test_crafted_names_in_json_and_sarif_round_trip(tmp_path):
    for name in CRAFTED:
        (tmp_path / name).write_text("示例违规\n", encoding="utf-8")
    js, _ = render("json", CRAFTED, tmp_path)
    assert sorted(f["location"]["path"] for f in json.loads(js)["findings"]) == sorted(CRAFTED)
    sarif, _ = render("sarif", CRAFTED, tmp_path)
    from urllib.parse import unquote
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(sarif)["runs"][0]["results"]]
    assert all(not re.search(r"[\s\u202e]", u) for u in uris)
    assert sorted(unquote(u) for u in uris) == sorted(CRAFTED)


def test_cli_text_output_escapes_names(tmp_path):
    name = "x\n::error::y.txt"
    (tmp_path / name).write_text("示例违规\n", encoding="utf-8")
    plugins = os.path.join(os.path.dirname(__file__), "fixtures", "plugins")
    env = dict(os.environ, PYTHONPATH=plugins)
    code = "import sys, lintgov_demo_plugin; from lintgov.cli import main; sys.exit(main(sys.argv[1:]))"
    r = subprocess.run([sys.executable, "-c", code, "check", "--isolated", "--no-plugins", name],
                       cwd=tmp_path, capture_output=True, text=True, env=env)
    assert r.returncode in (0, 1), r.stderr
    assert not any(ln.startswith("::") for ln in r.stdout.splitlines()), r.stdout


def test_sarif_result_size_does_not_depend_on_line_length(tmp_path):
    filler = "我们坚持依法行政推进法治政府建设，" * 6          # ~100 characters between findings
    line = (filler + "示例违规") * 1500                      # one line of ~160,000 characters
    (tmp_path / "long.txt").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text(filler + "示例违规\n", encoding="utf-8")
    out_long, run = render("sarif", ["long.txt"], tmp_path)
    out_short, _ = render("sarif", ["short.txt"], tmp_path)
    log = json.loads(out_long)
    results = log["runs"][0]["results"]
    assert len(results) == 1500
    base = len(out_short)
    per_result = (len(out_long) - base) / 1499
    assert per_result < 2500, per_result        # the whole line in each result would be 160 KB
    phys = results[700]["locations"][0]["physicalLocation"]
    assert phys["region"]["snippet"]["text"] == "示例违规"
    ctx = phys["contextRegion"]
    assert len(ctx["snippet"]["text"]) == 60 + 4 + 60
    off = ctx["charOffset"]
    assert line[off:off + ctx["charLength"]] == ctx["snippet"]["text"]
    assert ctx["snippet"]["text"][60:64] == "示例违规"


def test_finding_hashes_strip_each_sentence_once(tmp_path, monkeypatch):
    text = "示例违规。" + "，".join(["示例违规"] * 2000) + "。最后一句示例违规。\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    run = lint_paths(["a.txt"], REG, DEMO, {}, cwd=str(tmp_path))
    assert len(run.findings) == 2002
    calls = []
    real = fingerprints._SPACES

    class Counting:
        def sub(self, repl, s):
            calls.append(len(s))
            return real.sub(repl, s)
    monkeypatch.setattr(fingerprints, "_SPACES", Counting())
    hashes = fingerprints.finding_hashes(run.findings)
    assert len(calls) == 3                     # three sentences, each stripped once
    assert len(set(hashes)) == 2002            # occurrence numbers keep them apart
    monkeypatch.undo()
    assert fingerprints.finding_hashes(run.findings) == hashes   # deterministic


def test_finding_hash_of_a_normal_sentence_is_unchanged():
    # the v1 formula for sentences under MAX_CONTEXT: baselines written before still match
    import hashlib
    doc = Document("前文。这里有 示例违规 的句子。\n", "a.txt")
    run_findings = list(lintgov_demo_plugin.DemoWord().check(doc, None))
    base = "\x1f".join(("DEMO01", "default", "示例违规", "这里有示例违规的句子。"))
    expected = hashlib.sha256(f"{base}\x1f1".encode()).hexdigest()[:32]
    assert fingerprints.finding_hashes(run_findings) == [expected]


def test_columns_match_the_document_in_every_unit():
    rng = random.Random(7)
    alphabet = ["a", "中", "\U00020BB7", "😀", "\n", "é", " "]
    text = "".join(rng.choice(alphabet) for _ in range(3000))
    doc = Document(text, "x.txt")
    cols = Columns(doc)
    offsets = sorted(rng.randrange(len(doc.text) + 1) for _ in range(400))
    offsets += [rng.randrange(len(doc.text) + 1) for _ in range(100)]     # out of order too
    for off in offsets:
        for unit in ("codepoint", "utf16", "utf8"):
            assert cols.column(off, unit) == doc.column(off, unit), (off, unit)
