"""Built-in sections rules (LG4xx): the blocks a kind of document must contain.

Which blocks are required is data: TOML *section profiles* (``rules/profiles/*.toml``
for the built-in ones, returned by this module's ``lintgov_profiles`` hook; more
from other plugins' ``lintgov_profiles`` and from the ``profile-paths`` config key).
A profile names the document kinds it applies to; ``--profile NAME`` (config key
``profile``) applies one profile to every document instead.  A profile of a later
source replaces an earlier one of the same name (config > plugins > built-in).

A block is *covered* by a heading whose title matches one of its ``headings``
patterns (the top numbered level, or an unnumbered heading line), or else by
paragraphs matching its ``content`` patterns (then the block has no heading of
its own: at most a note).  A block covered nowhere is reported at the level the
profile gives.
"""
from __future__ import annotations

import bisect
import itertools
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

from lintgov import hookimpl
from lintgov.recache import toml_loads
from lintgov.engine import report_year
from lintgov.rule import Option, Related, Rule, bad, good

_HERE = os.path.dirname(os.path.abspath(__file__))
BUILTIN_PROFILE_DIR = os.path.join(_HERE, "profiles")
_LEVELS = ("error", "warning", "note", "none")


class ProfileError(ValueError):
    pass


@dataclass
class Block:
    """A section a profile requires: its headings, content words and the level of a missing one."""
    id: str
    label: Dict[str, str]
    headings: List[str]
    content: List[str]
    missing: str = "error"
    unheaded: str = "note"
    by_elimination: bool = False
    inside_others: bool = False
    year: str = ""
    causes: List[str] = field(default_factory=list)

    def patterns(self, which: str, year: Optional[int]) -> List["re.Pattern[str]"]:
        out = []
        for p in getattr(self, which):
            if "{year}" in p or "{next}" in p:
                if year is None:
                    continue
                p = p.replace("{year}", str(year)).replace("{next}", str(year + 1))
            out.append(re.compile(p))
        return out


@dataclass
class Profile:
    """A kind of report's required sections (blocks)."""
    name: str
    kinds: List[str]
    blocks: List[Block]
    label: Dict[str, str] = field(default_factory=dict)
    authority: str = ""
    path: str = ""


def _toml():
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def load_profile(path: str) -> Profile:
    with open(path, "rb") as f:
        try:
            # tomllib.load(f) is loads(f.read().decode()); the parse of a profile seen before is read back
            data = toml_loads(f.read().decode())
        except Exception as e:
            raise ProfileError(f"{path}: {e}") from e
    name = data.get("name")
    if not isinstance(name, str) or not name:
        raise ProfileError(f"{path}: a profile needs a name")
    blocks = []
    for i, b in enumerate(data.get("block", [])):
        try:
            label = b.get("label", {})
            blk = Block(id=b["id"], label={"zh": label.get("zh", b["id"]), "en": label.get("en", b["id"])},
                        headings=list(b.get("headings", [])), content=list(b.get("content", [])),
                        missing=b.get("missing", "error"), unheaded=b.get("unheaded", "note"),
                        by_elimination=bool(b.get("by-elimination", False)),
                        inside_others=bool(b.get("inside-others", False)), year=b.get("year", ""),
                        causes=list(b.get("causes", [])))
        except KeyError as e:
            raise ProfileError(f"{path}: block {i + 1} has no {e}") from e
        for lv in (blk.missing, blk.unheaded):
            if lv not in _LEVELS:
                raise ProfileError(f"{path}: block {blk.id}: level {lv!r} is not one of {', '.join(_LEVELS)}")
        for p in blk.headings + blk.content + blk.causes:
            try:
                re.compile(p.replace("{year}", "2000").replace("{next}", "2001"))
            except re.error as e:
                raise ProfileError(f"{path}: block {blk.id}: bad pattern {p!r}: {e}") from e
        blocks.append(blk)
    label = data.get("label", {})
    return Profile(name=name, kinds=list(data.get("kinds", [])), blocks=blocks,
                   label={"zh": label.get("zh", name), "en": label.get("en", name)},
                   authority=data.get("authority", ""), path=path)


def builtin_profile_paths() -> List[str]:
    if not os.path.isdir(BUILTIN_PROFILE_DIR):
        return []
    return sorted(os.path.join(BUILTIN_PROFILE_DIR, f) for f in os.listdir(BUILTIN_PROFILE_DIR) if f.endswith(".toml"))


_PROFILE_CACHE: Dict[Tuple[str, ...], Dict[str, Profile]] = {}


def profiles_for(ctx) -> Dict[str, Profile]:
    """Profiles by name: built-in, then other plugins', then ``profile-paths`` (later wins)."""
    paths: List[str] = []
    reg = getattr(ctx, "registry", None)
    paths.extend(reg.profiles if reg is not None and reg.profiles else builtin_profile_paths())
    extra = (ctx.settings.get("profile_paths") or []) if ctx is not None else []
    for p in extra:
        if os.path.isdir(p):
            paths.extend(sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".toml")))
        else:
            paths.append(p)
    key = tuple(paths)
    if key not in _PROFILE_CACHE:
        out: Dict[str, Profile] = {}
        for p in paths:
            prof = load_profile(p)
            out[prof.name] = prof
        _PROFILE_CACHE[key] = out
    return _PROFILE_CACHE[key]


def select_profile(doc, ctx) -> Optional[Profile]:
    profs = profiles_for(ctx)
    name = ctx.settings.get("profile") if ctx is not None else None
    if name:
        if name not in profs:
            raise ProfileError(f"no section profile named {name!r} (known: {', '.join(sorted(profs)) or 'none'})")
        return profs[name]
    for prof in profs.values():
        if doc.kind in prof.kinds:
            return prof
    return None


# -- coverage ------------------------------------------------------------------------------

_UNNUMBERED = re.compile(r"[^。；;，,！？!?：:]{2,30}")


@dataclass
class Coverage:
    """Where a document covers a block: the headings, sections, paragraphs and matching words."""
    block: Block
    headings: List[Tuple[int, int]]      # (start, end) of covering heading titles, with section end
    sections: List[Tuple[int, int]]      # the spans of the sections those headings open
    paragraphs: List[int]                # indices of covering paragraphs (when no heading)
    hits: List[Tuple[int, int]] = field(default_factory=list)   # the matching words in those paragraphs


def _simplified(doc) -> str:
    """The text in simplified script, same length (one cached OpenCC call for traditional text)."""
    from lintgov.scripts import simplified_text
    return simplified_text(doc)


def _top_headings(doc) -> List[Tuple[int, int, int, int]]:
    """(title_start, title_end, section_start, section_end) of the top-level headings:
    numbered headings of the highest level present, plus unnumbered heading lines."""
    hs = list(doc.headings)
    items: List[Tuple[int, int, int]] = []   # (marker start, title start, title end)
    top = min((h.level for h in hs), default=None)
    heading_paras = {h.paragraph for h in hs}
    for h in hs:
        if h.level == top:
            items.append((h.start, h.marker_end, h.title_end))
    title_para = doc.paragraph_at(doc.title.start).index if doc.title is not None else -1
    for p in doc.paragraphs:
        if p.index in heading_paras or p.index == title_para or p.index == len(doc.paragraphs) - 1:
            continue
        t = doc.text[p.start:p.end]
        if _UNNUMBERED.fullmatch(t) and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月|人民政府$|委员会$|局$", t):
            items.append((p.start, p.start, p.end))
    items.sort()
    out = []
    for i, (s, ts, te) in enumerate(items):
        end = items[i + 1][0] if i + 1 < len(items) else len(doc.text)
        out.append((ts, te, s, end))
    return out


def coverage(doc, profile: Profile, year: Optional[int]) -> List[Coverage]:
    key = ("_lintgov_sections", profile.name, profile.path, year)
    cached = doc.__dict__.get(key)
    if cached is not None:
        return cached
    simp = _simplified(doc)
    tops = _top_headings(doc)
    numbered = {h.marker_end for h in doc.headings}
    unnumbered = {ts for ts, _, _, _ in tops if ts not in numbered}   # only numbered headings count by elimination
    res: List[Coverage] = []
    matched_any = set()
    for blk in profile.blocks:
        pats = blk.patterns("headings", year)
        cov = Coverage(blk, [], [], [])
        for ts, te, ss, se in tops:
            title = simp[ts:te]
            if any(p.search(title) for p in pats):
                cov.headings.append((ts, te))
                cov.sections.append((ss, se))
                matched_any.add(ts)
        res.append(cov)
    # sections a block's own heading claims (not those assigned by elimination)
    claimed = [(cov.block.id, ss, se) for cov in res for ss, se in cov.sections]
    for cov in res:
        if cov.block.by_elimination and not cov.headings:
            for ts, te, ss, se in tops:
                if ts not in matched_any and ts not in unnumbered:
                    cov.headings.append((ts, te))
                    cov.sections.append((ss, se))
        if cov.headings:
            continue
        pats = cov.block.patterns("content", year)
        # the sections other blocks' headings claim, by start, with the furthest end reached so far: a
        # paragraph lies in one when one starting at or before it reaches past it (a bisection, not a
        # scan of every section for every paragraph: a long compilation has thousands of both)
        other = sorted((ss, se) for b, ss, se in claimed if b != cov.block.id)
        o_starts = [a for a, _ in other]
        o_reach = list(itertools.accumulate((e for _, e in other), max))
        for p in doc.paragraphs:
            if not cov.block.inside_others and other:
                i = bisect.bisect_right(o_starts, p.start) - 1
                if i >= 0 and o_reach[i] > p.start:
                    continue
            t = simp[p.start:p.end]
            m = next((m for m in (pt.search(t) for pt in pats) if m), None)
            if m:
                cov.paragraphs.append(p.index)
                cov.hits.append((p.start + m.start(), p.start + m.end()))
        if not cov.paragraphs and cov.block.by_elimination and not tops and len(doc.paragraphs) >= 3:
            # no headings at all: the body is the measures block
            cov.paragraphs.append(doc.paragraphs[1 if doc.title is None else 2].index if len(doc.paragraphs) > 2 else 0)
    doc.__dict__[key] = res
    return res


_report_year = report_year  # --year, else the year the title or opening states


def _anchor(doc) -> Tuple[int, int]:
    """Where a document-level finding points: the title, else the first sentence."""
    if doc.title is not None:
        return doc.title.start, doc.title.end
    if doc.sentences:
        s = doc.sentences[0]
        return s.start, min(s.end, s.start + 40)
    return 0, 0


class _SectionRule(Rule):
    category = "sections"
    authority = "《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十五条"

    def applicable(self, doc, ctx):
        prof = select_profile(doc, ctx)
        if prof is None:
            return None, []
        year = _report_year(doc, ctx)
        return prof, coverage(doc, prof, year)


_ANNUAL = ("关于2023年法治政府建设情况的报告\n现将2023年法治政府建设情况报告如下。\n"
           "一、2023年推进法治政府建设的主要举措和成效\n（一）加强领导。区政府主要负责同志带头履行推进法治建设第一责任人职责。\n"
           "二、存在的不足和原因\n执法力量薄弱，主要原因是编制不足。\n"
           "三、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n"
           "四、2024年工作安排\n2024年，我区将继续推进依法行政。\nXX区人民政府\n2024年2月20日")


class RequiredSectionMissing(_SectionRule):
    code = "LG401"
    name = "required-section-missing"
    level = "error"
    summary = {"zh": "年度报告缺少必备内容板块", "en": "A required block of the report is missing"}
    description = {
        "zh": "督察工作规定第二十五条列出法治政府建设年度报告的内容：主要举措和成效、存在的不足和原因、"
              "党政主要负责人履行推进法治建设第一责任人职责情况、下一年度主要安排。哪些板块必备、用哪些标题关键词识别、"
              "缺失时报什么级别，都由可配置的板块模板（profile）决定；新闻稿、工作报告等其他文本不套用此模板。",
        "en": "Art. 25 of the 2019 督察工作规定 lists the contents of the annual report: measures and results, "
              "shortcomings and causes, how the principal leaders fulfilled their first-responsible duty, and next "
              "year's plans. Which blocks are required, the heading keywords that recognise them and the level of an "
              "omission come from a configurable section profile; news articles and other texts are not checked "
              "against it.",
    }
    messages = {"default": {"zh": "缺少“{block}”板块：没有相应标题，也没有段落写到这方面的内容（模板“{profile_zh}”）",
                            "en": "the block “{block_en}” is missing: no heading and no paragraph covers it (profile {profile})"}}
    examples = (
        bad("关于2024年法治政府建设情况的报告\n现将2024年法治政府建设情况报告如下。\n一、2024年工作开展情况\n正文。\n"
            "二、2025年工作打算\n2025年，我区将继续推进依法行政。", note="no 不足 block, no 第一责任人 block"),
        good(_ANNUAL),
        good("一、示范创建工作实现“立体化”\n通州区各级行政机关深入学习贯彻习近平法治思想。", note="not an annual report"),
    )

    def check(self, doc, ctx):
        prof, covs = self.applicable(doc, ctx)
        if prof is None:
            return
        s, e = _anchor(doc)
        for cov in covs:
            blk = cov.block
            if cov.headings or cov.paragraphs or blk.missing == "none":
                continue
            yield self.finding(doc, s, e, level=blk.missing, evidence={"profile": prof.name, "block": blk.id},
                               block=blk.label["zh"], block_en=blk.label["en"], profile=prof.name,
                               profile_zh=prof.label.get("zh") or prof.name)


class SectionWithoutHeading(_SectionRule):
    code = "LG402"
    name = "section-without-heading"
    level = "note"
    summary = {"zh": "必备板块没有独立标题，只在其他部分的段落中提及",
               "en": "A required block has no heading of its own; only paragraphs elsewhere cover it"}
    description = {
        "zh": "必备板块最好有独立的标题（如“三、党政主要负责人履行推进法治建设第一责任人职责情况”），"
              "便于公众和督察单位查找。只在其他部分的段落中写到时，给出提示。",
        "en": "Each required block is easier to find under a heading of its own (三、党政主要负责人履行推进法治建设"
              "第一责任人职责情况). When only paragraphs inside other sections cover it, this note says so.",
    }
    messages = {"default": {"zh": "“{block}”没有独立标题，相关内容只见于此处（模板“{profile_zh}”）",
                            "en": "“{block_en}” has no heading of its own; only text such as this covers it (profile {profile})"}}
    examples = (
        bad(_ANNUAL.replace("三、党政主要负责人履行推进法治建设第一责任人职责情况\n正文。\n", "")),
        good(_ANNUAL),
    )

    def check(self, doc, ctx):
        prof, covs = self.applicable(doc, ctx)
        if prof is None:
            return
        for cov in covs:
            blk = cov.block
            if cov.headings or not cov.paragraphs or blk.unheaded == "none":
                continue
            if cov.hits:
                sent = doc.sentence_at(cov.hits[0][0])
                a, b = (sent.start, sent.end) if sent else cov.hits[0]
            else:
                p = doc.paragraphs[cov.paragraphs[0]]
                a, b = p.start, p.end
            yield self.finding(doc, a, b, level=blk.unheaded,
                               evidence={"profile": prof.name, "block": blk.id, "paragraphs": [i + 1 for i in cov.paragraphs[:5]]},
                               block=blk.label["zh"], block_en=blk.label["en"], profile=prof.name,
                               profile_zh=prof.label.get("zh") or prof.name)


_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_PAST = re.compile(r"(?:较|比|与|同|和|在|自|截至|截止|对照|相比)\s*$")


class PlanBlockYear(_SectionRule):
    code = "LG403"
    name = "plan-block-year"
    level = "error"
    summary = {"zh": "“下一年度安排”写的是报告年度本身", "en": "The plans block is about the report year itself"}
    description = {
        "zh": "第二十五条（四）要求报告下一年度的主要安排。2023年度报告的安排部分应写2024年；"
              "标题或正文写成“2023年工作安排”“2023年，我区将……”，多是照搬上一年的稿件。",
        "en": "Art. 25(4) asks for next year's plans: a report on 2023 plans for 2024. A plans block titled "
              "2023年工作安排, or saying 2023年，我区将…, is usually last year's text copied forward.",
    }
    messages = {"default": {"zh": "这是{year}年度的报告，安排部分却写“{written}”，应为{next}年",
                            "en": "this is a report on {year}, but the plans block says “{written}”; expected {next}"}}
    examples = (
        bad(_ANNUAL.replace("四、2024年工作安排\n2024年，我区将", "四、2023年工作安排\n2023年，我区将")),
        good(_ANNUAL),
        good(_ANNUAL.replace("2024年，我区将继续推进依法行政。", "在2023年基础上，我区将继续推进依法行政，力争较2023年有新提升。")),
    )

    def check(self, doc, ctx):
        prof, covs = self.applicable(doc, ctx)
        year = _report_year(doc, ctx)
        if prof is None or not year:
            return
        for cov in covs:
            if cov.block.year != "next" or not cov.headings:
                continue
            for (ts, te), (ss, se) in zip(cov.headings, cov.sections):
                yield from self._check_block(doc, year, ts, te, ss, se)

    def _check_block(self, doc, year, ts, te, ss, se):
        title_years = [(m, int(m.group(1))) for m in _YEAR.finditer(doc.text, ts, te)]
        if title_years:
            m, y = title_years[0]
            if y == year:
                yield self.finding(doc, m.start(), m.end(), evidence={"report_year": year, "stated": y},
                                   year=year, next=year + 1, written=doc.text[ts:te])
            return
        body = [(m, int(m.group(1))) for m in _YEAR.finditer(doc.text, te, se)
                if not _PAST.search(doc.text[max(ss, m.start() - 4):m.start()])]
        years = {y for _, y in body}
        if year + 1 in years or not body:
            return
        for m, y in body:
            after = doc.text[m.end():m.end() + 30]
            if y == year and re.match(r"\s*[，,]?[^。；]{0,20}(?:将|要|计划|拟)", after):
                yield self.finding(doc, m.start(), m.end(), evidence={"report_year": year, "stated": y},
                                   year=year, next=year + 1, written=doc.snippet(m.start(), m.end(), 10))
                return


class ShortcomingsWithoutCauses(_SectionRule):
    code = "LG404"
    name = "shortcomings-without-causes"
    level = "note"
    default_enabled = False  # many published reports list shortcomings only
    summary = {"zh": "“存在的不足”部分没有分析原因", "en": "The shortcomings block names no causes"}
    description = {
        "zh": "第二十五条（二）要求报告“存在的不足和原因”。不足部分只列问题、不写原因时给出提示。"
              "默认关闭（很多公开的报告只列不足），用 --extend-select LG404 打开。",
        "en": "Art. 25(2) asks for shortcomings *and their causes*. This note fires when the block lists problems "
              "without any cause. Off by default (many published reports list shortcomings only); turn it on "
              "with --extend-select LG404 (or extend-select in the configuration).",
    }
    messages = {"default": {"zh": "“{block}”部分只列了不足，没有写原因", "en": "the block “{block_en}” lists shortcomings but no causes"}}
    examples = (
        bad(_ANNUAL.replace("执法力量薄弱，主要原因是编制不足。", "一是执法力量薄弱；二是复议纠错率偏高。")),
        good(_ANNUAL),
    )

    def check(self, doc, ctx):
        prof, covs = self.applicable(doc, ctx)
        if prof is None:
            return
        simp = _simplified(doc)
        for cov in covs:
            blk = cov.block
            if not blk.causes:
                continue
            pats = [re.compile(p) for p in blk.causes]
            if cov.headings:
                spans = [(te, se) for (_, te), (_, se) in zip(cov.headings, cov.sections)]
            elif cov.paragraphs:
                spans = [(doc.paragraphs[i].start, doc.paragraphs[i].end) for i in cov.paragraphs]
            else:
                continue
            if any(p.search(simp[a:b]) for p in pats for a, b in spans):
                continue
            a, b = spans[0]
            b = doc.paragraphs[doc.paragraph_at(a).index].end if doc.paragraph_at(a) else b
            yield self.finding(doc, a, b, evidence={"block": blk.id}, block=blk.label["zh"], block_en=blk.label["en"])


@hookimpl
def lintgov_rules():
    return [RequiredSectionMissing, SectionWithoutHeading, PlanBlockYear, ShortcomingsWithoutCauses]


@hookimpl
def lintgov_profiles():
    return builtin_profile_paths()
