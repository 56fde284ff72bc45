"""Script integrity (LG6xx): simplified forms in traditional text, traditional
forms in simplified text, over-conversion, regional variants, and a document
whose script is not the configured target.

Everything is computed by :mod:`lintgov.scripts` (one OpenCC pass per
standard per document, phrase dictionaries included, cached on the document);
the rules here only turn its grouped :class:`~lintgov.scripts.Deviation` runs
into findings.  A run is a stretch of differences with no correctly written
distinguishing character between them, so a clause converted to the other
script is one finding whose fix is the converted clause.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Tuple

from lintgov import hookimpl
from lintgov.residue import residue_spans
from lintgov.rule import Edit, Fix, Related, Rule, bad, good
from lintgov.scripts import Deviation, deviations, find_garbled, resolve_target, target_script

_AUTHORITY = ("《中华人民共和国国家通用语言文字法》第二条、第十条（国家机关以国家通用语言文字为公务用语用字）；"
              "繁体文本按所选地区标准（OpenCC s2t / s2tw / s2hk 词组转换）")



def _target(doc, ctx) -> Tuple[str, bool]:
    setting = ctx.get("script_target", "auto") or "auto"
    target = resolve_target(doc, setting)
    return target, setting != "auto"


def _excluded(doc) -> List[Tuple[int, int]]:
    """Garbled text (LG702's business), page residue (LG704's: a licence footer in the other
    script is one residue finding, not a script deviation) and what the reader marked as not
    prose (Markdown code, front matter, HTML comments)."""
    return [(g.start, g.end) for g in find_garbled(doc)] + residue_spans(doc) + \
        [(m.start, m.end) for m in doc.masks if m.kind == "code"]


def _runs(doc, ctx, kind: str) -> Iterable[Deviation]:
    target, explicit = _target(doc, ctx)
    if not target:
        return ()
    if explicit and _mismatch(doc, target):
        return ()  # reported once by LG605
    exclude = _excluded(doc)
    if target_script(target) == "simplified":
        # short titles (historical works: 《論語》《資治通鑑》) may keep their
        # original script; a long title is a modern document and is checked
        exclude += [(m.start, m.end) for m in doc.masks if m.kind == "title" and m.end - m.start - 2 <= 6]
    devs = deviations(doc, target, tuple(sorted(exclude)))
    return [d for d in devs if d.kind == kind]


def _mismatch(doc, target: str) -> bool:
    """The document is written in the other script from the configured target."""
    want = target_script(target)
    return doc.script not in ("unknown", want) and doc.script_profile.minority_share < 0.2


def _finding(rule: Rule, doc, d: Deviation):
    return rule.finding(
        doc, d.start, d.end, "default",
        # one edit per changed character, so that the fix composes with
        # other fixes inside the run (a pinyin gloss deleted by LG701)
        fix=Fix(tuple(Edit(d.start + i, d.start + i + 1, b) for i, (a, b) in enumerate(zip(d.text, d.expected))
                      if a != b),
                {"zh": f"改为“{d.expected}”", "en": f"replace with “{d.expected}”"}),
        evidence={"written": d.text, "expected": d.expected, "characters": d.chars, "converter": "OpenCC"},
        text=_short(d.text), expected=_short(d.expected), n=d.chars)


_CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")


def _findings(rule: Rule, doc, devs: Iterable[Deviation]):
    """One finding per clause: the runs of one clause (single characters scattered through it)
    form one finding that lists them, with one fix for all; a paragraph converted as a whole is
    already one run (:func:`lintgov.scripts.deviations`)."""
    groups: List[List[Deviation]] = []
    for d in devs:
        if groups and groups[-1][-1].paragraph == d.paragraph and d.paragraph >= 0 \
                and not _CLAUSE_END.search(doc.text, groups[-1][-1].end, d.start):
            groups[-1].append(d)
        else:
            groups.append([d])
    for ds in groups:
        if len(ds) == 1:
            yield _finding(rule, doc, ds[0])
            continue
        edits = tuple(Edit(d.start + i, d.start + i + 1, b) for d in ds
                      for i, (a, b) in enumerate(zip(d.text, d.expected)) if a != b)
        pairs = "、".join(f"“{_short(d.text, 8)}”→“{_short(d.expected, 8)}”" for d in ds[:6]) + ("等" if len(ds) > 6 else "")
        pairs_en = ", ".join(f"{_short(d.text, 8)}→{_short(d.expected, 8)}" for d in ds[:6]) + (", …" if len(ds) > 6 else "")
        n = sum(d.chars for d in ds)
        yield rule.finding(
            doc, ds[0].start, ds[-1].end, "many",
            related=[Related(d.start, d.end, {"zh": f"应为“{d.expected}”", "en": f"expected “{d.expected}”"})
                     for d in ds[1:]],
            fix=Fix(edits, {"zh": f"改正本句{n}个字", "en": f"correct {n} characters in this clause"}),
            evidence={"runs": [{"written": d.text, "expected": d.expected} for d in ds], "characters": n,
                      "converter": "OpenCC"},
            pairs=pairs, pairs_en=pairs_en, n=n, runs=len(ds))


def _short(s: str, width: int = 24) -> str:
    s = s.replace("\n", " ")
    return s if len(s) <= width else s[:width - 1] + "…"



class SimplifiedInTraditional(Rule):
    code = "LG601"
    name = "simplified-in-traditional"
    category = "script"
    level = "warning"
    fixable = True
    authority = _AUTHORITY
    summary = {"zh": "繁体文本中夹有简体字形（含一简对多繁的词组残留）。",
               "en": "Simplified forms left in traditional-script text (including one-to-many residues)."}
    description = {
        "zh": "按整篇文档的主导字形（或配置的 script-target）判断。繁体文本中出现只有简体才用的字形"
              "（3600余項 应为 3600餘項），或一简对多繁的字在词组中未转换（示范→示範、干部→幹部、关于→關於、"
              "先后→先後、制造→製造、并→並），通常是转换器只按字转换留下的。判定用 OpenCC 的词组词典，"
              "且只有台湾、香港和 OpenCC 标准三种繁体写法都不同意时才报告；群/羣、核/覈、鄰里 等两可的异体不报告。"
              "相邻的差异合并为一条，修复为转换后的文字。",
        "en": "Judged against the document's dominant script (or the configured script-target). Traditional text "
              "with characters only simplified text uses (3600余項 for 3600餘項), or one-to-many characters left "
              "unconverted inside words (示范→示範, 干部→幹部, 关于→關於, 先后→先後, 制造→製造, 并→並) — the mark of a "
              "character-by-character converter. OpenCC's phrase dictionaries decide, and only when the OpenCC, "
              "Taiwan and Hong Kong standards all disagree with the text; variant pairs that are both standard "
              "(群/羣, 核/覈, 鄰里) are not reported. Neighbouring differences form one finding whose fix is the "
              "converted text.",
    }
    messages = {"default": {
        "zh": "繁体文本中的简体字形“{text}”（{n}字），应为“{expected}”",
        "en": "simplified form “{text}” ({n} characters) in traditional text; expected “{expected}”"},
        "many": {"zh": "本句繁体文本中有{runs}处简体字形（{n}字）：{pairs}",
                 "en": "{runs} simplified forms ({n} characters) in this traditional clause: {pairs_en}"}}
    examples = (
        bad("2023年，本區共辦理政務服務事項3600余項，全面提升服務質量。"),
        bad("深入學習貫徹黨的二十大精神，落實領導干部學法制度，創建全國法治政府建設示范區。"),
        bad("堅持依法行政。全面推進法治政府建設，加快構建職責明确、依法行政的政府治理体系。",
            note="a converted clause is one finding"),
        good("2023年，本區共辦理政務服務事項3600餘項，堅持以人民群眾為中心，完善考核機制，建設和諧鄰里。"),
        good("建設全國法治政府建設示範區，落實領導幹部學法制度。"),
    )

    def check(self, doc, ctx):
        yield from _findings(self, doc, _runs(doc, ctx, "simplified"))


class TraditionalInSimplified(Rule):
    code = "LG602"
    name = "traditional-in-simplified"
    category = "script"
    level = "warning"
    fixable = True
    authority = _AUTHORITY
    summary = {"zh": "简体文本中夹有繁体字形。", "en": "Traditional forms in simplified-script text."}
    description = {
        "zh": "简体（规范汉字）文本中出现繁体字或被转换成繁体的分句（推進法治政府建設、行政復議）。"
              "国家机关公文应使用规范汉字。相邻的差异合并为一条，修复为 OpenCC 转换后的简体文字；"
              "书名号内的短标题（《論語》《資治通鑑》等历史文献）不检查。",
        "en": "Traditional characters, or a clause converted to traditional, inside simplified (standard) text "
              "(推進法治政府建設, 行政復議). Official documents use the standard simplified characters. Neighbouring "
              "differences form one finding whose fix is the OpenCC-converted text; short titles in 《》 (historical works "
              "such as 《論語》) are skipped.",
    }
    messages = {"default": {
        "zh": "简体文本中的繁体字形“{text}”（{n}字），应为“{expected}”",
        "en": "traditional form “{text}” ({n} characters) in simplified text; expected “{expected}”"},
        "many": {"zh": "本句简体文本中有{runs}处繁体字形（{n}字）：{pairs}",
                 "en": "{runs} traditional forms ({n} characters) in this simplified clause: {pairs_en}"}}
    examples = (
        bad("2023年，我区深入推进依法行政，全面推進法治政府建設，行政复议案件办结率100%。"),
        bad("全年共办理行政復議案件112件，纠错率为12.5%。"),
        good("2023年，我区深入推进依法行政，全面推进法治政府建设，行政复议案件办结率100%。"),
        good("组织学习《资治通鑑》选段和《論語》，深入推进依法行政。", note="titles of historical works"),
        bad("深入推进依法行政，制定《法治礦區建設實施方案》，全面提升执法质量，持续优化营商环境。",
            note="a modern document title is checked"),
    )

    def check(self, doc, ctx):
        yield from _findings(self, doc, _runs(doc, ctx, "traditional"))


class OverConverted(Rule):
    code = "LG603"
    name = "over-converted"
    category = "script"
    level = "warning"
    fixable = True
    authority = _AUTHORITY
    summary = {"zh": "繁体文本中有过度转换的字形（機製、全麵、體製）。",
               "en": "Over-converted traditional forms (機製, 全麵, 體製)."}
    description = {
        "zh": "逐字转换器把一简对多繁的字转错方向：机制→機製（应为機制）、全面→全麵（应为全面）、体制→體製。"
              "只报告在公文中从不正确的词形（機製紙、頭髮等正确用法不报告）。",
        "en": "A character-by-character converter picked the wrong traditional form: 机制→機製 (should be 機制), "
              "全面→全麵 (全面), 体制→體製 (體制). Only word forms that are never right in official prose are "
              "reported (機製紙 'machine-made paper' and 頭髮 stay quiet).",
    }
    messages = {"default": {
        "zh": "过度转换的字形“{text}”，应为“{expected}”",
        "en": "over-converted form “{text}”; expected “{expected}”"},
        "many": {"zh": "本句有{runs}处过度转换的字形：{pairs}", "en": "{runs} over-converted forms in this clause: {pairs_en}"}}
    examples = (
        bad("完善行政執法體製機製，全麵推進嚴格規範公正文明執法。"),
        good("完善行政執法體制機制，全面推進嚴格規範公正文明執法。"),
        good("全年機製紙產量四十八萬噸，拖拉機製造廠開工建設。"),
    )

    def check(self, doc, ctx):
        yield from _findings(self, doc, _runs(doc, ctx, "overconverted"))


class RegionalVariant(Rule):
    code = "LG604"
    name = "regional-variant"
    category = "script"
    level = "note"
    fixable = True
    authority = "《國字標準字體》（台灣）/《常用字字形表》（香港）；OpenCC s2tw / s2hk"
    summary = {"zh": "配置了地区繁体标准时，写法不是该标准的异体（羣/群、裏/裡）。",
               "en": "With a regional traditional target, a variant that is not that region's form (羣/群, 裏/裡)."}
    description = {
        "zh": "只在 script-target 设为 zh-Hant-TW 或 zh-Hant-HK 时检查：两个都是规范繁体的异体（群/羣、裏/裡、"
              "爲/為、復/複），按所选地区标准报告为提示，从不报告为警告。auto 与 zh-Hant 不检查异体。",
        "en": "Checked only with script-target zh-Hant-TW or zh-Hant-HK: variant pairs that are both standard "
              "traditional (群/羣, 裏/裡, 爲/為, 復/複) are reported as notes against the chosen regional standard, "
              "never as warnings. auto and zh-Hant do not check variants.",
    }
    messages = {"default": {
        "zh": "“{text}”不是所选地区标准的写法，该标准写作“{expected}”",
        "en": "“{text}” is not the form of the chosen regional standard, which writes “{expected}”"},
        "many": {"zh": "本句有{runs}处不是所选地区标准的写法：{pairs}",
                 "en": "{runs} forms in this clause are not the chosen regional standard's: {pairs_en}"}}
    examples = (
        bad("堅持以人民羣衆為中心，深入推進依法行政。", settings={"script_target": "zh-Hant-TW"}),
        good("堅持以人民羣衆為中心，深入推進依法行政。", note="auto: variants are not reported"),
        good("堅持以人民群眾為中心，深入推進依法行政。", settings={"script_target": "zh-Hant-TW"}),
    )

    def check(self, doc, ctx):
        target, explicit = _target(doc, ctx)
        if not explicit or target not in ("zh-Hant-TW", "zh-Hant-HK"):
            return
        yield from _findings(self, doc, _runs(doc, ctx, "variant"))


class ScriptTargetMismatch(Rule):
    code = "LG605"
    name = "script-target-mismatch"
    category = "script"
    level = "warning"
    authority = _AUTHORITY
    summary = {"zh": "整篇文档的字形与配置的 script-target 不符。",
               "en": "The whole document is in the other script from the configured script-target."}
    description = {
        "zh": "配置了 script-target（如 zh-Hans）而文档整体是另一种字形时，只报告一次，而不是逐句报告。",
        "en": "When script-target is configured (for instance zh-Hans) and the document as a whole is in the other "
              "script, this is reported once instead of once per sentence.",
    }
    messages = {"default": {
        "zh": "文档主要使用{script_zh}（{count}个区分字），而配置要求 {target}",
        "en": "the document is written in {script_en} ({count} distinguishing characters) but the target is {target}"}}
    examples = (
        bad("深入推進法治政府建設，全面提升依法行政水平。", settings={"script_target": "zh-Hans"}),
        good("深入推进法治政府建设，全面提升依法行政水平。", settings={"script_target": "zh-Hans"}),
        good("深入推進法治政府建設，全面提升依法行政水平。"),
    )

    def check(self, doc, ctx):
        target, explicit = _target(doc, ctx)
        if not explicit or not _mismatch(doc, target):
            return
        prof = doc.script_profile
        p = doc.paragraphs[0] if doc.paragraphs else None
        s, e = (p.start, p.end) if p else (0, 0)
        trad = doc.script == "traditional"
        yield self.finding(doc, s, e, "default",
                           evidence={"simplified": prof.simplified, "traditional": prof.traditional},
                           script_zh="繁体" if trad else "简体", script_en="traditional" if trad else "simplified",
                           count=prof.traditional if trad else prof.simplified, target=target)


@hookimpl
def lintgov_rules():
    return [SimplifiedInTraditional, TraditionalInSimplified, OverConverted, RegionalVariant, ScriptTargetMismatch]
