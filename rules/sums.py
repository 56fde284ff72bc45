"""Sums of parts and part ≤ whole (LG103): a total and its breakdown (bracketed, 分别为, a total
after its parts, a breakdown after 其中 that is complete by its names), parts after 其中 that exceed
their whole, and shares listed with 分别占 that add up to more than 100%.

Same tolerance model as rules/arithmetic.py: every printed figure stands for its rounding interval
and a finding is raised only when no reading of the figures explains the stated total."""
from __future__ import annotations

import re
from typing import List, Optional, Sequence

from lintgov import hookimpl, lazyre
from lintgov.claims import record
from lintgov.quantities import Quantity, quantities_in
from lintgov.rule import Related, Rule, bad, good
from lintgov.rules.arithmetic import (context_before, count_interval, fmt_num, is_count, is_delta, label,
                                      measure_of, overlaps, sentence_window, stated_interval)

#: a figure per year/person/day is not a whole its 其中 parts belong to
_AVERAGE = lazyre.compile(r"均|每|平均|人均|年均|日均|月均")
_SHARES_LIST = lazyre.compile(r"(?:分别占|分別佔|分别占|分別占)(?![^，,。；;%]{0,16}?各自)(?:[^，,。；;%]{0,16}?的)?(?:比重|比例)?(?:为|為)?")
#: decisions on a case that exclude each other (行政复议法 第六十三至六十九条, 行政诉讼法 第六十九至七十七条)
_DECISION = lazyre.compile(r"维持|維持|驳回|駁回|撤销|撤銷|变更|變更|确认违法|確認違法|确认无效|確認無效|责令履行|責令履行|"
                       r"终止|終止|调解|調解|和解|不予受理|撤回|撤诉|撤訴|"
                       # outcomes of a clean-up of regulations and normative documents (清理)
                       r"废止|廢止|宣布失效|保留|修改|修訂|修订")
_PARTIAL = lazyre.compile(r"其中|包括|包含|含|主要|如|例如|等|部分|涉及|以及其他")
_COMPLETE_HINT = lazyre.compile(r"其他|其它|分别|分別|合计|合計|共计|共計|总计|總計")
_TOTAL_AFTER = lazyre.compile(r"^[，,、\s]*(?:共计|共計|合计|合計|总计|總計|累计|累計|总共|總共|共)(?:为|為|有|达|達)?$")
_BRACKETS = {"（": "）", "(": ")"}


class PartsSum(Rule):
    code = "LG103"
    name = "parts-sum-mismatch"
    category = "arithmetic"
    level = "error"
    summary = {"zh": "分项之和与总数不符，或“其中”的部分大于整体",
               "en": "Parts do not add up to the total, or a part after 其中 exceeds its whole"}
    description = {
        "zh": "检查三种写法：总数后紧跟括号列出的分项（共N项（A项、B项…））、“N件，分别为A件、B件…”、"
              "“A件、B件…，共计N件”——分项之和应等于总数（括号内有“其中/包括/等”时只要求不超过）；"
              "“其中”之后以“其他”收尾的完整分类之和应等于总数；“其中”之后的部分不得大于它前面同计量单位的任何整体；"
              "“分别占a%、b%…”各部分占比之和不得超过100%。",
        "en": "Checks a total followed by a bracketed breakdown (共N项（A项、B项…）), \"N件，分别为A件、B件…\" and "
              "\"A件、B件…，共计N件\": the parts must add up to the total (only 'not more than' when the bracket says "
              "其中/包括/等); a breakdown after 其中 that ends with 其他 must add up to the whole. A part after 其中 "
              "must not exceed every whole with the same measure word before it, and shares listed with 分别占 "
              "cannot add up to more than 100%.",
    }
    authority = "逻辑一致；《党政机关公文处理工作条例》数字准确的要求"
    messages = {
        "sum": {"zh": "分项之和{sum}与总数{total}不符：{formula} = {sum}（相差{diff}）",
                "en": "the parts add up to {sum}, not the total {total}: {formula} = {sum} (off by {diff})"},
        "exceeds": {"zh": "分项之和{sum}超过总数{total}：{formula} = {sum}",
                    "en": "the parts add up to {sum}, more than the total {total}: {formula} = {sum}"},
        "shares": {"zh": "同一整体的各部分占比之和{sum}超过100%：{formula} = {sum}",
                   "en": "shares of one whole add up to {sum}, more than 100%: {formula} = {sum}"},
        "default": {"zh": "“其中”的部分{part}大于整体{whole}",
                    "en": "the part {part} after 其中 is larger than the whole {whole}"},
    }
    examples = (
        bad("24个部门462项权责清单事项公布（行政许可95项、行政处罚92项、行政强制13项、其它权力64项）。"),
        bad("审结案件300件，分别为维持180件、驳回60件、撤销40件、终止30件。"),
        bad("维持180件、驳回60件、撤销40件，共计290件。"),
        bad("共受理行政复议申请356件，其中审结389件。"),
        bad("行政处罚、政府信息公开、举报投诉处理类案件分别占48.2%、27.5%、30.1%。"),
        good("行政处罚、政府信息公开类案件分别占48.2%、27.5%。"),
        good("24个部门264项权责清单事项公布（行政许可95项、行政处罚92项、行政强制13项、其它权力64项）。"),
        good("审结300件，其中维持180件、撤销40件。", note="a partial list after 其中"),
        good("审结案件310件，分别为维持180件、驳回60件、撤销40件、终止30件。"),
        good("受理200件，维持180件、驳回60件、撤销40件，共计280件。"),
        good("办理案件100件（其中涉企案件30件、涉及群众40件）。"),
    )

    def check(self, doc, ctx):
        masked = doc.masked()
        seen = set()
        for f in self._exhaustive(doc, masked):
            seen.add(f.start)
            yield f
        for s in doc.sentences:
            for f in self._shares(doc, masked, s):
                yield f
            qs = [q for q in quantities_in(doc, s.start, s.end) if is_count(q)]
            if len(qs) < 2:
                continue
            for f in self._brackets(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._respectively(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._total_after(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f
            for f in self._among(doc, masked, s, qs):
                if f.start not in seen:
                    seen.add(f.start)
                    yield f

    def _shares(self, doc, masked, s):
        """Three or more shares of one whole listed with 分别占 (48.2%、27.5%、30.1%) cannot add up to more
        than 100% (with two, "分别占" may compare two different wholes)."""
        for m in _SHARES_LIST.finditer(masked, s.start, s.end):
            pcts = []
            pos = m.end()
            for q in quantities_in(doc, m.end(), s.end):
                if not q.is_percent or not re.fullmatch(r"[、，,和及与與\s]*", masked[pos:q.start]):
                    break
                pcts.append(q)
                pos = q.end
            if len(pcts) < 3 or any(q.approx in (">", ">=", "<", "<=") for q in pcts):
                continue
            lo = sum(stated_interval(q)[0] for q in pcts)
            for x in pcts:
                record(doc, self.code, "shares-sum", x, lo <= 100 + 1e-9, "sum of shares <= 100", pcts)
            if lo <= 100 + 1e-9:
                continue
            total = sum(q.value for q in pcts)
            formula = "+".join(f"{q.value:g}%" for q in pcts)
            yield self.finding(
                doc, pcts[0].start, pcts[-1].end, "shares",
                related=[Related(q.start, q.end, {"zh": f"占比{i + 1}", "en": f"share {i + 1}"}) for i, q in enumerate(pcts)],
                evidence={"shares": [q.value for q in pcts], "sum": round(total, 6), "sum_lower_bound": round(lo, 6),
                          "formula": formula, "bound": 100},
                sum=f"{total:g}%", formula=formula)

    def _sum_finding(self, doc, total, parts, partial):
        t = count_interval(total)
        lo = sum(count_interval(p)[0] for p in parts)
        hi = sum(count_interval(p)[1] for p in parts)
        ok = lo <= t[1] + 1e-9 if partial else overlaps((lo, hi), t)
        record(doc, self.code, "sum", total, ok, "+".join("p" for _ in parts) + (" <= total" if partial else " = total"),
               parts)
        if ok:
            return None
        key = "exceeds" if partial else "sum"
        s_mid = (lo + hi) / 2
        formula = "+".join(fmt_num(count_interval(p)[0]) for p in parts)
        return self.finding(
            doc, total.start, total.end, key,
            related=[Related(p.start, p.end, {"zh": f"分项{i + 1}", "en": f"part {i + 1}"}) for i, p in enumerate(parts)],
            evidence={"total": t[0], "sum": s_mid, "sum_interval": [lo, hi], "parts": [count_interval(p)[0] for p in parts],
                      "formula": formula, "tolerance": (t[1] - t[0]) / 2 + (hi - lo) / 2, "complete": not partial},
            sum=fmt_num(s_mid), total=label(doc, total), formula=formula, diff=fmt_num(abs(s_mid - t[0])))

    def _brackets(self, doc, masked, s, qs):
        text = masked
        for open_ in re.finditer(r"[（(]", text[s.start:s.end]):
            a = s.start + open_.start()
            close = _BRACKETS[text[a]]
            depth, b = 0, a
            while b < s.end:
                if text[b] in "（(":
                    depth += 1
                elif text[b] in "）)":
                    depth -= 1
                    if depth == 0:
                        break
                b += 1
            if b >= s.end:
                continue
            inner = [q for q in qs if a < q.start and q.end <= b]
            before = [q for q in qs if q.end <= a and a - q.end <= 30]
            if len(inner) < 2 or not before:
                continue
            meas = measure_of(inner[0])
            if any(measure_of(q) != meas for q in inner):
                continue
            # the total: the nearest count before the bracket with the same measure word, in the same clause
            total = None
            for q in reversed(before):
                if measure_of(q) == meas:
                    total = q
                    break
            if total is None or re.search(r"[，,；;。：:（(]", text[total.end:a]) and not _clause_ok(text, total.end, a):
                continue
            inner_text = text[a + 1:b]
            if re.search(r"[（(]", inner_text) or any(q.approx for q in inner) or total.approx:
                continue
            if re.search(r"增长|增長|增加|减少|減少|下降|同比|上升|提高|新增", inner_text):
                continue
            partial = bool(_PARTIAL.search(inner_text)) and not _COMPLETE_HINT.search(inner_text)
            f = self._sum_finding(doc, total, inner, partial)
            if f is not None:
                yield f

    def _respectively(self, doc, masked, s, qs):
        for m in re.finditer(r"分别为|分別為|分别是|分別是", masked[s.start:s.end]):
            a = s.start + m.start()
            before = [q for q in qs if q.end <= a]
            if not before:
                continue
            total = before[-1]
            if not re.fullmatch(r"[，,：:\s]*", masked[total.end:a]) or total.approx:
                continue
            parts = []
            pos = a + len(m.group())
            for q in qs:
                if q.start < pos:
                    continue
                gap = masked[pos:q.start]
                if re.search(r"[。；;]", gap) or (parts and not re.fullmatch(r"[、，,]?[\u4e00-\u9fff]{0,10}", gap)):
                    break
                parts.append(q)
                pos = q.end
            if len(parts) < 2 or any(measure_of(p) != measure_of(total) for p in parts) or any(p.approx for p in parts):
                continue
            f = self._sum_finding(doc, total, parts, partial=False)
            if f is not None:
                yield f

    def _total_after(self, doc, masked, s, qs):
        for i, total in enumerate(qs):
            if i < 2 or total.approx:
                continue
            pre = masked[qs[i - 1].end:total.start]
            if not _TOTAL_AFTER.match(pre):
                continue
            meas = measure_of(total)
            run: List[Quantity] = []
            j = i - 1
            while j >= 0 and measure_of(qs[j]) == meas and not qs[j].approx:
                run.insert(0, qs[j])
                if j == 0:
                    break
                gap = masked[qs[j - 1].end:qs[j].start]
                if not re.fullmatch(r"[、，,]?[\u4e00-\u9fff]{0,10}", gap) or is_delta(masked, qs[j]):
                    break
                j -= 1
            if len(run) < 2:
                continue
            tv = count_interval(total)
            ok = False
            # the parts may start at any clause boundary of the run, never inside a 、-joined list
            starts = [k for k in range(len(run) - 1)
                      if k == 0 or not re.search("、", masked[run[k - 1].end:run[k].start])]
            for k in starts:
                lo = sum(count_interval(p)[0] for p in run[k:])
                hi = sum(count_interval(p)[1] for p in run[k:])
                if overlaps((lo, hi), tv):
                    ok = True
                    break
            # only the 、-joined tail is sure to be the parts
            tail = [run[-1]]
            for p in reversed(run[:-1]):
                if "、" in masked[p.end:tail[0].start]:
                    tail.insert(0, p)
                else:
                    break
            if ok:
                record(doc, self.code, "sum", total, True, "sum of parts = total", run)
            if not ok and len(tail) < 2 and re.search(r"合计|合計|总计|總計|共计|共計", pre):
                tail = run        # 在编人员685人，大集体人员27人，聘用卫技人员737人，合计1449人
            if ok or len(tail) < 2:
                continue
            f = self._sum_finding(doc, total, tail, partial=False)
            if f is not None:
                yield f

    def _among(self, doc, masked, s, qs):
        for m in re.finditer(r"其中", masked[s.start:s.end]):
            a = s.start + m.start()
            lo_w, _ = sentence_window(doc, a, previous=not masked[s.start:a].strip("，,：: "))
            wholes = [q for q in quantities_in(doc, lo_w, a) if is_count(q) and not is_delta(masked, q)]
            stop = s.end
            for mark in ("其中", "；", ";"):
                k = masked.find(mark, a + 2, s.end)
                if k >= 0:
                    stop = min(stop, k)
            opened = masked[max(s.start, a - 3):a]
            if "（" in opened or "(" in opened:     # 新增学位1050个(其中义务教育学位750个）、病床位85张…
                close = [k for k in (masked.find("）", a, stop), masked.find(")", a, stop)) if k >= 0]
                if close:
                    stop = min(close)
            parts = [q for q in qs if a < q.start < stop and masked[q.end:q.end + 1] not in ("/", "每")]
            wholes = [w for w in wholes if not _AVERAGE.search(context_before(masked, w, lo_w, 6))
                      and masked[w.end:w.end + 1] not in ("/", "每")]
            # parts beyond the clause of 其中 (not joined by 、) must name the whole's head noun:
            # 建设6个停车场，其中4个是“的士码头”，提供停车位573个 — 573 counts another thing
            first_break = _clause_break_after(masked, a, stop, parts)
            if wholes and first_break is not None:
                head = _head_noun(masked, wholes[-1], lo_w)
                parts = [p for p in parts if p.start < first_break
                         or (head and head in _noun_label(masked, p, a))]
            # a breakdown after 其中 that ends with 其他/其它 is complete: its parts add up to the whole
            f = self._complete_breakdown(doc, masked, s, a, stop, wholes, parts)
            if f is not None:
                yield f
                continue
            for p in parts:
                if p.approx in ("<", "<=", "≈") or is_delta(masked, p):
                    continue
                same = [w for w in wholes if measure_of(w) == measure_of(p)]
                if not same:
                    continue
                plo = count_interval(p)[0]
                if any(count_interval(w)[1] >= plo or w.approx in (">", ">=") for w in same):
                    record(doc, self.code, "part<=whole", p, True, "part <= whole", same)
                    continue
                record(doc, self.code, "part<=whole", p, False, "part <= whole", same)
                w = same[-1]
                yield self.finding(doc, p.start, p.end,
                                   related=[Related(w.start, w.end, {"zh": "整体", "en": "whole"})],
                                   evidence={"part": plo, "whole": count_interval(w)[1],
                                             "wholes_considered": [count_interval(x)[0] for x in same],
                                             "formula": f"{fmt_num(plo)} > {fmt_num(count_interval(w)[1])}"},
                                   part=label(doc, p), whole=label(doc, w))
                break


    def _exhaustive(self, doc, masked):
        """Breakdowns after 其中 that are complete by what they name: two sides of one split (城镇/乡村,
        出口/进口, 中央/地方, 男/女, 正职/副职…), the three sectors, consecutive years, or a last item 其他.
        Their parts must add up to the whole (the whole may close the sentence before: …总值6713.0亿元。
        其中，出口…；进口…).  Parts may be separated by 、，；; figures of other units (growth rates) between
        them are skipped; a nested 其中 or a bracket ends the list."""
        for m in _AMONG.finditer(masked):
            a = m.start()
            si = doc.sentence_index(a)
            if si < 0:
                continue
            s = doc.sentences[si]
            lo = s.start
            if not masked[s.start:a].strip("，,：:、 \u3000"):
                if si == 0 or doc.sentences[si - 1].paragraph != s.paragraph:
                    continue
                lo = doc.sentences[si - 1].start
            before = [q for q in quantities_in(doc, lo, a) if is_count(q) and not is_delta(masked, q)]
            if not before:
                continue
            whole = before[-1]
            if m.group() != "其中" and not re.search(r"总|總|全年|全部|共", context_before(masked, whole, lo, 16)):
                continue          # 按…统计 splits a total stated as such, not the last figure before it
            if whole.approx in ("<", "<=") or _AVERAGE.search(context_before(masked, whole, lo, 6)) \
                    or masked[whole.end:whole.end + 1] in ("/", "每") \
                    or re.match(r"(?:比|较|較|与|與)", context_before(masked, whole, lo, 12)):
                continue          # 比预算数X元少支…: a comparison base, not the whole
            gap = masked[whole.end:a]
            opened = gap.count("（") + gap.count("(") - gap.count("）") - gap.count(")")
            if len(gap) > 40 or opened < 0 or opened > 1:
                continue
            nxt = masked.find("其中", m.end(), s.end)
            stop = s.end if nxt < 0 else nxt
            if opened:            # 出庭46宗（其中正职25宗，副职21宗）: the list ends with the bracket
                close = min([k for k in (masked.find("）", a, stop), masked.find(")", a, stop)) if k >= 0] or [-1])
                if close < 0:
                    continue
                stop = close
            parts, labels = [], []
            depth = 0
            pos = m.end()
            for q in quantities_in(doc, m.end(), stop):
                seg = masked[pos:q.start]
                depth += seg.count("（") + seg.count("(") - seg.count("）") - seg.count(")")
                pos = q.start
                if depth > 0:
                    continue
                if not is_count(q) or measure_of(q) != measure_of(whole) or is_delta(masked, q):
                    continue
                if q.approx is not None:
                    break
                parts.append(q)
                after = re.split(r"[、，,；;。（(）)]", masked[q.end:q.end + 12], 1)[0]
                labels.append(context_before(masked, q, a, 16) + "|" + after)
            # the longest run of parts from the first that is complete by its names (城镇…，乡村…；年平均人口…):
            # the whole list, a two- or three-way split, or the run of consecutive years (linear in the parts)
            run = 1
            while run < len(parts) and _year_of(labels[run]) is not None and _year_of(labels[run - 1]) is not None \
                    and _year_of(labels[run]) == _year_of(labels[run - 1]) + 1:
                run += 1
            for k in sorted({len(parts), 3, 2, run}, reverse=True):
                if 2 <= k <= len(parts) and _complete_by_name(labels[:k], masked[a:parts[k - 1].end],
                                                              residual_ok=measure_of(whole) != "元"):
                    break
            else:
                continue
            f = self._sum_finding(doc, whole, parts[:k], partial=False)
            if f is not None:
                yield f

    def _complete_breakdown(self, doc, masked, s, a, stop, wholes, parts):
        if not wholes or len(parts) < 2:
            return None
        complete = bool(re.search(r"其他|其它", masked[a:stop]))
        # outcomes of a review (维持、驳回、撤销…) exclude each other: they cannot add up to more than the whole
        disjoint = all(_DECISION.search(context_before(masked, p, a, 8)) for p in parts)
        if not (complete or disjoint):
            return None
        whole = wholes[-1]
        if whole.start < s.start or whole.approx or not re.fullmatch(r"[，,：:\s]*", masked[whole.end:a]):
            return None
        if any(measure_of(p) != measure_of(whole) or p.approx or is_delta(masked, p) for p in parts):
            return None
        if re.search(r"由|从|從|提高到|增加到|下降到|降低到|增长|增長|同比|比上年|较上年|較上年", masked[a:stop]):
            return None
        return self._sum_finding(doc, whole, parts, partial=not complete)


#: what opens a breakdown: 其中, or a classification (按经营地统计，城镇…；乡村…)
_AMONG = lazyre.compile(r"其中|按[\u4e00-\u9fff]{1,8}(?:统计|划分|分)(?=[，,：:])")
#: the sides of a split that leaves nothing out (each tuple: the alternatives for one side)
_SPLITS = (
    (r"城镇|城市", r"乡村|农村"), (r"男", r"女"), (r"(?<!进)出口", r"进口"), (r"中央", r"地方"), (r"正职", r"副职"),
    (r"预期性", r"约束性"), (r"主持", r"参与"), (r"公办", r"民办"), (r"内资", r"外资"), (r"境内", r"境外"),
    (r"省内", r"省外"), (r"线上", r"线下"), (r"(?<!非)全日制", r"非全日制"), (r"职工", r"居民"),
    (r"(?<!非)国有", r"非国有"), (r"(?<!非)户籍", r"非户籍"), (r"上半年", r"下半年"),
    (r"外出", r"本地"), (r"(?<!个体)企业", r"个体"), (r"邮政", r"电信"), (r"财产险|财险", r"人身险"),
    (r"(?<!专业)总承包", r"专业承包"), (r"短期", r"中长期"), (r"活期", r"定期"),
    (r"猪肉", r"牛肉", r"羊肉", r"禽肉"),
    (r"第一产业|一产", r"第二产业|二产", r"第三产业|三产"),
)
#: 不受理12宗…，受理91宗: a part and its negation
_NEGATED = lazyre.compile(r"(?:不予|不|未|非|没有)([\u4e00-\u9fff]{2})")


def _year_of(label: str) -> Optional[int]:
    m = re.search(r"((?:19|20)\d{2})年", label)
    return int(m.group(1)) if m else None


def _complete_by_name(labels: Sequence[str], span_text: str, residual_ok: bool = True) -> bool:
    """Whether the parts named by ``labels`` make up their whole: one label per side of a known split,
    consecutive years (2021年…、2022年…、2023年…), or a last part named 其他/其余 (not for money: a
    communiqué's 其他服务业 is a defined residual of the statistical classification, not all the rest)."""
    k = len(labels)
    if residual_ok and re.search(r"其他|其它|其余|其餘|剩余", labels[-1]):
        return True
    if k == 2:
        for x, y in (labels, labels[::-1]):
            neg = _NEGATED.search(x)
            if neg and neg.group(1) in y.replace(neg.group(0), "") and not _NEGATED.search(y):
                return True
    for split in _SPLITS:
        if len(split) != k:
            continue
        if all(re.search(side, lab) for side, lab in zip(split, labels)) or \
                all(re.search(side, lab) for side, lab in zip(split, reversed(labels))):
            return True
    years = [re.search(r"((?:19|20)\d{2})年", lab) for lab in labels]
    if k >= 3 and all(years):
        ys = [int(y.group(1)) for y in years]
        return all(b == a + 1 for a, b in zip(ys, ys[1:]))
    return False


def _clause_break_after(masked: str, a: int, stop: int, parts) -> Optional[int]:
    """Where the clause of the first part after 其中 ends (a ，；： not inside the 、 list), or None."""
    if not parts:
        return None
    m = re.search(r"[，,；;：:]", masked[parts[0].end:stop])
    return parts[0].end + m.start() if m else None


def _noun_label(masked: str, q: Quantity, floor: int) -> str:
    before = context_before(masked, q, floor, 16)
    after = re.split(r"[、，,；;。（(）)]", masked[q.end:q.end + 12], 1)[0]
    return before + "|" + after


def _head_noun(masked: str, q: Quantity, floor: int) -> str:
    """The last two characters of the noun a count counts (建设6个社会公益停车场 → 车场; 学校改扩建项目 → 项目)."""
    after = re.split(r"[、，,；;。（(）)的]", masked[q.end:q.end + 12], 1)[0]
    after = re.sub(r"[^\u4e00-\u9fff]", "", after)
    if len(after) >= 2:
        return after[-2:]
    before = re.sub(r"[^\u4e00-\u9fff]", "", context_before(masked, q, floor, 16))
    return before[-2:] if len(before) >= 2 else ""


def _clause_ok(text: str, a: int, b: int) -> bool:
    """Between a total and its bracket only a short noun phrase (no clause break)."""
    return not re.search(r"[，,；;。：:（(]", text[a:b])


@hookimpl
def lintgov_rules():
    return [PartsSum]
