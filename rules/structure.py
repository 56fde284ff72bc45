"""Structures that add up to 100 (LG106): 三次产业结构 4.7：43.2：52.1, 一二三产业比重调整为…."""
from __future__ import annotations

import re

from lintgov import hookimpl, lazyre
from lintgov.claims import ledger
from lintgov.quantities import quantities_in
from lintgov.claims.grammar import digits_masked
from lintgov.rule import Related, Rule, bad, good

#: (full-width digits and decimal points are read as they stand: \d matches ０-９, [.．] the point — no translated copy
#: of the text is made)
_RATIO = lazyre.compile(r"(?<![\d.．])(\d{1,3}(?:[.．]\d+)?)\s*[:：∶]\s*(\d{1,3}(?:[.．]\d+)?)((?:\s*[:：∶]\s*\d{1,3}(?:[.．]\d+)?)+)(?![\d.．])")
#: words that say the ratio is a percentage structure of one whole (its parts add up to 100)
_STRUCTURE = lazyre.compile(r"产业结构|產業結構|三次产业|三次產業|三产|三產|产比例|產比例|[一二三]{2,3}产业|[一二三]{2,3}產業|产业比[重例]|產業比[重例]|"
                            r"构成比|構成比|结构比|結構比|比重|占比|佔比")


#: 二、三产业比例为58.5:41.5: the second and third sectors only (the first, however small, is left out)
_TWO_SECTORS = lazyre.compile(r"(?<![一、])(?:第?二、(?:第)?三产业?|二三产业?|第二、第三产业|二、三次产业|二三次产业)")
_RATIO2 = lazyre.compile(r"(?<![\d.．:：∶])(\d{1,3}(?:[.．]\d+)?)\s*[:：∶]\s*(\d{1,3}(?:[.．]\d+)?)(?![\d.．]|\s*[:：∶])")

_FULLWIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _ascii(t: str) -> str:
    """A term as printed (４．７) in ASCII (4.7); \\d also matches other decimal digits, which float() reads."""
    return t.translate(_FULLWIDTH)


#: 三次产业对GDP增长的贡献率分别为6.9%、49.9%和43.2%: the three sectors' shares of one whole
#: (第一产业、第二产业和第三产业增加值占…比重分别为 / 一产、二产、三产…: each sector named in full)
_SECTOR_LIST = lazyre.compile(r"(?:三次产业|三次產業|[一二三]{3}产业|[一二三]{3}產業|第?一[、，,]?第?二[、，,和及与與]?第?三(?:次)?(?:产业|產業)|"
                              r"第?一(?:产业|產業|产|產)[、，,]第?二(?:产业|產業|产|產)[、，,和及与與]第?三(?:产业|產業|产|產))"
                              r"[^。；;，,]{0,20}?分别(?:为|為|是|占|佔)?\s*"
                              r"(\d{1,3}(?:[.．]\d+)?)%[、，,和及]\s*(\d{1,3}(?:[.．]\d+)?)%[、，,和及]\s*(\d{1,3}(?:[.．]\d+)?)%")
#: 第一产业增加值占比8.7%，第二产业增加值占比48.5%，第三产业增加值占比42.8%: the three sectors' shares one after another
_SHARE_OF = r"(?:增加值)?(?:占比|佔比|比重|(?:占|佔)(?:地区生产总值|地區生產總值|生产总值|生產總值|GDP)的?(?:比重)?)(?:为|為|是|达到|達到|达|達)?\s*"
#: one sector's share in a clause of its own, in any order (第三产业增加值占地区生产总值比重为58.9%，第二产业比重为36.4%，
#: 第一产业比重为4.7%): the sector and its percentage
_SHARE_OF_ANY = r"(?:增加值)?(?:占比|佔比|比重|(?:占|佔)(?:地区生产总值|地區生產總值|生产总值|生產總值|GDP)的?(?:比重)?)(?:为|為|是|达到|達到|达|達|调整为|調整為)?\s*"
_SECTOR_CLAUSE = lazyre.compile(r"第([一二三])产业" + _SHARE_OF_ANY + r"(\d{1,3}(?:[.．]\d+)?)%")
#: parts of one whole listed with their shares, the last named as the rest (国有企业占18.6%，外资企业占17.2%，其余为民营企业，
#: 占64.2%): a share after 其余 makes the list complete, so its shares add up to 100
_REST_SHARE = lazyre.compile(r"其余(?:的)?(?:为|為|是|均为|均為)?[\u4e00-\u9fff“”]{0,12}?[，,]?\s*(?:占|佔)(?:比)?(?:为|為)?\s*"
                             r"(\d{1,3}(?:[.．]\d+)?)%")
_LISTED_SHARE = lazyre.compile(r"(?:占|佔)(?:比)?(?:为|為)?\s*(\d{1,3}(?:[.．]\d+)?)%")
_SECTOR_SEQ = lazyre.compile(r"第一产业" + _SHARE_OF + r"(\d{1,3}(?:[.．]\d+)?)%[、，,；;]\s*第二产业" + _SHARE_OF
                             + r"(\d{1,3}(?:[.．]\d+)?)%[、，,；;和]\s*第三产业" + _SHARE_OF + r"(\d{1,3}(?:[.．]\d+)?)%")


#: 三次产业结构由5%、40%、55%调整为4%、38%、58% / 三次产业比重为百分之四、百分之三十八、百分之五十八: the head of a structure
#: of the three sectors, its terms written as percentages (in digits or in Chinese numerals) in the rest of the sentence
_STRUCT_HEAD = lazyre.compile(r"(?:三次产业|三次產業|[一二三]{3}产业|[一二三]{3}產業)(?:增加值)?(?:结构|結構|比重|比例|构成|構成)")
#: what joins the terms of one list of percentages
_TERM_JOIN = lazyre.compile(r"\s*[、，,和及与與]\s*")


def _decimals(s: str) -> int:
    return len(s.split(".")[1]) if "." in s else 0


class StructureSum(Rule):
    code = "LG106"
    name = "structure-sum"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "结构比（如三次产业结构 a:b:c）各项之和不等于100", "en": "A structure ratio (a:b:c) does not add up to 100"}
    description = {
        "zh": "“三次产业结构为4.7：43.2：52.1”“一二三产业比重调整为4.2∶43.0∶52.8”是同一整体各部分的百分比，"
              "三项或更多项之和应为100；每项按印出的小数位取舍区间（±0.5个末位单位），各项区间之和不含100时报告。"
              "只检查前文（同一分句内）写明结构、比重、占比、构成的比例式。",
        "en": "三次产业结构 4.7：43.2：52.1 gives the percentages of the parts of one whole: three or more terms must add up "
              "to 100 within their rounding (±half a unit of each term's last printed digit). Only ratios introduced by "
              "结构, 比重, 占比 or 构成 in the same clause are checked.",
    }
    authority = "国家统计局：产业结构（三次产业增加值占地区生产总值的比重）"
    messages = {"default": {"zh": "结构比各项之和为{sum}，不等于100：{formula}（容差±{tol}）",
                            "en": "the terms of the structure add up to {sum}, not 100: {formula} (tolerance ±{tol})"},
                "two": {"zh": "第二、三产业比例之和为{sum}，超过100（第一产业不可能为负）：{formula}（容差±{tol}）",
                        "en": "the second and third sectors add up to {sum}, more than 100 (the first cannot be "
                              "negative): {formula} (tolerance ±{tol})"}}
    examples = (
        bad("三次产业结构由5.1：44.2：50.7调整为4.7：43.2：55.1。"),
        good("三次产业结构由5.1：44.2：50.7调整为4.7：43.2：52.1。"),
        good("会议室按1:2:3的比例分配。", note="no structure word: a ratio, not percentages"),
        bad("二、三产业比例由41.2∶58.8调整为38.5∶67.3。", note="two sectors cannot exceed 100"),
        good("二、三产业比例由41.2∶58.8调整为38.5∶61.3。"),
        good("二、三产业比例为38.5∶58.3。", note="the first sector takes the rest: not checked against 100"),
        bad("第一、二、三产业增加值比重分别为8.7%、58.5%、42.8%。"),
        bad("第一产业增加值占比8.7%，第二产业增加值占比48.5%，第三产业增加值占比47.8%。"),
        bad("第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为7.4%、39.6%和63.0%。",
            note="each sector named in full before 分别: 110.0"),
        good("第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为7.4%、39.6%和53.0%。"),
        good("第一产业增加值占比8.7%，第二产业增加值占比48.5%，第三产业增加值占比42.8%。"),
        bad("三次产业结构调整为４．７：４３．２：５５．１。", note="full-width digits and points are read as printed"),
        good("三次产业结构调整为４．７：４３．２：５２．１。"),
    )

    def check(self, doc, ctx):
        # the masked text with full-width digits, points and percent signs as ASCII (claims.grammar.digits_masked, made
        # once a document): ５８．９％ is read as 58.9% by every pattern below
        text = digits_masked(doc)
        for m in lazyre.finditer(_SECTOR_LIST, text):   # (an alternation first: tried only at its first characters)
            middle = text[m.start():m.start(1)]
            if re.search(r"增速|增幅|增长率|增長率|速度|同比|比上年|较上年|較上年|降幅|涨幅|漲幅", middle) and "贡献" not in middle:
                continue      # 一、二、三产业增速分别为3.1%、5.2%、6.5%: growth rates, not parts of one whole
            f = self._sum100(doc, m, [_ascii(m.group(1)), _ascii(m.group(2)), _ascii(m.group(3))])
            if f is not None:
                yield f
        seen = {m.start(1) for m in lazyre.finditer(_SECTOR_LIST, text)}
        for f in self._percent_lists(doc, text, seen):
            yield f
        if "第三产业" in text:
            for m in _SECTOR_SEQ.finditer(text):
                seen.add(m.start(1))
                f = self._sum100(doc, m, [_ascii(m.group(1)), _ascii(m.group(2)), _ascii(m.group(3))])
                if f is not None:
                    yield f
        if "产业" in text:
            for f in self._sector_clauses(doc, text, seen):
                yield f
        if "其余" in text:
            for f in self._rest_shares(doc, text):
                yield f
        for m in lazyre.finditer(_TWO_SECTORS, text):
            end = min(len(text), m.end() + 60)
            stop = re.search(r"[。；;\n]", text[m.end():end])
            if stop:
                end = m.end() + stop.start()
            for r in _RATIO2.finditer(text, m.end(), end):
                f = self._at_most_100(doc, r)
                if f is not None:
                    yield f
        for m in lazyre.finditer(_RATIO, text):
            terms = [_ascii(t) for t in [m.group(1), m.group(2)] + re.findall(r"\d{1,3}(?:[.．]\d+)?", m.group(3))]
            if len(terms) < 3:
                continue
            lo_ctx = max(0, m.start() - 30)
            pre = re.split(r"[。；;\n]", text[lo_ctx:m.start()])[-1]
            if not _STRUCTURE.search(pre):
                continue
            vals = [float(t) for t in terms]
            tol = sum(0.5 * 10 ** -_decimals(t) for t in terms)
            total = sum(vals)
            ok = abs(total - 100) <= tol + 1e-9
            qs = quantities_in(doc, m.start(), m.end() + 1)
            if qs:
                from lintgov.claims import Check
                ledger(doc).append(Check(self.code, "structure-sum", qs[-1].start, qs[-1].end, ok, "sum of terms = 100",
                                         tuple((q.start, q.end) for q in qs[:-1])))
            if ok:
                continue
            yield self._sum_finding(doc, m.start(), m.end(), qs, terms, vals, total, tol)


    def _sector_clauses(self, doc, text, seen):
        """第三产业增加值占地区生产总值比重为58.9%，第二产业比重为36.4%，第一产业比重为4.7%: the three sectors' shares,
        each in a clause of its own right after the one before, in any order, each sector once: they add up to 100."""
        found = list(_SECTOR_CLAUSE.finditer(text))
        for i in range(len(found) - 2):
            trio = found[i:i + 3]
            if {m.group(1) for m in trio} != {"一", "二", "三"} or trio[0].start(2) in seen:
                continue
            if any(not re.fullmatch(r"\s*[、，,；;]\s*", text[a.end():b.start()]) for a, b in zip(trio, trio[1:])):
                continue
            if re.search(r"增速|增幅|增长|增長|贡献|貢獻|拉动|拉動|提高|下降|上升", text[trio[0].start():trio[-1].end()]):
                continue
            qs = [next(iter(quantities_in(doc, m.start(2), m.end() + 1)), None) for m in trio]
            if any(q is None or not q.is_percent or q.approx for q in qs):
                continue
            seen.add(trio[0].start(2))
            f = self._terms_sum(doc, qs)
            if f is not None:
                yield f

    def _rest_shares(self, doc, text):
        """国有企业占18.6%，外资企业占17.2%，其余为民营企业，占64.2%: the shares of the clauses right before a share of
        the rest (其余…占), each 占 with a percentage in a clause of its own, in one sentence: all of one whole, they add up
        to 100.  Never when a share is approximate or a bound, nor across a sentence break."""
        for m in _REST_SHARE.finditer(text):
            stop = max(text.rfind(ch, 0, m.start()) for ch in "。；;\n!！?？")
            before = list(_LISTED_SHARE.finditer(text, stop + 1, m.start()))
            if not before:
                continue
            # (each listed share closes its clause, and the clauses follow one another)
            chain = [before[-1]]
            for a in reversed(before[:-1]):
                if len(re.findall(r"[，,、]", text[a.end():chain[0].start()])) != 1:
                    break
                chain.insert(0, a)
            if len(re.findall(r"[，,、]", text[chain[-1].end():m.start()])) != 1 and \
                    not re.fullmatch(r"[，,、]\s*", text[chain[-1].end():m.start()]):
                continue
            spans = [(a.start(1), a.end() + 1) for a in chain] + [(m.start(1), m.end() + 1)]
            qs = [next(iter(quantities_in(doc, a, b)), None) for a, b in spans]
            if any(q is None or not q.is_percent or q.approx for q in qs):
                continue
            f = self._terms_sum(doc, qs)
            if f is not None:
                yield f

    def _terms_sum(self, doc, run):
        """The percentages ``run`` as the parts of one whole: their sum against 100 (within their rounding)."""
        vals = [q.value for q in run]
        tol = sum(0.5 * 10 ** -max(q.decimals, 0) for q in run)
        total = sum(vals)
        ok = abs(total - 100) <= tol + 1e-9
        from lintgov.claims import Check
        ledger(doc).append(Check(self.code, "structure-sum", run[-1].start, run[-1].end, ok, "sum of terms = 100",
                                 tuple((q.start, q.end) for q in run[:-1])))
        if ok:
            return None
        return self._sum_finding(doc, run[0].start, run[-1].end, run, [f"{v:g}" for v in vals], vals, total, tol)

    def _sum_finding(self, doc, start, end, qs, terms, vals, total, tol):
        """The finding of parts of one whole (``qs``, printed as ``terms``, values ``vals``) adding up to ``total``, not
        100 within ``tol``."""
        formula = "+".join(terms) + f" = {total:g}"
        return self.finding(doc, start, end,
                            related=[Related(q.start, q.end, {"zh": f"第{i + 1}项", "en": f"term {i + 1}"})
                                     for i, q in enumerate(qs)],
                            evidence={"terms": vals, "sum": round(total, 6), "formula": formula, "tolerance": tol,
                                      "expected": 100},
                            sum=f"{total:g}", formula=formula, tol=f"{tol:g}")

    def _percent_lists(self, doc, text, seen):
        """三次产业结构由5%、40%、55%调整为4%、38%、58%: every list of exactly three percentages after the head of a
        structure of the three sectors, in its sentence (digits or 百分之…), each list adding up to 100.  Never a list
        named as growths or contributions (增速, 贡献率: 三次产业对增长的贡献率 is read by _SECTOR_LIST), nor one with an
        approximate term."""
        for m in lazyre.finditer(_STRUCT_HEAD, text):   # (tried only at 一/二/三: the head's first characters)
            stop = re.search(r"[。；;\n]", text[m.end():])
            end = m.end() + stop.start() if stop else len(text)
            if re.search(r"增速|增幅|增长|增長|速度|贡献|貢獻|拉动|拉動", text[m.end():end]):
                continue
            pcts = [q for q in quantities_in(doc, m.end(), end) if q.is_percent]
            runs, run = [], []
            for q in pcts:
                if run and _TERM_JOIN.fullmatch(text, run[-1].end, q.start):
                    run.append(q)
                else:
                    if run:
                        runs.append(run)
                    run = [q]
            if run:
                runs.append(run)
            for run in runs:
                if len(run) != 3 or run[0].start in seen or any(q.approx for q in run):
                    continue
                seen.add(run[0].start)
                f = self._terms_sum(doc, run)
                if f is not None:
                    yield f

    def _at_most_100(self, doc, m):
        """Two sectors of three: together not more than 100 (within rounding)."""
        terms = [_ascii(m.group(1)), _ascii(m.group(2))]
        tol = sum(0.5 * 10 ** -_decimals(t) for t in terms)
        total = sum(float(t) for t in terms)
        ok = total <= 100 + tol + 1e-9
        qs = quantities_in(doc, m.start(), m.end() + 1)
        if qs:
            from lintgov.claims import Check
            ledger(doc).append(Check(self.code, "structure-sum", qs[-1].start, qs[-1].end, ok, "a + b <= 100",
                                     tuple((q.start, q.end) for q in qs[:-1])))
        if ok:
            return None
        formula = "+".join(terms) + f" = {total:g}"
        return self.finding(doc, m.start(), m.end(), "two",
                            related=[Related(q.start, q.end, {"zh": f"第{i + 1}项", "en": f"term {i + 1}"})
                                     for i, q in enumerate(qs)],
                            evidence={"terms": [float(t) for t in terms], "sum": round(total, 6), "formula": formula,
                                      "tolerance": tol, "bound": 100},
                            sum=f"{total:g}", formula=formula, tol=f"{tol:g}")

    def _sum100(self, doc, m, terms):
        vals = [float(t) for t in terms]
        tol = sum(0.5 * 10 ** -_decimals(t) for t in terms)
        total = sum(vals)
        ok = abs(total - 100) <= tol + 1e-9
        qs = quantities_in(doc, m.start(1), m.end() + 1)
        if qs:
            from lintgov.claims import Check
            ledger(doc).append(Check(self.code, "structure-sum", qs[-1].start, qs[-1].end, ok, "sum of terms = 100",
                                     tuple((q.start, q.end) for q in qs[:-1])))
        if ok:
            return None
        formula = "+".join(terms) + f" = {total:g}"
        return self.finding(doc, m.start(1), m.end(), related=[], evidence={"terms": vals, "sum": round(total, 6),
                            "formula": formula, "tolerance": tol, "expected": 100},
                            sum=f"{total:g}", formula=formula, tol=f"{tol:g}")


@hookimpl
def lintgov_rules():
    return [StructureSum]
