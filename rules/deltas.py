"""A change against the level it is stated with (LG211).

“安排支出5625亿元，比上年增加6307亿元”: an increase larger than the level it brought the metric to puts last year's
level at zero or below, which no amount, count, area or output can be.  The pairing of the level and its change is
the claims layer's (:func:`lintgov.claims.grammar.changes`: the current value of a change of kind ``amount``); this
module only checks it.
"""
from __future__ import annotations

from typing import Any, Iterator

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.claims.grammar import changes, folded_text, qualifier_near
from lintgov.claims.stocks import additions
from lintgov.claims.values import interval_of, measure, value_of
from lintgov.rule import Related, Rule, bad, good

#: metrics that may stand at zero or below last year (a loss, a deficit turned surplus, a net flow, a temperature),
#: and flows of change themselves (新增贷款 may have been a net decrease last year): an increase may exceed them
_SIGNED_METRIC = lazyre.compile(r"利润|盈利|利税|盈亏|亏损|顺差|逆差|净|结余|盈余|差额|收支|余额|气温|温度|增|减|变动|缺口")
#: between the level and its change only punctuation and a comparison (比上年, 同比, 较2020年…): 累计/五年/其中… name
#: another period or another subject
_GAP_OK = lazyre.compile(r"[\s，,]*(?:(?:比|较|同比|与)[^，,。；;\n]{0,12}?)?")
_CLAUSE_BREAK = lazyre.compile(r"[。；;\n！？!?]")
#: a level that is a flow into or out of a stock (注销, 新设立): a net change after it is the stock's (claims.totals.flows)
_FLOW_LEVEL = lazyre.compile(r"注销|吊销|迁出|迁入|新设|新登记|新注册|新成立|退出")


def _prior_text(doc: Any, cur: Any, prior: float) -> str:
    """The implied prior in the current value's printed unit (5625亿元 − 6307亿元 → −682亿元)."""
    scale = value_of(cur) / cur.mantissa if cur.mantissa else 0
    if not scale or cur.chinese:
        return f"{prior:.6g}{measure(cur)}"
    return f"{prior / scale:.6g}{doc.text[cur.num_end:cur.end]}"


class IncreaseExceedsLevel(Rule):
    code = "LG211"
    name = "increase-exceeds-level"
    category = "yoy"
    level = "error"
    summary = {"zh": "增加量不小于本期数值，上期数值将为零或负数。",
               "en": "An increase at least as large as the level it is stated with puts the prior level at zero or below."}
    description = {
        "zh": "“安排支出5625亿元，比上年增加6307亿元”：上年应为 5625−6307 < 0，而金额、件数、人数、面积、产量不可能为负，"
              "必有一个数字错误。只核验紧接在本期数值之后（中间只有标点和“比上年/同比/较2020年”等比较词）的“增加/增产/"
              "多”等增加量，两数单位相同；利润、顺差、净额、结余、余额、新增量等可以为负或本身就是增减量的指标不核验；"
              "“约、近、超过”等非确数和“按可比价格”“年均”等口径不核验。",
        "en": "“支出5625亿元，比上年增加6307亿元”: last year would be 5625 − 6307 < 0, which no amount, count, area or "
              "output can be, so one figure is wrong. Only an increase right after its level (nothing between but "
              "punctuation and a comparison such as 比上年/同比/较2020年), in the level's unit, is checked; metrics that "
              "may be zero or negative or are themselves changes (利润, 顺差, 净…, 结余, 余额, 新增…) and approximate or "
              "qualified figures (约, 近, 超过; 按可比价格, 年均) are not.",
    }
    authority = "国家统计局 统计知识：增减量=本期数−基期数"
    messages = {
        "default": {"zh": "“{stated}”不小于本期数{current}：上期将为{base}，不可能为零或负数",
                    "en": "“{stated}” is not smaller than the level {current}: the prior level would be {base}, "
                          "which cannot be zero or negative"},
    }
    examples = (
        bad("今年市财政安排教育支出56.2亿元，比上年增加63.1亿元。", note="56.2 − 63.1 < 0"),
        bad("全年粮食产量137万吨，增产174万吨。"),
        bad("全市城镇居民每百户拥有家用汽车21.5辆，比2015年增加25.5辆。"),
        bad("全年办理法律援助案件860件，同比增加1,024件。"),
        good("今年市财政安排教育支出56.2亿元，比上年增加6.3亿元。"),
        good("全年粮食产量137万吨，增产17.4万吨。"),
        good("全年实现利润总额2.1亿元，比上年增加3.4亿元。", note="last year a loss: a profit may be negative"),
        good("新增人民币贷款120亿元，比上年多增260亿元。", note="a flow of change: last year's may be negative"),
        good("全年新增就业1.2万人，累计增加5.6万人。", note="累计: another period"),
        good("全年完成投资约120亿元，比上年增加130亿元以上。", note="approximate figures are not checked"),
    )

    def check(self, doc: Any, ctx: Any) -> Iterator[Any]:
        text = folded_text(doc)
        # a level reached and then its increase (达201家，比上年增加20家) is also an addition to a stock, which LG103
        # checks (:func:`lintgov.claims.stocks.additions`): one finding for one statement
        added = {a.added.start for a in additions(doc)}
        for ch in changes(doc):
            cur, amt = ch.current, ch.amount
            if ch.kind != "amount" or ch.direction <= 0 or ch.base is not None or ch.transition is not None:
                continue
            if cur is None or amt is None or cur.is_percent or amt.is_percent or cur.start >= amt.start \
                    or amt.start in added:
                continue
            if cur.approx is not None or amt.approx is not None or not measure(cur) or measure(cur) != measure(amt):
                continue
            if _GAP_OK.fullmatch(text, cur.end, ch.verb_start) is None:
                continue
            # the words naming the level, back to the last clause break (at most 40 characters)
            lo = max(0, cur.start - 40)
            brk = None
            for brk in _CLAUSE_BREAK.finditer(text, lo, cur.start):
                pass
            clause = text[brk.end() if brk else lo:cur.start]
            cut = max(clause.rfind("，"), clause.rfind(","))
            if _SIGNED_METRIC.search(clause[cut + 1:] if cut >= 0 else clause) or "其中" in clause \
                    or qualifier_near(doc, cur.start, amt.end):
                continue
            if text.startswith("净", ch.verb_start) and _FLOW_LEVEL.search(clause):
                continue      # 注销企业1,062户，净增3,066户: the stock's net change (新设 − 注销), not the flow's
            
            c, d = interval_of(cur), interval_of(amt)
            ok = d[0] < c[1]
            record(doc, self.code, "delta-level", amt, ok, "B-D>0", (cur, amt))
            if ok:
                continue
            base = _prior_text(doc, cur, value_of(cur) - value_of(amt))
            yield self.finding(
                doc, ch.verb_start, amt.end,
                related=[Related(cur.start, cur.end, {"zh": "本期值", "en": "current value"})],
                evidence={"current": value_of(cur), "increase": value_of(amt), "prior": value_of(cur) - value_of(amt),
                          "formula": "B-D>0", "tolerance": 0},
                stated=doc.text[ch.verb_start:amt.end], current=doc.text[cur.start:cur.end],
                base=base)


@hookimpl
def lintgov_rules():
    return [IncreaseExceedsLevel]
