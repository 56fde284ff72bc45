"""What kind of document this is, from its title, its opening and its headings.

``law-gov-annual-report``: an annual report on building law-based government
(法治政府建设年度报告, or 关于2023年法治政府建设情况的报告).  ``report``: another
report (a government work report, a 工作总结).  ``other``: anything else (a news
article, a notice).

Signals, strongest first: a title naming 法治政府建设 and 报告/年度; an opening
such as 现将2023年法治政府建设情况报告如下; level-1 headings naming the blocks the
督察工作规定 requires (举措和成效, 不足/问题, 第一责任人, 下一年度/下一步安排).
Traditional-script text is folded to simplified first (a handful of characters).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

from .textfold import Translation

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document, Span

KINDS = ("law-gov-annual-report", "report", "other")

_FOLD = str.maketrans("設報來與關於們項問題導責職務門實際論壇區縣鎮鄉廳堅決認終緊續將現頭規劃０１２３４５６７８９",
                      "设报来与关于们项问题导责职务门实际论坛区县镇乡厅坚决认终紧续将现头规划0123456789")
_LAWGOV = re.compile(r"法治政府建设|依法行政")
_REPORT_WORD = re.compile(r"报告|总结")
_ANNUAL_OPENING = re.compile(r"现将.{0,30}(?:法治政府建设|依法行政).{0,20}(?:情况|工作)?.{0,6}报告如下")
_BLOCK_HEADINGS = (
    re.compile(r"举措|成效|开展情况|工作情况|主要做法|取得的成绩"),
    re.compile(r"不足|问题|短板|差距"),
    re.compile(r"第一责任人|主要负责人"),
    re.compile(r"下一步|下一年度|\d{4}年.{0,12}(?:安排|打算|计划|思路)|工作安排|工作打算|工作计划|工作思路"),
)
_NEWS = re.compile(r"记者|作者[:：]|来源[:：]|责任编辑|点击右上角|分享到|相关新闻")


def _fold(s: str) -> str:
    return s.translate(_FOLD)


_FOLD_T = Translation(_FOLD)


def _folded(doc: "Document", start: int = 0, end: "Optional[int]" = None) -> str:
    """``_fold(doc.text)[start:end]``: the table maps one character to one, so this is the folded
    slice of the text.  No folded copy of the whole text is kept (memory: on a 50 MB document
    it was one more 36 MB string for the whole run)."""
    return _FOLD_T(doc.text[start:end])


#: pieces the text is folded in when counting 法治政府建设 (a mention never spans a line break)
_PIECE = 1 << 20


def _lawgov_mentions(doc: "Document") -> int:
    """``len(_LAWGOV.findall(_fold(doc.text)))``, once a document, folding the text a piece of
    whole lines at a time."""
    got = doc.__dict__.get("_kind_lawgov_mentions")
    if got is None:
        text, got, pos = doc.text, 0, 0
        while pos < len(text):
            end = text.find("\n", pos + _PIECE)
            end = len(text) if end == -1 else end + 1
            got += len(_LAWGOV.findall(_FOLD_T(text[pos:end])))
            pos = end
        doc.__dict__["_kind_lawgov_mentions"] = got
    return got


def find_title(doc: "Document") -> "Optional[Span]":
    from .document import Span
    from .headings import match_marker
    for p in doc.paragraphs[:3]:
        text = doc.text[p.start:p.end]
        if len(text) > 60 or re.search(r"[。！？；]", text) or match_marker(doc.text, p.start, p.end):
            return None
        if re.search(r"报告|報告|总结|總結|通知|意见|意見|规定|規定|办法|辦法|方案|决定|決定|情况|情況", text):
            return Span(p.start, p.end)
        if len(text) <= 4:  # a stray line ("各位代表:"), look further
            continue
        return None
    return None


def _opening_reports_on_lawgov(doc: "Document") -> bool:
    """An opening paragraph about 法治政府建设 that ends with 报告如下 (现将主要情况报告如下),
    in a text that keeps talking about 法治政府建设: an annual report whose blocks may be
    topical (东莞 2023: 一、坚持党的领导，法治政府建设有力推进)."""
    for p in doc.paragraphs[:3]:
        t = _folded(doc, p.start, p.end)
        m = re.search(r"报告如下", t)
        if m and _LAWGOV.search(t[:m.start()]) and not _NEWS.search(_folded(doc, 0, 1500)):
            return _lawgov_mentions(doc) >= 5
    return False


_ASSEMBLY = re.compile(r"各位代表|向大会(?:作)?报告|请予审议")


def explain(doc: "Document") -> "tuple[str, str]":
    """(kind, why): the document kind and the signal that decided it, in English
    (shown by ``check -v`` and recorded in the JSON and SARIF reports).  Cached on the document."""
    got = doc.__dict__.get("_kind_explain")
    if got is None:
        got = doc.__dict__["_kind_explain"] = _explain(doc)
    return got


def _explain(doc: "Document") -> "tuple[str, str]":
    title = _fold(doc.slice(doc.title)) if doc.title else ""
    head = _folded(doc, 0, 1500)
    if title and _LAWGOV.search(title) and _REPORT_WORD.search(title):
        return "law-gov-annual-report", "the title names 法治政府建设/依法行政 and 报告/总结"
    if _ANNUAL_OPENING.search(head):
        return "law-gov-annual-report", "the opening reports on 法治政府建设 (现将…法治政府建设…报告如下)"
    if _opening_reports_on_lawgov(doc):
        return "law-gov-annual-report", "the opening ends with 报告如下 after naming 法治政府建设, which the text keeps discussing"
    assembly = bool(_ASSEMBLY.search(head))
    news = bool(_NEWS.search(head))
    lawgov_mentions = _lawgov_mentions(doc)
    if title and _LAWGOV.search(title) and re.search(r"(?:19|20)\d{2}\s*年|年度|情况|工作", title) \
            and lawgov_mentions >= 3 and not news and not assembly:
        return "law-gov-annual-report", (f"the title names 法治政府建设 and a year or 情况/工作 (no 报告), "
                                         f"and the text names it {lawgov_mentions} times")
    tops = [_fold(h.title(doc)) for h in doc.headings.at_level(1)]
    blocks = sum(1 for pat in _BLOCK_HEADINGS if any(pat.search(t) for t in tops))
    if blocks >= 2 and lawgov_mentions >= 3 and not news and not assembly:
        return "law-gov-annual-report", (f"{blocks} level-1 headings name blocks the 督察工作规定 requires and the "
                                         f"text names 法治政府建设 {lawgov_mentions} times")
    if not news and not assembly and re.search(r"报告如下", head):
        lawgov_head = len(_LAWGOV.findall(_folded(doc, 0, 3000)))
        if lawgov_head >= 3 and lawgov_mentions >= 5:
            return "law-gov-annual-report", (f"the opening says 报告如下 and the text is about 法治政府建设 "
                                             f"({lawgov_head} mentions in its first 3000 characters, {lawgov_mentions} in all)")
    if title and _REPORT_WORD.search(title):
        return "report", "the title names 报告/总结 but not 法治政府建设"
    if re.search(r"各位代表|报告如下|向大会报告", head) and not news:
        return "report", "the opening addresses a congress (各位代表) or says 报告如下"
    if news:
        return "other", "news-page markers (记者, 来源, 责任编辑…) near the top"
    return "other", "no title, opening or headings of a report"


def classify(doc: "Document") -> str:
    return explain(doc)[0]


_YEAR_TITLE = re.compile(r"((?:19|20)\d{2})\s*年(?:度)?")
_YEAR_OPENING = re.compile(r"现将\s*((?:19|20)\d{2})\s*年")
_ISSUER_TITLE = re.compile(r"^(?:中共)?(.{2,30}?(?:人民政府|政府|委员会|局|厅|部|办公室|区|县|市|省|镇|乡|街道))"
                           r"(?:关于)?\s*(?:19|20)\d{2}\s*年")
_ISSUER_OPENING = re.compile(r"^(?:19|20)\d{2}年[,，]\s*(?:在[^,，]{0,40}[,，])*\s*"
                             r"([\u4e00-\u9fff]{2,12}?(?:人民政府|政府|区|县|市|省|局|厅|委|镇|乡))"
                             r"(?:坚持|坚决|深入|认真|全面|始终|以|紧紧|持续|聚焦)")


def report_year(doc: "Document") -> "Optional[int]":
    if doc.title:
        m = _YEAR_TITLE.search(_fold(doc.slice(doc.title)))
        if m:
            return int(m.group(1))
    head = _folded(doc, 0, 3000)
    m = _YEAR_OPENING.search(head)
    if m:
        return int(m.group(1))
    if doc.paragraphs:
        first = _folded(doc, doc.paragraphs[0].start, doc.paragraphs[0].end)
        m = re.match(r"((?:19|20)\d{2})\s*年(?:度|以来)?[,，]", first)
        if m:
            return int(m.group(1))
    return None


def issuer(doc: "Document") -> "Optional[str]":
    if doc.title:
        m = _ISSUER_TITLE.search(_fold(doc.slice(doc.title)))
        if m:
            return doc.text[doc.title.start + m.start(1):doc.title.start + m.end(1)]
    if doc.paragraphs:
        p = doc.paragraphs[0]
        m = _ISSUER_OPENING.search(_folded(doc, p.start, p.end))
        if m:
            return doc.text[p.start + m.start(1):p.start + m.end(1)]
    # a signature line near the end: a short line naming a government body
    for p in reversed(doc.paragraphs[-4:]):
        t = _folded(doc, p.start, p.end)
        if len(t) <= 30 and re.fullmatch(r"[\u4e00-\u9fff]{2,28}(?:人民政府|委员会|局|厅|办公室|政府)", t):
            return t
    return None


# -- work reports and communiqués: issuer and the year their figures are about (pairing reports) --------
_GWR_BODY = re.compile(r"我代表([\u4e00-\u9fff]{2,16}?)(?:人民政府|管理委员会)|我代表(国务院)"
                       r"|我(?:现在)?(?:受|代表)(?:中华人民共和国)?(国务院)|根据(国务院)的决定")
_GWR_HEAD = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:省|市|区|县|自治区|特别行政区))(?:省长|市长|区长|县长|主席|代省长|代市长|代区长|代县长)")
_GWR_CONGRESS = re.compile(r"在([\u4e00-\u9fff]{2,12}?(?:省|市|区|县|自治区))第[一二三四五六七八九十]+届人民代表大会")
_GWR_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,12}政府工作报告")
_GWR_DATE = re.compile(r"——\s*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日")
_GWR_REVIEW = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff“”]{0,12}?(?:工作的?回顾|基本情况|工作情况)|过去的((?:19|20)\d{2})年"
                         # 首先报告2001年的工作; 一、过去一年工作回顾\n2004年，全国各族人民…
                         r"|报告((?:19|20)\d{2})年的?工作|(?:过去一年|去年)的?工作回顾\s*((?:19|20)\d{2})年")
_COMMUNIQUE = re.compile(r"((?:19|20)\d{2})年[\u4e00-\u9fff]{0,10}国民经济和社会发展统计公报")
_COMMUNIQUE_ISSUER = re.compile(r"^\s*([\u4e00-\u9fff]{2,16}?)(?:(?:19|20)\d{2})年[\u4e00-\u9fff]{0,10}国民经济和社会发展统计公报")


def figures_year(doc: "Document") -> "Optional[int]":
    """The year the figures of a government work report or a statistical communiqué are about: a work
    report delivered in 2024 reviews 2023 (一、2023年工作回顾; title 2024年政府工作报告; subtitle
    ——2024年1月…); a communiqué names its year (江西省2022年国民经济和社会发展统计公报).  ``None`` for
    other documents (their :func:`report_year` is the year they report on).  Cached on the document
    (rules and the pairing ask for it ~20 times a report)."""
    key = (getattr(doc, "source_path", None), getattr(doc, "path", None))   # (the file name may decide)
    got = doc.__dict__.get("_figures_year")
    if got is None or got[0] != key:
        got = doc.__dict__["_figures_year"] = (key, _figures_year(doc))
    return got[1]


def _figures_year(doc: "Document") -> "Optional[int]":
    head = _folded(doc, 0, 3000)
    m = _COMMUNIQUE.search(head[:300])
    if m:
        return int(m.group(1))
    if "政府工作报告" not in head and not (re.search(r"各位(?:人大)?代表|同志们", head[:200])
                                            and re.search(r"向大会[\u4e00-\u9fff]{0,6}报告", head[:400])):
        return None   # 同志们：我代表新区管委会向大会报告工作 (a 管委会's work report) counts too
    m = _GWR_REVIEW.search(head)
    if m:
        return int(next(g for g in m.groups() if g))
    m = _GWR_TITLE_YEAR.search(head[:200]) or _GWR_DATE.search(head[:300])
    if m:
        return int(m.group(1)) - 1
    return _year_from_part_headings(doc) or _year_from_file_name(doc)


_FILE_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def _year_from_file_name(doc: "Document") -> "Optional[int]":
    """A work report that names no year in its text, in a file named by the year it was delivered in
    (2005.txt, 宝安区2016年政府工作报告.docx, 121_baoan_2016_gwr.txt): the figures are about the year before.
    Only one year in the name."""
    import os
    name = os.path.basename(getattr(doc, "source_path", None) or getattr(doc, "path", "") or "")
    years = set(_FILE_YEAR.findall(name))
    return int(years.pop()) - 1 if len(years) == 1 else None


_HEADING_YEAR = re.compile(r"((?:19|20)\d{2})年")
_HEADING_REVIEW = re.compile(r"回顾|成就|取得|迈出|迈上|进步|步伐|以来|主要工作情况|完成情况")
_HEADING_PLAN = re.compile(r"工作安排|主要工作|重点工作|工作重点|工作任务|主要任务|各项工作|政府工作|总体目标|目标要求|工作的建议|工作建议")


def _year_from_part_headings(doc: "Document") -> "Optional[int]":
    """A work report whose review names no year (一、过去五年工作回顾 / “十三五”时期发展成就) names it in a
    part heading: the first level-1 heading with a year either reviews it (“十四五”时期发展成就和2025年主要
    工作; 2022年经济社会发展取得新进步) or plans the next one (三、2016年工作安排; 对2005年政府重点工作的建议:
    the figures are about the year before)."""
    try:
        tops = [h for h in doc.headings if h.level == 1]
    except Exception:  # pragma: no cover - a kind heuristic must never sink a run
        return None
    for h in tops[:8]:
        title = _fold(h.title(doc))[:60]
        m = _HEADING_YEAR.search(title)
        if not m:
            continue
        year = int(m.group(1))
        if _HEADING_REVIEW.search(title):
            return year
        if _HEADING_PLAN.search(title):
            return year - 1
        return None
    return None


def work_report_issuer(doc: "Document") -> "Optional[str]":
    """The body behind a work report (我代表上海市人民政府…; 上海市市长; 在广东省第十四届人民代表大会…)
    or a communiqué (江西省2022年国民经济和社会发展统计公报).  Read once per document (the pairing, the scope words
    and the issuer of every pair ask it again)."""
    d = getattr(doc, "__dict__", None)
    if d is not None and "_lintgov_work_report_issuer" in d:
        return d["_lintgov_work_report_issuer"]
    got = _work_report_issuer(doc)
    if d is not None:
        d["_lintgov_work_report_issuer"] = got
    return got


def _work_report_issuer(doc: "Document") -> "Optional[str]":
    head = _folded(doc, 0, 1500)
    m = _COMMUNIQUE_ISSUER.search(head[:300])
    if m:
        return m.group(1)
    for pat in (_GWR_BODY, _GWR_CONGRESS, _GWR_HEAD):
        m = pat.search(head)
        name = m and next(g for g in m.groups() if g)
        if name and not re.fullmatch(r"[省市区县]|自治区|本[省市区县]|我[省市区县]", name):
            return name
    return None
