"""Built-in temporal rules (LG5xx): the signing date, the report year, calendar dates.

The 成文日期 (signing date) is the last paragraph that holds only a date, near the
end of the text (before trailers such as （此件公开发布）).  The report year comes
from ``doc.report_year`` (title, 现将2023年…报告如下, the opening 2023年，…) or from
``--year``.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator, List, NamedTuple, Optional, Tuple

from lintgov import hookimpl
from lintgov import lazyre
from lintgov.engine import report_year
from lintgov.headings import cn_ordinal_value
from lintgov.rule import Edit, Fix, Related, Rule, bad, good
from lintgov.textfold import Translation

_DC = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条、第二十五条"
_CN_NUM = "〇零○Ｏ一二三四五六七八九十"
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DIGITS_T = Translation(_DIGITS)   # (the same, skipping texts without full-width digits)
_CN_YEAR = str.maketrans("〇零○Ｏ一二三四五六七八九", "0000123456789")

_DATE_LINE = re.compile(
    rf"^\s*(?P<y>(?:19|20)\d{{2}}|[{_CN_NUM}]{{4}})\s*年\s*(?P<m>\d{{1,2}}|[{_CN_NUM}]{{1,2}})\s*月"
    rf"\s*(?P<d>\d{{1,2}}|[{_CN_NUM}]{{1,3}})\s*日\s*$")


class SignDate(NamedTuple):
    date: Optional[dt.date]   # None when the written date is impossible
    start: int
    end: int
    written: str
    chinese: bool             # written in Chinese numerals
    padded: bool              # 03月 / 05日 (虚位)



def _month_days(year: int, month: int) -> int:
    """Days in ``month`` of ``year`` (``calendar.monthrange(year, month)[1]``, without importing
    calendar at every start)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31

def _num(s: str) -> int:
    s = s.translate(_DIGITS)
    if s.isdigit():
        return int(s)
    return cn_ordinal_value(s.replace("○", "〇").replace("Ｏ", "〇"))


def signing_date(doc) -> Optional[SignDate]:
    """The 成文日期: a paragraph holding only a date among the last six paragraphs."""
    cached = doc.__dict__.get("_lintgov_signing_date", False)
    if cached is not False:
        return cached
    found = None
    for p in reversed(doc.paragraphs[-6:]):
        t = doc.text[p.start:p.end]
        m = _DATE_LINE.match(t)
        if not m:
            continue
        y = m.group("y")
        chinese = not y.translate(_DIGITS).isdigit()
        year = int(y.translate(_CN_YEAR)) if chinese else int(y.translate(_DIGITS))
        month, day = _num(m.group("m")), _num(m.group("d"))
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = None
        padded = bool(re.search(r"年\s*0\d|月\s*0\d", t))
        found = SignDate(date, p.start + m.start("y"), p.start + m.end(), t[m.start("y"):m.end()].strip(),
                         chinese, padded)
        break
    doc.__dict__["_lintgov_signing_date"] = found
    return found


_report_year = report_year  # --year, else the year the title or opening states


class SigningDateWindow(Rule):
    code = "LG501"
    name = "signing-date-window"
    category = "temporal"
    level = "error"
    authority = _DC
    summary = {"zh": "成文日期不在报告年度结束后、次年4月1日前",
               "en": "The signing date is not after the report year and before 1 April of the next year"}
    description = {
        "zh": "法治政府建设年度报告报告的是上一年度的情况（督察工作规定第二十五条“上一年度”），应在该年度结束后成文；"
              "第二十四条要求每年4月1日之前向社会公开。年度尚未结束就成文（2022年度报告落款2022年12月30日）"
              "说明报告没有覆盖全年或落款有误；4月1日以后成文则已错过公开期限。",
        "en": "An annual report covers the whole previous year (DC art. 25), so it is signed after that year ends; "
              "art. 24 requires publication before 1 April. A 2022 report signed on 30 December 2022 cannot cover "
              "the whole year (or the date is wrong); one signed on or after 1 April misses the deadline.",
    }
    messages = {
        "default": {"zh": "这是{year}年度的报告，成文日期“{written}”却在{year}年结束之前（应在{next}年1月1日至3月31日之间）",
                    "en": "this is a report on {year}, but it is signed “{written}”, before {year} ended "
                          "(expected between 1 January and 31 March {next})"},
        "late": {"zh": "这是{year}年度的报告，成文日期“{written}”已晚于{next}年4月1日的公开期限",
                 "en": "this is a report on {year}, signed “{written}”, after the publication deadline of 1 April {next}"},
    }
    examples = (
        bad("关于2022年法治政府建设情况的报告\n现将2022年法治政府建设情况报告如下。\n一、主要举措和成效\n正文。\n"
            "XX区人民政府\n2022年12月30日"),
        bad("关于2022年法治政府建设情况的报告\n现将2022年法治政府建设情况报告如下。\n正文。\nXX区人民政府\n2023年5月8日"),
        good("关于2022年法治政府建设情况的报告\n现将2022年法治政府建设情况报告如下。\n正文。\nXX区人民政府\n2023年2月24日"),
    )

    def check(self, doc, ctx):
        if doc.kind != "law-gov-annual-report":
            return
        year = _report_year(doc, ctx)
        sd = signing_date(doc)
        if not year or sd is None or sd.date is None:
            return
        ev = {"report_year": year, "signed": sd.date.isoformat(),
              "window": [f"{year + 1}-01-01", f"{year + 1}-03-31"]}
        if sd.date <= dt.date(year, 12, 31):
            yield self.finding(doc, sd.start, sd.end, evidence=ev, year=year, next=year + 1, written=sd.written)
        elif sd.date >= dt.date(year + 1, 4, 1):
            yield self.finding(doc, sd.start, sd.end, "late", level="warning", evidence=ev,
                               year=year, next=year + 1, written=sd.written)


_YMD = re.compile(r"(?<![\d.．])((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
_MD = re.compile(r"(?<![\d.．年])(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_GLUED = re.compile(r"(?<![\d.．])((?:19|20)\d{2})(\d{1,2})月(?:(\d{1,2})日)?")


#: 2023.09.31 / 2023/9/31 / 2023-09-31 (three parts: a year, a month and a day)
_DOTTED = re.compile(r"(?<![\d.．/\-])((?:19|20)\d{2})([.．/\-])(\d{1,2})\2(\d{1,2})(?![\d.．/\-])")
#: 6月1日至31日: the second day of a range belongs to the same month
_DAY_RANGE = re.compile(r"(?<![\d.．])(\d{1,2})\s*月\s*\d{1,2}\s*日\s*(?:至|到|—|–|-|～|~)\s*(\d{1,2})\s*日")
#: 二〇二三年二月三十日 (Chinese numerals)
_CN_YMD = re.compile(r"([〇零○Ｏ一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                     r"(?:\s*([一二三四五六七八九十]{1,3})\s*日)?")


def _valid(y: Optional[int], m: int, d: Optional[int]) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    last = _month_days(y if y else 2000, m)  # 2000 is a leap year: 2月29日 without a year is fine
    return 1 <= d <= last


class ImpossibleDate(Rule):
    code = "LG502"
    name = "impossible-date"
    category = "temporal"
    level = "error"
    authority = "公历日期的有效性（月份1—12，日不超过当月天数）"
    summary = {"zh": "不存在或写错的日期（2024年2月30日、20221月1日）",
               "en": "An impossible or malformed date (2024年2月30日, 20221月1日)"}
    description = {
        "zh": "月份应在1—12之间，日期不能超过当月天数（闰年2月29日除外）；“20221月1日”这类漏写“年”的日期也无法确定。",
        "en": "Months run 1–12 and days up to the month's length (29 February only in leap years); a date such as "
              "20221月1日 that lost its 年 cannot be read reliably.",
    }
    messages = {
        "default": {"zh": "日期“{written}”不存在：{why}", "en": "the date “{written}” does not exist: {why_en}"},
        "glued": {"zh": "日期“{written}”漏写了“年”，应为“{expected}”", "en": "the date “{written}” lost its 年; expected “{expected}”"},
    }
    examples = (
        bad("2024年2月30日，召开常务会议。"),
        bad("2023年4月31日，印发实施方案。"),
        bad("自20221月1日起施行。"),
        bad("于2023.09.31前完成清理。"),
        bad("二〇二三年二月三十日，召开常务会议。"),
        bad("6月1日至31日开展专项检查。"),
        bad("２０２３年２月３０日，召开常务会议。"),
        good("2024年2月29日，召开常务会议；2023年4月30日，印发实施方案。全年办理12月31日前受理的案件。"),
        good("于2023.09.30前完成清理，二〇二三年二月二十八日召开会议，7月1日至31日开展专项检查，版本1.2.3。"),
    )

    def check(self, doc, ctx):
        text = _DIGITS_T.sized(doc.masked())   # full-width digits (２０２３年２月３０日) read as digits
        seen = set()
        for m in lazyre.finditer(_DOTTED, text):
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if not _valid(y, mo, d):
                yield self._bad(doc, m.start(), m.end(), y, mo, d)
        for m in _CN_YMD.finditer(text):
            y = int(m.group(1).translate(_CN_YEAR))
            mo = cn_ordinal_value(m.group(2))
            d = cn_ordinal_value(m.group(3)) if m.group(3) else None
            if not _valid(y, mo, d):
                yield self._bad(doc, m.start(), m.end(), y, mo, d)
        for m in lazyre.finditer(_DAY_RANGE, text):
            mo, d = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                continue  # the first date is reported by itself
            y = None
            ym = re.search(r"((?:19|20)\d{2})\s*年\s*$", text[max(0, m.start() - 8):m.start()])
            if ym:
                y = int(ym.group(1))
            if not _valid(y, mo, d):
                yield self._bad(doc, m.start(), m.end(), y, mo, d)
        for m in lazyre.finditer(_YMD, text):
            y, mo = int(m.group(1)), int(m.group(2))
            d = int(m.group(3)) if m.group(3) else None
            seen.add(m.start(2))
            if not _valid(y, mo, d):
                yield self._bad(doc, m.start(), m.end(), y, mo, d)
        for m in lazyre.finditer(_MD, text):
            if m.start(1) in seen:
                continue
            mo, d = int(m.group(1)), int(m.group(2))
            if not _valid(None, mo, d):
                yield self._bad(doc, m.start(), m.end(), None, mo, d)
        for m in lazyre.finditer(_GLUED, text):
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                continue
            written = m.group(0)
            expected = f"{m.group(1)}年{mo}月" + (f"{m.group(3)}日" if m.group(3) else "")
            yield self.finding(doc, m.start(), m.end(), "glued", written=written, expected=expected,
                               fix=Fix((Edit(m.end(1), m.end(1), "年"),), {"zh": "补上“年”", "en": "insert 年"}))

    def _bad(self, doc, s, e, y, mo, d):
        if not 1 <= mo <= 12:
            why, why_en = f"没有{mo}月", f"there is no month {mo}"
        else:
            last = _month_days(y if y else 2000, mo)
            why = f"{y}年{mo}月只有{last}天" if y else f"{mo}月只有{last}天"
            why_en = f"{mo}/{y} has {last} days" if y else f"month {mo} has {last} days"
        return self.finding(doc, s, e, written=doc.text[s:e], why=why, why_en=why_en,
                            evidence={"year": y, "month": mo, "day": d})


_TWO_DIGIT = (
    re.compile(r"(?<![\d.．'’‘\-])(\d{2})年(?=\d{1,2}月)"),                     # 23年1月
    re.compile(r"(?<![\d.．])((?:19|20)\d{2})\s*[—–～~\-－至到]\s*(\d{2})年(?![\d来间以内多余左前后底末初中度])"),  # 2021—25年
)


class TwoDigitYear(Rule):
    code = "LG503"
    name = "two-digit-year"
    category = "temporal"
    level = "warning"
    fixable = True
    authority = "GB/T 15835—2011《出版物上数字用法》：年份不应简写为两位数字（“1990年”不写为“90年”）"
    summary = {"zh": "年份简写为两位数字（23年1月）", "en": "A year abbreviated to two digits (23年1月)"}
    description = {
        "zh": "公文中的年份应写全四位数字。“23年1月起”应写作“2023年1月起”，“2021—25年”应写作“2021—2025年”。"
              "“23年来”“近20年”是时长，不是年份，不报。",
        "en": "Years are written with four digits: 2023年1月 rather than 23年1月, 2021—2025年 rather than 2021—25年. "
              "Durations such as 23年来 and 近20年 are not years and are not reported.",
    }
    messages = {"default": {"zh": "年份“{written}”简写为两位数字，应写作“{expected}”",
                            "en": "the year “{written}” is abbreviated to two digits; write “{expected}”"}}
    examples = (
        bad("《条例》自23年1月起施行。"),
        bad("实施2021—25年五年规划。"),
        good("《条例》自2023年1月起施行。23年来，我区坚持依法行政，近20年未发生重大事故，工作满25年的干部。"),
    )

    def check(self, doc, ctx):
        text = doc.masked()
        year = _report_year(doc, None) or dt.date.today().year
        century = (year // 100) * 100
        for m in lazyre.finditer(_TWO_DIGIT[0], text):   # (lookbehind first: tried only at digits)
            yy = int(m.group(1))
            full = century + yy if century + yy <= year + 5 else century - 100 + yy
            yield self.finding(doc, m.start(1), m.end(1) + 1, written=m.group(0), expected=f"{full}年",
                               fix=Fix((Edit(m.start(1), m.end(1), str(full)),), {"zh": f"写作{full}年", "en": f"write {full}年"},
                                       safe=False))
        for m in lazyre.finditer(_TWO_DIGIT[1], text):
            if doc.script == "traditional" and "-" in m.group(0):
                continue  # Hong Kong and Taiwan write financial years as 2026-27年度
            full = int(m.group(1)) // 100 * 100 + int(m.group(2))
            if full <= int(m.group(1)):
                continue
            yield self.finding(doc, m.start(2), m.end(2) + 1, written=m.group(0), expected=f"{m.group(1)}—{full}年",
                               fix=Fix((Edit(m.start(2), m.end(2), str(full)),), {"zh": f"写作{full}", "en": f"write {full}"}))


_CUTOFF = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(底|末)?")


class CutoffAfterSigning(Rule):
    code = "LG504"
    name = "cutoff-after-signing"
    category = "temporal"
    level = "error"
    authority = "时间逻辑：报告中数据的截至日期不能晚于成文日期"
    summary = {"zh": "“截至”的日期晚于成文日期", "en": "A 截至 (as of) date lies after the signing date"}
    description = {
        "zh": "报告中“截至某日”的数据不可能晚于报告的成文日期；这多是年份或月份写错，或沿用了别的稿件。",
        "en": "Data “as of” a date cannot be later than the date the report was signed; usually the year or "
              "month is wrong, or the sentence was copied from another text.",
    }
    messages = {"default": {"zh": "“{written}”晚于成文日期“{signed}”", "en": "“{written}” is after the signing date “{signed}”"}}
    examples = (
        bad("现将2024年法治政府建设情况报告如下。\n截至2025年3月31日，已完成清理。\nXX县人民政府\n2025年2月24日"),
        good("现将2024年法治政府建设情况报告如下。\n截至2024年12月31日，已完成清理。\nXX县人民政府\n2025年2月24日"),
    )

    def check(self, doc, ctx):
        sd = signing_date(doc)
        if sd is None or sd.date is None:
            return
        for m in _CUTOFF.finditer(doc.masked()):
            if m.start() >= sd.start:
                break
            y, mo = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12:
                continue
            d = int(m.group(3)) if m.group(3) else 1
            try:
                earliest = dt.date(y, mo, d)
            except ValueError:
                continue
            if earliest > sd.date:
                yield self.finding(doc, m.start(), m.end(), related=[Related(sd.start, sd.end, {"zh": "成文日期", "en": "signing date"})],
                                   evidence={"cutoff": earliest.isoformat(), "signed": sd.date.isoformat()},
                                   written=m.group(0), signed=sd.written)


_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_OPENING_YEAR = re.compile(r"现将\s*((?:19|20)\d{2})\s*年|現將\s*((?:19|20)\d{2})\s*年")
#: 2023年，… / 2023年度，… (not 2022年以来，…: a look back over several years is no claim about the report year)
_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?\s*[，,]")


def year_claims(doc) -> List[Tuple[str, int, int, int]]:
    """(where, year, start, end): the report year as stated in the title, the 现将 sentence
    and the lead of the opening paragraph."""
    out = []
    if doc.title is not None:
        m = _TITLE_YEAR.search(doc.text, doc.title.start, doc.title.end)
        if m:
            out.append(("title", int(m.group(1)), m.start(1), m.end()))
    paras = [p for p in doc.paragraphs[:4] if doc.title is None or p.start >= doc.title.end]
    for p in paras[:3]:
        m = _OPENING_YEAR.search(doc.text, p.start, p.end)
        if m:
            g = 1 if m.group(1) else 2
            out.append(("opening", int(m.group(g)), m.start(g), m.end(g) + 1))
            break
    if paras:
        p = paras[0]
        m = _LEAD_YEAR.match(doc.text, p.start, p.end)
        if m:
            out.append(("lead", int(m.group(1)), m.start(1), m.end(1) + 1))
    return out


class ReportYearMismatch(Rule):
    code = "LG505"
    name = "report-year-mismatch"
    category = "temporal"
    level = "error"
    authority = _DC
    summary = {"zh": "标题、“现将……报告如下”与开头所说的报告年度不一致",
               "en": "The title, the 现将…报告如下 sentence and the opening name different report years"}
    description = {
        "zh": "标题中的年度、开头“现将2023年……报告如下”中的年度和首段“2023年，……”应当一致；不一致多是套用上一年稿件后漏改。",
        "en": "The year in the title, in 现将2023年…报告如下 and at the start of the opening paragraph must agree; a "
              "mismatch usually means last year's text was reused without updating.",
    }
    messages = {"default": {"zh": "此处的报告年度是{found}年，但{other_where}写的是{expected}年",
                            "en": "the report year here is {found}, but the {other_where_en} says {expected}"}}
    _WHERE = {"title": ("标题", "title"), "opening": ("“现将……报告如下”", "现将…报告如下 sentence"),
              "lead": ("首段开头", "opening paragraph")}
    examples = (
        bad("XX区人民政府关于2024年法治政府建设情况的报告\n现将2023年度法治政府建设情况报告如下。\n正文。"),
        good("XX区人民政府关于2024年法治政府建设情况的报告\n2024年，我区坚持依法行政。现将2024年度法治政府建设情况报告如下。"),
    )

    def check(self, doc, ctx):
        claims = year_claims(doc)
        if len(claims) < 2:
            return
        ref = claims[0]
        for c in claims[1:]:
            if c[1] != ref[1]:
                zh, en = self._WHERE[ref[0]]
                yield self.finding(doc, c[2], c[3], related=[Related(ref[2], ref[3], {"zh": zh, "en": en})],
                                   evidence={c[0]: c[1], ref[0]: ref[1]},
                                   found=c[1], expected=ref[1], other_where=zh, other_where_en=en)


class SigningDateFormat(Rule):
    code = "LG506"
    name = "signing-date-format"
    category = "temporal"
    level = "warning"
    fixable = True
    authority = "GB/T 9704—2012《党政机关公文格式》7.3.5.4：成文日期用阿拉伯数字将年、月、日标全，月、日不编虚位"
    summary = {"zh": "成文日期不用阿拉伯数字或编了虚位（二〇二四年、03月）",
               "en": "The signing date is not in Arabic numerals or is zero-padded (二〇二四年, 03月)"}
    description = {
        "zh": "GB/T 9704—2012 规定成文日期用阿拉伯数字将年、月、日标全，年份应标全称，月、日不编虚位（1不编为01）。"
              "汉字数字的成文日期是1999年旧标准的写法。",
        "en": "GB/T 9704—2012: the signing date is written in Arabic numerals with the full year, and month and day "
              "are not zero-padded (1, not 01). Chinese-numeral dates follow the superseded 1999 standard.",
    }
    messages = {"default": {"zh": "成文日期“{written}”{why}，应写作“{expected}”",
                            "en": "the signing date “{written}” {why_en}; write “{expected}”"}}
    examples = (
        bad("现将2024年法治政府建设情况报告如下。\n正文。\nXX县人民政府\n2025年03月10日"),
        bad("现将2024年法治政府建设情况报告如下。\n正文。\nXX县人民政府\n二〇二五年三月十日"),
        good("现将2024年法治政府建设情况报告如下。\n正文。\nXX县人民政府\n2025年3月10日"),
    )

    def check(self, doc, ctx):
        sd = signing_date(doc)
        if sd is None or sd.date is None or not (sd.chinese or sd.padded):
            return
        expected = f"{sd.date.year}年{sd.date.month}月{sd.date.day}日"
        why = "使用了汉字数字" if sd.chinese else "编了虚位"
        why_en = "uses Chinese numerals" if sd.chinese else "is zero-padded"
        yield self.finding(doc, sd.start, sd.end, written=sd.written, expected=expected, why=why, why_en=why_en,
                           fix=Fix((Edit(sd.start, sd.end, expected),), {"zh": f"改为“{expected}”", "en": f"write “{expected}”"}))


class JiezhiAsOf(Rule):
    code = "LG507"
    name = "jiezhi-as-of"
    category = "temporal"
    level = "warning"
    fixable = True
    authority = "《现代汉语词典》：“截至”表示截止到某个时间，“截止”表示到期停止，后面不直接接时间"
    summary = {"zh": "表示“截止到某时”应写“截至”", "en": "“As of a date” is 截至, not 截止"}
    description = {
        "zh": "“截止”是到一定期限停止（报名于3月1日截止），后面不直接带时间；表示“截止到某时”应写“截至”（截至2024年底）。",
        "en": "截止 means “to end (at a deadline)” and does not take a date after it; “as of a date” is 截至 "
              "(截至2024年底) or 截止到.",
    }
    messages = {"default": {"zh": "“截止{when}”应写作“截至{when}”", "en": "“截止{when}” should be “截至{when}”"}}
    examples = (
        bad("截止2024年12月31日，累计办理案件312件。"),
        good("截至2024年12月31日，累计办理案件312件。报名于3月1日截止。截止到年底，全部完成。"),
    )
    _PAT = re.compile(r"截止(?=\s*(?:(?:19|20)\d{2}\s*年|\d{1,2}\s*月|目前|今年|去年|年底|年末|上年|当年|本年|报告期))")

    def check(self, doc, ctx):
        for m in self._PAT.finditer(doc.masked()):
            when = re.match(r"[^，,。；;：:]{0,12}", doc.text[m.end():m.end() + 12]).group()
            yield self.finding(doc, m.start(), m.end(), when=when,
                               fix=Fix((Edit(m.start() + 1, m.end(), "至"),), {"zh": "改为“截至”", "en": "write 截至"}))


@hookimpl
def lintgov_rules():
    return [SigningDateWindow, ImpossibleDate, TwoDigitYear, CutoffAfterSigning, ReportYearMismatch,
            SigningDateFormat, JiezhiAsOf]
