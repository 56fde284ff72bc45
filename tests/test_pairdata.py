"""What phase 1 keeps of a report for the pairs phase (lintgov/runner/pairdata.py, issue 10: analyse once): the
restored caches are what a fresh analysis builds, the pairs phase uses them, and a run gives the same report with
them as without them."""
from __future__ import annotations

import hashlib
import json
import pickle

from lintgov.claims.grammar import changes, transitions
from lintgov.cli import main
from lintgov.config import Settings
from lintgov.document import Document
from lintgov.plugins import build_registry
from lintgov.runner import pairdata
from lintgov.runner.spool import Blobs

REG = build_registry(load_entry_points=False)

#: changes of every kind the grammar reads (amounts, percentages, points, a transition, a base, tenths)
TEXT = ("2023年，通州区坚持依法行政。全年共收到行政复议申请1113件，同比增长99.5%，比上年增加556件。"
        "审结案件由2022年的420件增至512件。纠错率13.0%，比上年下降0.4个百分点。"
        "办理人大代表建议86件，比上年的80件增加6件；政务服务事项网上可办率增长近三成。\n"
        "2024年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法。\n")


def _chain(tmp_path, years=range(2016, 2024)):
    root = tmp_path / "chain"
    root.mkdir()
    n = 500
    for y in years:
        m = n + 37
        pct = f"{(m / n - 1) * 100:.1f}" if y % 2 else "25.0"      # every other year a wrong growth (LG206)
        text = (f"通州区{y}年法治政府建设年度报告\n{y}年，通州区坚持依法行政。全年共收到行政复议申请{m}件，"
                f"同比增长{pct}%，上年为{n}件。纠错率1{y % 7}.0%，比上年下降0.4个百分点。\n"
                f"{y}年，我区将继续深入学习贯彻习近平法治思想，全面推进严格规范公正文明执法。\n")
        (root / f"{y}.txt").write_text(text, encoding="utf-8")
        n = m
    return root


def test_restored_caches_equal_a_fresh_analysis():
    first = Document(TEXT, "a.txt")
    data = pairdata.summary(first)
    again = Document(TEXT, "a.txt")
    pairdata.restore(again, data)
    fresh = Document(TEXT, "a.txt")
    assert again.quantities == fresh.quantities and len(fresh.quantities) >= 8
    assert changes(again) == changes(fresh) and len(changes(fresh)) >= 4
    assert transitions(again) == transitions(fresh) and transitions(fresh)
    # one object graph, as when it was built: a change's figures are the document's quantities themselves
    ids = {id(q) for q in again.quantities}
    used = [q for ch in changes(again) for q in (ch.amount, ch.current, ch.base) if q is not None]
    assert used and all(id(q) in ids for q in used if q in again.quantities)   # (not tenths: 增长近三成)
    assert all(id(t.base) in ids and id(t.current) in ids for t in transitions(again))


def test_quantities_pickle_as_their_fields():
    q = Document(TEXT, "a.txt").quantities[0]
    assert pickle.loads(pickle.dumps(q)) == q
    assert len(pickle.dumps(q)) < 200


def test_the_pairs_phase_uses_what_phase_one_kept_and_reports_the_same(tmp_path, capsys, monkeypatch):
    root = _chain(tmp_path)
    monkeypatch.chdir(root)
    calls = []
    restore = pairdata.restore

    def counting(doc, data):
        calls.append(doc.path)
        restore(doc, data)

    outs = {}
    for name, fn in (("kept", counting), ("analysed again", lambda doc, data: None)):
        monkeypatch.setattr(pairdata, "restore", fn)
        main(["check", "--no-cache", "-j1", "--output-format", "json", "."])
        outs[name] = capsys.readouterr().out
    assert len(calls) == 8          # every report of the chain read in the pairs phase, once
    assert outs["kept"] == outs["analysed again"]
    assert sum(f["code"] == "LG206" for f in json.loads(outs["kept"])["findings"]) >= 3


def test_what_was_kept_is_not_put_on_other_bytes(tmp_path, monkeypatch):
    """A report whose bytes are not those phase 1 linted (Dask ships them again) is analysed afresh."""
    from lintgov.runner.core import Job, PairJob, RunSpec, lint_pair_group, set_main_registry
    root = _chain(tmp_path, years=(2022, 2023))
    old, prior = (root / "2023.txt").read_bytes(), (root / "2022.txt").read_bytes()
    new = old.replace("同比增长".encode(), "比上年增长".encode())
    calls = []
    monkeypatch.setattr(pairdata, "restore", lambda doc, data: calls.append(doc.path))
    set_main_registry(REG)
    spec = RunSpec(configs={"": (Settings(), {})}, cwd=str(root))
    kept = pairdata.summary(Document(old.decode(), "2023.txt"))
    kept_prior = pairdata.summary(Document(prior.decode(), "2022.txt"))
    for data, restored in ((old, ["2023.txt", "2022.txt"]), (new, ["2022.txt"])):
        calls.clear()
        pj = PairJob(Job(1, str(root / "2023.txt"), "2023.txt", data=data),
                     Job(0, str(root / "2022.txt"), "2022.txt", data=prior), False,
                     hashlib.sha256(old).hexdigest(), hashlib.sha256(prior).hexdigest(), kept, kept_prior)
        lint_pair_group([pj], spec)
        assert calls == restored


def test_blobs_read_back_by_reference_in_any_order():
    blobs = Blobs(in_memory=64)
    refs = [blobs.put(bytes([i]) * (10 * i + 1)) for i in range(20)]    # past 64 bytes: a temporary file
    for i in reversed(range(20)):
        assert blobs.get(refs[i]) == bytes([i]) * (10 * i + 1)
    blobs.close()
