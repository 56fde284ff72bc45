"""Bounds checked in their direction (LG105): 突破4万亿元，达到4.32万亿元 — a figure stated as a
bound (突破, 超过, 逾, 以上 / 不足, 不到) and the exact figure of the same metric beside it."""
from __future__ import annotations

import re

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.claims.values import interval_of, measure, value_of
from lintgov.rule import Related, Rule, bad, good

#: bound words lintgov trusts to state a direction (近/约/左右 are approximations, not bounds)
_STRONG = {"突破", "超过", "超過", "超", "逾", "以上", "多达", "多達", "至少", "不少于", "不少於",
           "不足", "不到", "以下", "以内", "以內", "不超过", "不超過", "最多", "至多", "余", "餘", "多"}
#: what may stand between a bound and the exact figure: a comma and a verb of reaching
_LINK = lazyre.compile(r"^[\s，,、]*(?:大关|大關|关口|關口|台阶|臺階|规模|規模)?[\s，,、]*"
                       r"(?:实际|實際|全年|年末|首次)?(?:达到|達到|达|達|为|為|实现|實現|超|是)?\s*$")
_CHANGE_BEFORE = lazyre.compile(r"(?:增|减|減|降|升|多|少|增加|增长|增長|减少|減少|下降|提高|降低)了?\s*$")
_NOT_SAME = lazyre.compile(r"其中|比|较|較|增长|增長|同比|占|佔|分别|分別|平均|人均|每|年均|合计|合計|共")


def _direction(q) -> str:
    if q.approx in (">", ">="):
        return ">"
    if q.approx in ("<", "<="):
        return "<"
    return ""


class BoundContradiction(Rule):
    code = "LG105"
    name = "bound-contradiction"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "“突破/超过/不足”所述界限与同一指标的确数方向相反",
               "en": "A bound (突破, 超过, 不足) contradicts the exact figure of the same metric"}
    description = {
        "zh": "“突破4万亿元，达到4.32万亿元”“达到20793元，突破2万元”：确数必须在界限所说的一侧（突破、超过、逾、以上、"
              "余、多：不小于界限；不足、不到、以下、以内：不大于界限）。只比较紧挨着的两个数：中间只有逗号、顿号和“达到、为、"
              "实现”等词，单位相同；按确数的印刷精度取区间，区间整个落在另一侧才报告。“近、约、左右”是约数，不作界限检查。",
        "en": "突破4万亿元，达到4.32万亿元: the exact figure must lie on the side the bound word states (突破, 超过, 逾, "
              "以上, 余, 多: at least the bound; 不足, 不到, 以下, 以内: at most). Only two adjacent figures of the same "
              "unit are compared (nothing between them but a comma and a verb such as 达到/为/实现); the exact figure "
              "is taken as its rounding interval. 近, 约, 左右 are approximations, not bounds.",
    }
    authority = "逻辑一致；《党政机关公文处理工作条例》数字准确的要求"
    messages = {"default": {
        "zh": "界限“{bound}”与确数{exact}方向相反：{formula}",
        "en": "the bound “{bound}” contradicts the exact figure {exact}: {formula}"}}
    examples = (
        bad("地区生产总值突破5万亿元，达到4.32万亿元。"),
        bad("全年办结案件不足300件，达到320件。"),
        good("地区生产总值突破4万亿元，达到4.32万亿元。"),
        good("居民人均可支配收入达到20793元，突破2万元。"),
        good("规模以上工业企业突破1000家，同比增长12%。", note="no exact figure beside the bound"),
    )

    def check(self, doc, ctx):
        qs = doc.quantities
        text = doc.masked()
        for i, b in enumerate(qs):
            d = _direction(b)
            if not d or (b.before_word or b.after_word) not in _STRONG and b.approx_word not in _STRONG:
                continue
            for j in (i + 1, i - 1):
                if not 0 <= j < len(qs):
                    continue
                e = qs[j]
                if e.approx not in (None, "≈") or e.is_percent != b.is_percent or measure(e) != measure(b):
                    continue
                if _CHANGE_BEFORE.search(text, max(0, e.start - 4), e.start) or \
                        _CHANGE_BEFORE.search(text, max(0, b.start - 4), b.start):
                    continue      # 净增98万户、突破1900万户: an increment beside a total
                lo, hi = (b.end, e.start) if j > i else (e.end, b.start)
                gap = text[lo:hi]
                if hi - lo > 14 or not _LINK.match(gap) or _NOT_SAME.search(gap) or re.search(r"[。；;！？\n]", gap):
                    continue
                if not re.search(r"[，,、]", gap):
                    continue      # 突破1000亿元的4211亿元…, 由6.5亿千瓦增至12亿千瓦以上: not a restatement
                if j > i:         # 突破X，达到Y / 突破X、达到Y: a verb of reaching before the exact figure
                    if not re.search(r"达到|達到|达|達|为|為|实现|實現|是", gap + e.before_word):
                        continue  # 分别超过8万元、4.5万元: parallel figures
                elif not (b.before_word and re.search(r"[，,]", gap)):
                    continue      # 达75%、95%以上; 比例达到30%，80%以上农村生活垃圾…: parallel figures
                if re.search(r"分别|分別", text[max(0, min(b.start, e.start) - 20):min(b.start, e.start)]):
                    continue
                bv = value_of(b)
                elo, ehi = interval_of(e)
                ok = ehi >= bv if d == ">" else elo <= bv
                record(doc, self.code, "bound", b, ok, f"exact {'>=' if d == '>' else '<='} bound", [e])
                if ok:
                    break
                word = b.before_word or b.after_word or b.approx_word
                formula = f"{doc.text[e.start:e.end]} {'<' if d == '>' else '>'} {doc.text[b.num_start:b.end]}"
                yield self.finding(doc, b.start, b.end,
                                   related=[Related(e.start, e.end, {"zh": "确数", "en": "exact figure"})],
                                   evidence={"bound": bv, "direction": d, "exact_interval": [elo, ehi],
                                             "formula": formula, "tolerance": (ehi - elo) / 2, "word": word},
                                   bound=doc.text[b.start:b.end], exact=doc.text[e.start:e.end], formula=formula)
                break


@hookimpl
def lintgov_rules():
    return [BoundContradiction]
