"""LG108's per-capita total (rules/shares.py RatioMismatch._per_capita_total) is found from an index of each sentence's
candidate totals built once per sentence: it must answer what a scan of the sentence's figures before the per-capita
figure answers (the reading before the index, kept here as the specification) — on random sentences of totals,
changes and per-capita figures."""
import random
import re

from lintgov.claims.values import measure
from lintgov.document import Document
from lintgov.quantities import quantities_in

_PIECES = ["体育场地总面积", "达", "1255.33万平方米", "，", "、", "人均体育场地面积", "2.53平方米", "比上年新增",
           "67.97万平方米", "公园绿地总面积", "3200公顷", "人均公园绿地面积", "14.6平方米", "总", "增加", "约",
           "道路总里程", "4500公里", "。", "总面积", "12%", "住房总面积", "8600万平方米"]


def _old(doc, masked, at, name, meas):
    from rules.shares import _CHANGE
    s = doc.sentence_at(at)
    if s is None:
        return None
    grams = {name[i:i + 2] for i in range(len(name) - 1)}
    for t in reversed(quantities_in(doc, s.start, at)):
        if t.is_percent or measure(t) != meas or t.approx is not None:
            continue
        words = re.split(r"[，,。；;：:、]", masked[max(s.start, t.start - 16):t.start])[-1]
        if _CHANGE.search(words) or re.search(r"新增|净增|淨增|比上年|较上年|增加", words):
            continue
        if "总" in words and 2 * sum(g in words for g in grams) > len(grams):
            return t
    return None


def test_index_answers_as_the_scan():
    from rules.shares import RatioMismatch
    rnd = random.Random(5)
    checked = found = 0
    for _ in range(300):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(5, 60)))
        doc = Document(text)
        masked = doc.masked()
        for m in re.finditer(r"人均(体育场地面积|公园绿地面积|住房面积|道路里程)", masked):
            for meas in ("平方米", "公里", "公顷"):
                want = _old(doc, masked, m.start(), m.group(1), meas)
                got = RatioMismatch._per_capita_total(doc, masked, m.start(), m.group(1), meas)
                assert got is want, (text, m.start())
                checked += 1
                found += want is not None
    assert checked > 300 and found > 30
