"""Year-over-year rules (LG2xx): within one report, across reports, end to end."""
import glob
import json
import os
import subprocess
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEEDS, lintgov_cmd
from lintgov.document import Document
from lintgov.engine import Context, lint_text
from lintgov.plugins import build_registry
from lintgov.rules import yoy

REG = build_registry(load_entry_points=False)
FIX = os.path.join(ROOT, "tests", "fixtures", "yoy")
DOC_RULES = [yoy.GrowthMismatch, yoy.GrowthDirection, yoy.GrowthImpossibleCount, yoy.PercentVsPoints,
             yoy.MultipleWording]


def codes(text, rules=DOC_RULES, **kw):
    return [f.code for f in lint_text(text, [r() for r in rules], registry=REG, **kw)]


def found(text, rule):
    return lint_text(text, [rule()], registry=REG)


def rounded(x, d):
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))


# -- within one report ----------------------------------------------------------------------------
def test_seed_grim_003_and_silence_000():
    (f,) = found("2024年共受理行政复议案件27件,同比增长285%,通过调解、和解方式结案4件。", yoy.GrowthImpossibleCount)
    assert f.evidence["nearest"][0][0] == 7 and f.evidence["nearest"][1][0] == 8
    assert "285.71%" in f.message("zh") and "237.5%" in f.message("en")
    assert found("全年共收到行政復議申請1113件,同比增長99.5%(主要受集中行使行政復議權影響)。",
                 yoy.GrowthImpossibleCount) == []
    assert found("共辦理以區政府為被告的行政訴訟案件285件,較去年同比增長43.2%。", yoy.GrowthImpossibleCount) == []


def test_grim_skips_money_scaled_and_approximate_values():
    for text in ("实际利用外资1.98亿美元，同比增长149.6%。", "受理案件2.7万件，同比增长285%。",
                 "受理案件27余件，同比增长285%。", "受理案件27件，同比增长约285%。",
                 "受理案件27件，涉案金额同比增长285%。", "受理案件27件，按可比口径增长285%。"):
        assert found(text, yoy.GrowthImpossibleCount) == [], text


def test_growth_mismatch_reports_recomputation_and_tolerance():
    (f,) = found("办理行政复议案件512件，比上年的420件增长18.5%。", yoy.GrowthMismatch)
    assert f.level == "error"
    assert "21.9" in f.message("zh") and "±0.05" in f.message("zh")
    assert f.evidence["base"] == 420 and f.evidence["current"] == 512
    assert [r.message["en"] for r in f.related] == ["prior value", "current value"]


def test_direction_and_double_sign():
    assert codes("行政诉讼案件由85件增至72件。") == ["LG202"]
    assert codes("受理案件72件，比上年的85件增长15.3%。") == ["LG202"]
    assert codes("受理案件72件，比上年的85件下降15.3%。") == []
    # a double sign contradicts no figure: LG907 (number usage) notes it, LG202 stays silent
    assert codes("行政复议申请同比下降-5%。") == []
    assert codes("行政复议申请同比增长-5%。") == []


def test_percent_vs_points():
    assert codes("行政复议纠错率由12.5%提高到15.0%，提高2.5%。") == ["LG204"]
    assert codes("行政复议纠错率由12.5%提高到15.0%，提高20.0%。") == []
    assert codes("行政复议纠错率由12.5%提高到15.0%，提高2.5个百分点。") == []
    assert codes("行政复议纠错率由12.5%提高到15.0%，提高20个百分点。") == ["LG204"]
    assert codes("行政复议纠错率由12.5%提高到15.0%，提高3.5个百分点。") == ["LG201"]
    assert codes("行政诉讼案件数量同比下降3个百分点。") == ["LG204"]
    assert codes("纠错率15.0%，较上年（12.5%）提高2.5%。") == ["LG204"]
    assert codes("纠错率15.0%，较上年（12.5%）提高2.5个百分点。") == []
    assert codes("受理行政复议申请300件，纠错率同比提高3个百分点。") == []
    assert codes("国内生产总值增长7.6%，比上年加快0.5个百分点。") == []


def test_multiples():
    assert codes("案件量由100件增加到300件，增加了3倍。") == ["LG205"]
    assert codes("案件量由100件增加到300件，增加了2倍。") == []
    assert codes("案件量由100件增加到300件，增长到3倍。") == []
    assert codes("工程技术人员达到十七万五千人，比一九五二年的五万八千人增长两倍。") == []
    assert codes("由120件增至360件，翻了两番。") == ["LG205"]
    assert codes("由120件增至480件，翻了两番。") == []
    assert codes("由120件增至230件，基本翻了一番。") == []
    assert codes("同比增长60%，实现翻番。") == ["LG205"]
    assert codes("同比增长100%，实现翻番。") == []
    assert codes("审批时间减少一倍。") == ["LG205"]
    assert codes("审批时间减少一半。") == []


PHRASINGS = [
    "全年受理行政复议申请{B}件，比上年的{A}件{verb}{X}%。",
    "行政复议申请由{A}件{tov}{B}件，{verb}{X}%。",
    "受理行政复议申请{B}件（上年为{A}件），同比{verb}{X}%。",
    "受理行政复议申请{B}件，较上年同期的{A}件{verb}{X}%。",
    "行政复议申请由2022年的{A}件{tov}{B}件，同比{verb}{X}%。",
    "2023年，受理行政复议申请{B}件，同比{verb}{X}%（2022年为{A}件）。",
    "受理行政复议申请{B}件，与上年的{A}件相比，{verb}{X}%。",
    "受理行政复议申请{B}件，比上年（{A}件）{verb}{X}%。",
    "上年受理行政复议申请{A}件，今年受理{B}件，{verb}{X}%。",
    "受理行政复议申请{B}件，上年同期为{A}件，同比{verb}{X}%。",
]


def _claim(A, B, d, phrasing, delta=0):
    up = B > A
    g = abs(B - A) / A * 100
    X = rounded(g, d) + delta * 10 ** -d
    verb = "增长" if up else "下降"
    tov = "增至" if up else "降至"
    return PHRASINGS[phrasing].format(A=A, B=B, X=f"{X:.{d}f}", verb=verb, tov=tov)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 5000), B=st.integers(0, 5000), d=st.integers(0, 2), phrasing=st.integers(0, len(PHRASINGS) - 1))
def test_property_correct_growth_is_silent(A, B, d, phrasing):
    if A == B:
        return
    text = _claim(A, B, d, phrasing)
    assert codes(text) == [], text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 5000), B=st.integers(0, 5000), d=st.integers(0, 2), phrasing=st.integers(0, len(PHRASINGS) - 1),
       k=st.integers(2, 400))
def test_property_perturbed_growth_is_found(A, B, d, phrasing, k):
    if A == B:
        return
    text = _claim(A, B, d, phrasing, delta=k)
    assert "LG201" in codes(text), text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 5000), B=st.integers(0, 5000), d=st.integers(0, 2), phrasing=st.integers(0, len(PHRASINGS) - 1))
def test_property_flipped_direction_is_found(A, B, d, phrasing):
    if A == B:
        return
    text = _claim(A, B, d, phrasing)
    flipped = text.replace("增长", "\0").replace("下降", "增长").replace("\0", "下降")
    assert "LG202" in codes(flipped), flipped


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(B=st.integers(1, 3000), X=st.integers(1, 40000), d=st.integers(0, 2), up=st.booleans())
def test_property_grim_agrees_with_brute_force(B, X, d, up):
    """LG203 fires exactly when no whole prior count gives the stated rate (brute force over
    1..10·B+10, which holds every candidate for growth and for falls up to 90%), a rate rounded
    twice included (201.49% → 201.5% → 202%: 1.1 half-units)."""
    stated = X / 10 ** d
    if not up and stated > 89:
        return
    text = f"受理行政复议申请{B}件，同比{'增长' if up else '下降'}{stated:.{d}f}%。"
    fired = bool(found(text, yoy.GrowthImpossibleCount))
    half = 0.55 * 10 ** -d
    target = stated if up else -stated
    exists = any(abs((B - a) / a * 100 - target) <= half + 1e-9 for a in range(1, 10 * B + 10))
    assert fired == (not exists), text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 3000), B=st.integers(1, 3000), d=st.integers(0, 2))
def test_property_grim_silent_for_real_growth(A, B, d):
    if A == B:
        return
    g = abs(B - A) / A * 100
    text = f"受理行政复议申请{B}件，同比{'增长' if B > A else '下降'}{rounded(g, d):.{d}f}%。"
    assert found(text, yoy.GrowthImpossibleCount) == [], text


# -- across reports -------------------------------------------------------------------------------
def _read(path):
    from lintgov.engine import read_document
    return read_document(path, os.path.relpath(path, ROOT), REG)


def _cross(docs, priors=(), **extra):
    ctx = Context(settings={"prior_documents": list(priors), **extra}, registry=REG, documents=list(docs))
    out = []
    for r in (yoy.GrowthVsPriorReport(), yoy.PriorFigureMismatch()):
        out.extend(r.check_corpus(list(docs), ctx))
    return out


def test_pairing_by_issuer_and_year():
    a = _read(os.path.join(FIX, "inconsistent", "qingshan_2022.txt"))
    b = _read(os.path.join(FIX, "inconsistent", "qingshan_2023.txt"))
    assert yoy.doc_issuer(a) == yoy.doc_issuer(b) == "青山区"
    assert (yoy.doc_year(a), yoy.doc_year(b)) == (2022, 2023)
    ctx = Context(settings={})
    assert yoy.pair_documents([a, b], ctx) == [(b, a)]
    other = Document("2022年，红河县坚持依法行政。全年共收到行政复议申请100件。", "other.txt")
    assert yoy.pair_documents([other, b], ctx) == []
    # a draft without issuer or year pairs with an explicit --prior
    draft = Document("全年共收到行政复议申请512件，比上年的400件增长28%。", "draft.txt")
    assert yoy.pair_documents([draft], Context(settings={"prior_documents": [a]})) == [(draft, a)]
    # --year makes the years inconsistent: no pairing
    assert yoy.pair_documents([draft], Context(settings={"prior_documents": [a], "year": 2025})) == []


def test_issuer_keys():
    assert yoy.issuer_key("北京市通州区人民政府") == "通州区"
    assert yoy.issuer_key("中共青山区委") != ""
    assert yoy.issuer_key("青山区司法局") == "青山区司法局"
    seed = _read(os.path.join(SEEDS, "000_db1df324d5669997.txt"))
    assert yoy.doc_issuer(seed) == "通州区"


def test_consistent_pair_is_silent():
    docs = [_read(p) for p in sorted(glob.glob(os.path.join(FIX, "consistent", "*.txt")))]
    assert _cross(docs) == []
    for d in docs:
        assert [f.code for r in DOC_RULES for f in r().check(d, Context())] == []


def test_inconsistent_pair_findings_point_into_last_year():
    prior = _read(os.path.join(FIX, "inconsistent", "qingshan_2022.txt"))
    cur = _read(os.path.join(FIX, "inconsistent", "qingshan_2023.txt"))
    got = _cross([cur], priors=[prior])
    assert sorted((f.code, cur.text[f.start:f.end]) for f in got) == [
        ("LG206", "下降0.9个百分点"), ("LG206", "下降15%"), ("LG206", "增加200件"), ("LG206", "增长25.3%"),
        ("LG207", "400件")]
    for f in got:
        other = [r for r in f.related if r.doc is prior]
        assert len(other) == 1
        assert prior.text[other[0].start:other[0].end] in ("420件", "388件", "160件", "3250件", "13.4%")


CROSS_PHRASINGS = [
    "全年共收到行政复议申请{B}件，同比{verb}{X}%。",
    "全年共收到行政复议申请{B}件，较上年{verb}{X}%。",
    "全区共收到行政复议申请{B}件，比去年同期{verb}{X}%。",
    "全年共收到行政复议申请{B}件，比上年{verb2}{N}件。",
]


def _pair(A, B, d, phrasing, delta=0):
    prior = Document(f"2022年，青山区坚持依法行政。\n全年共收到行政复议申请{A}件，审结{A + 7}件。", "p2022.txt")
    g = abs(B - A) / A * 100
    X = rounded(g, d) + delta * 10 ** -d
    text = CROSS_PHRASINGS[phrasing].format(B=B, X=f"{X:.{d}f}", verb="增长" if B > A else "下降",
                                            verb2="增加" if B > A else "减少", N=abs(B - A) + delta)
    cur = Document("2023年，青山区坚持依法行政。\n" + text, "c2023.txt")
    return prior, cur


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 5000), B=st.integers(0, 5000), d=st.integers(0, 2),
       phrasing=st.integers(0, len(CROSS_PHRASINGS) - 1))
def test_property_cross_year_correct_is_silent(A, B, d, phrasing):
    if A == B:
        return
    prior, cur = _pair(A, B, d, phrasing)
    assert _cross([cur], priors=[prior]) == [], cur.text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(A=st.integers(1, 5000), B=st.integers(0, 5000), d=st.integers(0, 2),
       phrasing=st.integers(0, len(CROSS_PHRASINGS) - 1), k=st.integers(2, 300))
def test_property_cross_year_perturbed_is_found(A, B, d, phrasing, k):
    if A == B:
        return
    prior, cur = _pair(A, B, d, phrasing, delta=k)
    got = _cross([cur], priors=[prior])
    assert [f.code for f in got] == ["LG206"], cur.text
    assert got[0].related[0].doc is prior


def test_cross_year_ambiguous_metric_stays_silent():
    prior = Document("2022年，青山区坚持依法行政。全年共收到行政复议申请420件，其后又收到行政复议申请300件。", "p.txt")
    cur = Document("2023年，青山区坚持依法行政。全年共收到行政复议申请512件，同比增长21.9%。", "c.txt")
    assert _cross([cur], priors=[prior]) == []


def _run(args):
    p = subprocess.run(lintgov_cmd() + args, cwd=ROOT, capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def test_cli_prior_end_to_end():
    prior = os.path.join(FIX, "inconsistent", "qingshan_2022.txt")
    cur = os.path.join(FIX, "inconsistent", "qingshan_2023.txt")
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--prior", prior, cur])
    assert rc == 1, err
    data = json.loads(out)
    got = sorted(f["code"] for f in data["findings"])
    assert got == ["LG206"] * 4 + ["LG207"]
    for f in data["findings"]:
        assert f["location"]["path"].endswith("qingshan_2023.txt")
        assert any(r["path"].endswith("qingshan_2022.txt") for r in f["related"])
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--prior",
                         os.path.join(FIX, "consistent", "qingshan_2022.txt"),
                         os.path.join(FIX, "consistent", "qingshan_2023.txt")])
    assert rc == 0 and json.loads(out)["findings"] == [], out + err


def test_cli_directory_pairs_reports():
    rc, out, err = _run(["check", "--select", "yoy", "--format", "sarif", os.path.join(FIX, "inconsistent")])
    assert rc == 1, err
    results = json.loads(out)["runs"][0]["results"]
    assert sorted(r["ruleId"] for r in results) == ["LG206"] * 4 + ["LG207"]
    for r in results:
        uris = [rl["physicalLocation"]["artifactLocation"]["uri"] for rl in r.get("relatedLocations", [])]
        assert any(u.endswith("qingshan_2022.txt") for u in uris), r
    rc, out, err = _run(["check", "--select", "yoy", os.path.join(FIX, "consistent")])
    assert rc == 0, out + err
    # both pairs in one run: each 2023 report pairs with the 2022 report beside it
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", FIX])
    paths = sorted((f["code"], os.path.basename(os.path.dirname(f["location"]["path"])))
                   for f in json.loads(out)["findings"])
    assert paths == [("LG206", "inconsistent")] * 4 + [("LG207", "inconsistent")], out + err
    # --prior naming a file that is also in the linted directory: each finding once
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--prior",
                         os.path.join(FIX, "inconsistent", "qingshan_2022.txt"), os.path.join(FIX, "inconsistent")])
    assert sorted(f["code"] for f in json.loads(out)["findings"]) == ["LG206"] * 4 + ["LG207"], out + err


def test_cli_issuer_and_year_overrides_for_a_draft(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("一、行政复议\n全年共收到行政复议申请512件，同比增长28%。\n", encoding="utf-8")
    prior = os.path.join(FIX, "inconsistent", "qingshan_2022.txt")
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--prior", prior,
                         "--issuer", "青山区人民政府", "--year", "2023", str(draft)])
    (f,) = json.loads(out)["findings"]
    assert f["code"] == "LG206" and "+21.9" in f["message"], out + err
    # the wrong year: no pairing, no finding
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--prior", prior,
                         "--year", "2025", str(draft)])
    assert json.loads(out)["findings"] == [], out + err


# -- seeds and corpus -----------------------------------------------------------------------------
def _expected_yoy():
    with open(os.path.join(SEEDS, "expected.json"), encoding="utf-8") as f:
        return [c for c in json.load(f)["cases"] if c["category"] == "yoy"]


@pytest.mark.parametrize("case", _expected_yoy(), ids=lambda c: f"{c['file'][:3]}-{c['expect']}-{c['needle']}")
def test_seed_expectations(case):
    doc = _read(os.path.join(SEEDS, case["file"]))
    ctx = Context(settings={}, registry=REG, documents=[doc])
    fs = [f for r in DOC_RULES for f in r().check(doc, ctx)]
    start = -1
    for _ in range(case.get("nth", 1)):
        start = doc.text.index(case["needle"], start + 1)
    end = start + len(case["needle"])
    inside = [f for f in fs if start <= f.start and f.end <= end or (f.start < end and start < f.end)]
    assert bool(inside) == (case["expect"] == "find"), (case, [(f.code, f.message()) for f in fs])


def test_gwr_corpus_is_silent(shared_dir):
    files = sorted(glob.glob(os.path.join(shared_dir, "corpus", "gwr", "*.txt")))
    if not files:
        pytest.skip("corpus absent")
    rc, out, err = _run(["check", "--select", "yoy", "--format", "json", "--exit-zero"] + files)
    assert rc == 0, err
    # reviewed by hand (benches/validity/corpus_review.md, growth 2026-12-04 07:45): a real inconsistency of the stored
    # text — 城镇居民人均生活费收入，１９８２年为４９４．５元，１９８７年提高到９．６元 (a figure lost in the file)
    known = {("1988.txt", "LG202")}
    got = {(os.path.basename(f["location"]["path"]), f["code"]) for f in json.loads(out)["findings"]}
    assert got <= known, got


def test_lg205_fan_with_a_qualifier_is_a_range_of_multiples():
    from lintgov.engine import lint_text as _lt
    from lintgov.plugins import build_registry as _br
    reg = _br(load_entry_points=False)
    rule = [r() for r in reg.rules if r.code == "LG205"]

    def flagged(t):
        return [f for f in _lt(t + "\n", rule, registry=reg) if f.code == "LG205"]
    # more than one doubling and fewer than two: silent for ×2.2, ×3, ×3.6
    for cur in ("3,520", "4,800", "5,760"):
        assert not flagged(f"产值由1,600亿元增加到{cur}亿元，翻了一番多。"), cur
    # not even a doubling, or already two doublings: flagged, with the range in the message
    for cur in ("2,710", "7,200"):
        f = flagged(f"产值由1,600亿元增加到{cur}亿元，翻了一番多。")
        assert f and "2–4" in f[0].message("zh"), cur
    assert not flagged("由1,200件增至2,300件，接近翻一番。")
    assert flagged("由1,200件增至1,510件，接近翻一番。")
    assert flagged("由1,200件增至2,600件，接近翻一番。")   # past the doubling is not 'near' it from below
