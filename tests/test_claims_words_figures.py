"""``lintgov claims`` lists the shares and changes written in words (六成, 三分之一, 过半, 增长近三成:
claims.roles.cheng_figures) with their verdict, and counts them in the coverage summary (issue 10 item 6); they stay
out of the rules' figures (claims_of)."""
import json
import subprocess
import sys

from lintgov.claims import claims_of, words_figures
from lintgov.document import Document


def _claims(tmp_path, text):
    p = tmp_path / "r.txt"
    p.write_text(text, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "lintgov", "claims", "--format", "json", str(p)],
                         capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    return {r["text"]: r for r in data["documents"][0]["figures"]}, data["summary"]


def test_a_checked_share_in_words_is_listed_with_its_verdict(tmp_path):
    rows, cov = _claims(tmp_path, "二〇二三年，全区办理信访事项600件，按期办结480件，占八成。\n"
                                  "复议案件共二百件，其中涉企案件102件，超过一半。\n")
    assert rows["八成"]["role"] == "share" and rows["八成"]["verdict"] == "consistent"
    assert rows["超过一半"]["verdict"] == "consistent"
    assert cov["relations_checked"] >= 2 and cov["not_checkable"] == 0


def test_a_wrong_share_in_words_is_inconsistent(tmp_path):
    rows, cov = _claims(tmp_path, "全区办理信访事项600件，按期办结300件，占八成。\n")
    assert rows["八成"]["verdict"] == "inconsistent"
    assert cov["inconsistent"] == 1


def test_unchecked_words_figures_count_as_not_checkable(tmp_path):
    rows, cov = _claims(tmp_path, "全年新增就业岗位1200个，其中青年岗位约占三分之一。\n据统计，全年利用外资增长近三成。\n")
    assert rows["三分之一"]["verdict"] == "not checkable" and rows["三分之一"]["role"] == "share"
    assert rows["近三成"]["verdict"] == "not checkable" and rows["近三成"]["role"] == "growth"
    assert cov["not_checkable"] == 2 and cov["relations_checked"] == 0


def test_words_that_are_no_share_are_not_listed_and_rules_never_see_them():
    doc = Document("全年完成年度目标的八成，投资额相当于去年的三分之一。\n")
    assert [doc.text[f.start:f.end] for f in words_figures(doc)] == []
    doc = Document("其中青年岗位约占三分之一。\n")
    assert [doc.text[f.start:f.end] for f in words_figures(doc)] == ["三分之一"]
    assert all(f.start != words_figures(doc)[0].start for f in claims_of(doc).figures)


def test_check_counts_them_as_claims_does(tmp_path):
    """``lintgov check`` sums the same per-document coverage (claims.doc_coverage) as ``lintgov claims``."""
    text = "全年新增就业岗位1200个，其中青年岗位约占三分之一。\n全区办理信访事项600件，按期办结480件，占八成。\n"
    _rows, cov = _claims(tmp_path, text)
    p = tmp_path / "r.txt"
    out = subprocess.run([sys.executable, "-m", "lintgov", "check", "--no-cache", "--select", "arithmetic,yoy",
                          "--output-format", "json", str(p)], capture_output=True, text=True).stdout
    assert json.loads(out)["summary"]["claims"] == cov
    assert cov["not_checkable"] == 1 and cov["relations_checked"] >= 1
