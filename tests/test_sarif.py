"""SARIF 2.1.0: schema-valid (official OASIS schema from ../shared), UTF-16 columns,
percent-encoded relative URIs, GitHub-compatible fingerprints, deterministic bytes."""
import json
import os
import shutil
import subprocess
import sys
from urllib.parse import unquote

import pytest

from conftest import ROOT, SHARED, lintgov_cmd
from lintgov.config import Settings
from lintgov.engine import lint_paths
from lintgov.fingerprints import line_hashes
from lintgov.formatters.base import FormatOptions
from lintgov.formatters.sarif import SarifFormatter
from lintgov.plugins import build_registry

SCHEMA = os.path.join(SHARED, "sarif", "sarif-schema-2.1.0.json")
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "fixtures", "plugins"))
import lintgov_demo_plugin  # noqa: E402

REG = build_registry(load_entry_points=False, extra_plugins=[lintgov_demo_plugin])


@pytest.fixture(scope="module")
def validator():
    if not os.path.exists(SCHEMA):
        pytest.skip("SARIF schema not present in ../shared")
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("rfc3987")
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


def sarif_for(paths, cwd, settings=None, exit_code=1):
    run = lint_paths(paths, REG, settings or Settings(), {}, cwd=str(cwd))
    return json.loads(SarifFormatter().render(run, FormatOptions(exit_code=exit_code))), run


def errors(validator, log):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


def test_validator_bites(validator, tmp_path):
    (tmp_path / "a.txt").write_text("示例违规\n", encoding="utf-8")
    log, _ = sarif_for(["a.txt"], tmp_path)
    assert errors(validator, log) == []
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["level"] = "fatal"
    assert errors(validator, bad)
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "报告/政府 工作报告.md"
    assert errors(validator, bad)


def test_chinese_path_astral_columns_crlf(validator, tmp_path):
    d = tmp_path / "报告"
    d.mkdir()
    # U+20BB7 is outside the BMP: two UTF-16 units, one code point
    (d / "2024年 工作报告.txt").write_bytes("第一行\r\n\u3000\u3000\U00020BB7野家示例违规。\r\n".encode("utf-8"))
    log, run = sarif_for(["报告"], tmp_path)
    assert errors(validator, log) == []
    r0 = log["runs"][0]
    assert r0["columnKind"] == "utf16CodeUnits" and r0["language"] == "zh-CN"
    res = [r for r in r0["results"] if r["ruleId"] == "DEMO01"]
    assert len(res) == 1
    loc = res[0]["locations"][0]["physicalLocation"]
    assert unquote(loc["artifactLocation"]["uri"]) == "报告/2024年 工作报告.txt"
    assert "%20" in loc["artifactLocation"]["uri"] and loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    reg = loc["region"]
    # 　　𠮷野家示例违规: 示 is code point 6 (column 6) but UTF-16 column 7
    assert (reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"]) == (2, 7, 2, 11)
    # charOffset counts UTF-16 units of the file as on disk: "第一行\r\n" = 5, then 　　𠮷野家 = 6
    assert reg["charOffset"] == 11 and reg["charLength"] == 4
    assert reg["snippet"]["text"] == "示例违规"   # the region's own text, as SARIF defines snippet
    ctx = loc["contextRegion"]
    assert ctx["snippet"]["text"] == "\u3000\u3000\U00020BB7野家示例违规。"
    assert (ctx["startLine"], ctx["startColumn"], ctx["endColumn"], ctx["charOffset"], ctx["charLength"]) == (2, 1, 12, 5, 11)
    rule_ids = [r["id"] for r in r0["tool"]["driver"]["rules"]]
    assert rule_ids[res[0]["ruleIndex"]] == "DEMO01"
    drv = r0["tool"]["driver"]["rules"][res[0]["ruleIndex"]]
    for k in ("shortDescription", "fullDescription", "help"):
        assert drv[k]["text"]
    assert drv["properties"]["tags"] == ["typography"]


def test_primary_location_line_hash_matches_github():
    # values computed by two independent ports of github/codeql-action src/fingerprints.ts
    text = "# 2024年政府工作报告\n\n\u3000\u3000过去一年,我们坚持稳中求进工作总基调。\n"
    assert line_hashes(text) == ["e9ce9fdfb5b1c355:1", "e440597987ea7f3d:1", "52cc88aa5c3d167:1", "c129715d7a2bc9a3:1"]


def test_identical_lines_get_occurrence_numbers():
    hs = line_hashes("同一行\n同一行\n同一行\n")
    assert [h.split(":")[1] for h in hs[:2]] != ["1", "1"] or hs[0] != hs[1]


def test_finding_fingerprint_survives_unrelated_edits(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("第一段。\n这里有示例违规。\n", encoding="utf-8")
    log1, _ = sarif_for(["a.txt"], tmp_path)
    p.write_text("新加的一段话。\n第一段，改过了。\n\n这里有示例违规。\n", encoding="utf-8")
    log2, _ = sarif_for(["a.txt"], tmp_path)
    f1 = log1["runs"][0]["results"][0]["partialFingerprints"]["lintgovFindingHash/v1"]
    f2 = log2["runs"][0]["results"][0]["partialFingerprints"]["lintgovFindingHash/v1"]
    assert f1 == f2
    assert log1["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2
    assert log2["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4


def test_seeds_sarif_valid_and_deterministic_across_checkouts(validator, tmp_path):
    outs = []
    for name in ("one", "two"):
        d = tmp_path / name
        shutil.copytree(os.path.join(ROOT, "seeds"), d / "seeds")
        r = subprocess.run(lintgov_cmd() + ["check", "--output-format", "sarif", "-o", "out.sarif", "seeds"],
                           cwd=d, capture_output=True, text=True, encoding="utf-8")
        assert r.returncode in (0, 1), r.stderr
        outs.append((d / "out.sarif").read_bytes())
    assert outs[0] == outs[1]
    log = json.loads(outs[0])
    assert errors(validator, log) == []
    run0 = log["runs"][0]
    assert run0["invocations"][0]["executionSuccessful"] is True
    assert len(run0["artifacts"]) == 5
    ids = {r["id"] for r in run0["tool"]["driver"]["rules"]}
    for res in run0["results"]:
        assert res["ruleId"] in ids and res["message"]["text"]
        assert "primaryLocationLineHash" in res["partialFingerprints"]
        for rel in res.get("relatedLocations", []):
            assert rel["message"]["text"]


def test_unreadable_file_is_a_result_not_a_crash(validator, tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "ok.txt").write_text("这里有示例违规。\n", encoding="utf-8")
    log, run = sarif_for(["bin.txt", "missing.txt", "ok.txt"], tmp_path)
    assert errors(validator, log) == []
    codes = sorted((r["ruleId"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
                   for r in log["runs"][0]["results"])
    assert codes == [("DEMO01", "ok.txt"), ("LG001", "bin.txt"), ("LG001", "missing.txt")]


def test_results_capped_for_github(validator, tmp_path, monkeypatch):
    from lintgov.formatters import sarif
    monkeypatch.setattr(sarif, "MAX_RESULTS", 50)
    (tmp_path / "many.txt").write_text("示例违规\n" * 80, encoding="utf-8")
    log, run = sarif_for(["many.txt"], tmp_path)
    assert len(run.findings) == 80
    r0 = log["runs"][0]
    assert len(r0["results"]) == 50
    notes = r0["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["descriptor"]["id"] == "LGX003" and "30" in notes[0]["message"]["text"]
    assert r0["invocations"][0]["executionSuccessful"] is True
    assert errors(validator, log) == []
