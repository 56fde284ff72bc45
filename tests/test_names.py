"""Protected names and facts (LGA…): law and policy titles, protected terms, placeholders,
the [tool.lintgov.data] configuration."""
import json
import os

import pytest

from conftest import run_cli
from lintgov.config import ConfigError, settings_from_table
from lintgov.engine import lint_text
from lintgov.names import TermMatcher, one_edit
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = {r.code: r for r in REG.rules}


def run(code, text, data=None, **settings):
    if data is not None:
        settings["data"] = data
    return [f for f in lint_text(text, [RULES[code]({})], registry=REG, settings=settings) if f.code == code]


# -- the near-miss service -------------------------------------------------------------------

def test_one_edit_kinds():
    assert one_edit("中华人民共和国", "中华人民共合国").kind == "sub"
    assert one_edit("中华人民共和国", "中华人民和国").kind == "del"
    assert one_edit("中华人民共和国", "中华人民民共和国").kind == "dup"
    assert one_edit("中华人民共和国", "中华人民大共和国").kind == "ins"
    assert one_edit("中华人民共和国", "中华人民共和国") is None
    assert one_edit("中华人民共和国", "中华人名共合国") is None


def test_matcher_finds_edits_in_either_half():
    m = TermMatcher(["习近平新时代中国特色社会主义思想"])
    text = "坚持以习近平新时代中国特色社会主意思想为指导。"
    found = [f for f in m.find(text) if f.edit.kind == "sub"]
    assert [text[f.start:f.end] for f in found] == ["习近平新时代中国特色社会主意思想"]
    assert found[0].start == 3 and (found[0].edit.expected, found[0].edit.found) == ("义", "意")
    assert m.find("坚持以习近平新时代中国特色社会注意思想为指导") == []  # two characters off
    text = "习近平新时代中国特色社会主义思想习近平新时代中国特设社会主义思想"
    assert [(f.start, f.edit.found) for f in m.find(text) if f.edit.kind == "sub"] == [(16, "设")]


# -- LGA11 protected terms ----------------------------------------------------------------------

@pytest.mark.parametrize("text,term", [
    ("贯彻中华人民共合国宪法。", "中华人民共和国"),
    ("中华人民大和国成立七十五周年。", "中华人民共和国"),
    ("深入开展扫黑险恶专项斗争。", "扫黑除恶"),
    ("坚持中国共产当的领导。", "中国共产党"),
    ("全国人民代表大大会通过。", "全国人民代表大会"),
    ("深化放管府改革。", None),               # edge substitution inside a word: not reported
    ("学习贯彻习近平法制思想。", "习近平法治思想"),
])
def test_terms_found(text, term):
    got = run("LGA11", text)
    if term is None:
        assert got == []
    else:
        assert [f.params["term"] for f in got] == [term]
        assert f"“{term}”" in got[0].message("zh")


@pytest.mark.parametrize("text", [
    "向关心和支持中国现代化建设的各国政府表示感谢。",
    "生态环境不断改善，完善生态环境补偿机制。",
    "住房城乡建设部、人力资源社会保障部联合印发。",
    "深入推进“一网办、一窗办、一次办”。",
    "企业中非共产党员的负责人。",
    "全力深化改革开放，全面强化改革攻坚。",
    "召开检察委员会会议，推进依法治市。",
])
def test_terms_real_words_silent(text):
    assert run("LGA11", text) == []


def test_terms_user_terms_and_allowed_words():
    text = "北京市通洲区人民政府印发通知。"
    assert run("LGA11", text) == []
    got = run("LGA11", text, data={"extra-terms": ["北京市通州区人民政府"]})
    assert [f.params["term"] for f in got] == ["北京市通州区人民政府"]
    assert run("LGA11", text, data={"extra-terms": ["北京市通州区人民政府", "=北京市通洲区人民政府"]}) == []


# -- LGA01-03 titles -----------------------------------------------------------------------------

def test_law_title_near_misses():
    got = run("LGA01", "落实《中华人民共和国行政复义法》《中华人民共和国优化营商环境条例》《政府信息公开法》。")
    assert [(f.key, f.params["right"]) for f in got] == [
        ("default", "中华人民共和国行政复议法"), ("prefix", "优化营商环境条例"), ("suffix", "中华人民共和国政府信息公开条例")]
    assert run("LGA01", "《中华人民共和国行政复议法》《行政复议法》《深圳经济特区优化营商环境条例》《与台湾关系法》"
                        "《消防条例》《执法者来普法》《中华人民共和国民营经济促进法》") == []


def test_law_title_repealed_needs_the_year():
    text = "依照《中华人民共和国合同法》规范政府合同。"
    assert run("LGA02", text) == []
    got = run("LGA02", text, year=2022)
    assert len(got) == 1 and got[0].params["by"] == "中华人民共和国民法典" and got[0].params["date"] == "2021-01-01"
    assert run("LGA02", text, year=2020) == []
    assert run("LGA02", "依照《环境保护法》开展执法。", year=2027)
    assert run("LGA02", "依照《环境保护法》开展执法。", year=2026) == []


def test_user_law_list(tmp_path):
    f = tmp_path / "laws.tsv"
    f.write_text("title\tstatus\trepealed\treplaced_by\n某某省行政执法监督条例\t已废止\t2022-01-01\t某某省行政执法条例\n",
                 encoding="utf-8")
    got = run("LGA02", "依照《某某省行政执法监督条例》开展监督。", data={"laws": [str(f)]}, year=2023)
    assert got and got[0].params["by"] == "某某省行政执法条例"


def test_policy_titles():
    got = run("LGA03", "贯彻《法治政府建设实施纲要（2021—2025）》《法治社会建设实施纲要（2021—2025年）》"
                       "《法治政府建设实施纲要（2021-2025年）》《法治政府建设实施纲要》《法治政府建设与责任落实督查工作规定》")
    assert [(f.key, f.params["right"]) for f in got] == [
        ("nian", "法治政府建设实施纲要（2021—2025年）"), ("years", "法治社会建设实施纲要（2020—2025年）"),
        ("default", "法治政府建设与责任落实督察工作规定")]


def test_traditional_titles_are_folded():
    got = run("LGA03", "全面落實《法治政府建設實施綱要(2021-2025)》。")
    assert [f.key for f in got] == ["nian"]


# -- LGA31 placeholders ------------------------------------------------------------------------------

def test_placeholders():
    text = "XX局共办理案件×××件，20XX年某某单位【待补充】（此处插入图表）。张某某诉某区政府案。X射线检测。"
    got = sorted(run("LGA31", text), key=lambda f: f.start)
    assert [f.params["found"] for f in got] == ["XX", "×××", "XX", "某某", "【待补充】", "（此处插入图表）"]


# -- configuration --------------------------------------------------------------------------------

def test_data_table_resolves_and_validates(tmp_path):
    (tmp_path / "t.txt").write_text("北京市通州区人民政府\n", encoding="utf-8")
    cfg = tmp_path / "lintgov.toml"
    s = settings_from_table({"data": {"terms": ["t.txt"], "extra-terms": ["某某"]}}, str(cfg))
    assert s.data["terms"] == [os.path.join(str(tmp_path), "t.txt")]
    assert s.run_settings()["data"]["extra-terms"] == ["某某"]
    with pytest.raises(ConfigError, match="not found"):
        settings_from_table({"data": {"laws": ["nope.tsv"]}}, str(cfg))
    with pytest.raises(ConfigError, match="unknown"):
        settings_from_table({"data": {"law": ["t.txt"]}}, str(cfg))


def test_cli_uses_data_table_and_shows_data_date(tmp_path):
    (tmp_path / "terms.txt").write_text("# our names\n北京市通州区人民政府\n", encoding="utf-8")
    (tmp_path / "lintgov.toml").write_text('[data]\nterms = ["terms.txt"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("北京市通洲区人民政府印发通知。\n", encoding="utf-8")
    r = run_cli(["check", "--select", "LGA11", "--output-format", "json", "a.txt"], tmp_path)
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["LGA11"]
    from lintgov.data import DATA_DATE
    r = run_cli(["rule", "LGA01"], tmp_path)
    assert DATA_DATE in r.stdout


# -- LGA21 places ---------------------------------------------------------------------------------

def test_places_builtin_and_configured(tmp_path):
    text = "赴湖北省张家界市、四川省重庆市、湖南省长沙市、吉林省吉林市考察；湖北省慈利县；长沙市武陵源区。"
    got = run("LGA21", text)
    assert [(f.params["child"], f.key) for f in got] == [("张家界市", "default"), ("重庆市", "municipality")]
    assert got[0].params["actual"] == "湖南省"
    f = tmp_path / "div.tsv"
    f.write_text("湖南省\t张家界市\t慈利县\n湖南省\t张家界市\t武陵源区\n湖南省\t长沙市\t芙蓉区\n", encoding="utf-8")
    got = run("LGA21", text, data={"divisions": [str(f)]})
    assert [f.params["child"] for f in got] == ["张家界市", "重庆市", "慈利县", "武陵源区"]


# -- LGA12 one body, one name ------------------------------------------------------------------------

def test_issuer_name_from_title_and_override():
    doc = ("北京市通州区人民政府2023年法治政府建设年度报告\n2023年，通洲区坚持依法行政，通州区人民政府、通州区政府、"
           "北京市通州区人民攻府。\n北京市通州区人民政府\n2024年1月15日")
    got = run("LGA12", doc)
    assert [f.params["found"] for f in got] == ["通洲区", "北京市通州区人民攻府"]
    assert got[0].related  # points at the name in the title
    # no title: --issuer names the body; its level word and real words around it are not slips
    text = "深圳时装周、深圳是一座城市、深圳实践。深圳巿人民政府。"
    assert run("LGA12", text, issuer="深圳市") == []
    assert run("LGA12", "北京市通洲区坚持依法行政。", issuer="北京市通州区人民政府")


# -- LGA41/42 copied text ------------------------------------------------------------------------------

PLAN = "2024年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法，持续优化法治化营商环境，加快建设法治政府。"


def test_copied_paragraphs_exact_and_near():
    from lintgov.document import Document
    prior = Document("2022年，通州区坚持依法行政。\n" + PLAN + "\n" + "现在，我代表区人民政府向大会作工作报告，请予审议，并请各位政协委员提出意见。", "p.txt")
    near = PLAN.replace("持续优化", "不断优化")
    doc = "2023年，通州区坚持依法行政。\n" + PLAN + "\n" + near + "\n现在，我代表区人民政府向大会作工作报告，请予审议，并请各位政协委员提出意见。"
    got = run("LGA41", doc, prior_documents=[prior])
    assert [(f.key, f.evidence["prior_line"]) for f in got] == [("default", 2), ("near", 2)]
    assert got[1].evidence["similarity"] >= 0.9 and got[0].related[0].doc is prior


def test_unchanged_figure_claimed_change():
    from lintgov.document import Document
    prior = Document("2022年，通州区坚持依法行政。全年办理行政复议案件512件，行政诉讼案件30件。", "p.txt")
    doc = "2023年，通州区坚持依法行政。全年办理行政复议案件512件，较上年有所增加；行政诉讼案件30件，同比增长10%。"
    got = run("LGA42", doc, prior_documents=[prior])
    assert [f.params["current"] for f in got] == ["512件"]  # the change with a number is LG206's
