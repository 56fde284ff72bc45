"""Titles of laws and central documents cited in 《…》 (LGA0x).

* LGA01 law-title-near-miss — 《行政复义法》, 《中华人民共和国优化营商环境条例》,
  《政府信息公开法》: a title that does not exist but is one character, the 中华人民共和国
  prefix or a 法/条例 suffix away from one that does.
* LGA02 law-title-repealed — 《合同法》 cited in a report on 2021 or later: the law was
  repealed before the report year (the message names what replaced it and when).
* LGA03 policy-title-exact — 《法治政府建设实施纲要（2021—2025）》: a central policy
  document's title with a wrong or incomplete year bracket, or one character off.

Titles are looked up in ``lintgov/data/laws.tsv`` and ``policies.tsv`` plus the user's lists
(``[tool.lintgov.data] laws``).  A title lintgov does not know is never reported: local
regulations, foreign statutes and documents outside the lists stay silent.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from lintgov import hookimpl
from lintgov import lazyre
from lintgov.data import (DATA_DATE, PREFIX, LawTitle, confusion, data_settings, law_index, law_titles, places,
                          policy_titles)
from lintgov.names import is_cjk, one_edit
from lintgov.rule import Edit, Fix, Rule, bad, good

_TITLE = lazyre.compile(r"《([^《》\n]{2,100})》")
#: an edition note after a title: （2023年修订）, （试行）
_EDITION = lazyre.compile(r"[（(](?:\d{4}年)?(?:修订|修正|试行|草案|修订草案|征求意见稿)[）)]$")
#: a local title starts with a place (深圳经济特区…, 广东省…, 本市…); 城市房地产管理法 does not
_LOCAL_WORDS = ("本市", "本省", "本区", "本县", "本州", "经济特区")


def _is_local(title: str, pl) -> bool:
    if title.startswith(_LOCAL_WORDS):
        return True
    names = _local_prefixes(pl)
    return any(title[:n] in names for n in range(2, 9))


_prefix_cache: dict = {}


def _local_prefixes(pl) -> frozenset:
    key = id(pl)
    if key not in _prefix_cache:
        from lintgov.data import short_place
        out = set()
        for n in list(pl.provinces) + list(pl.prefectures) + list(pl.counties):
            out.add(n)
            if len(short_place(n)) >= 2:
                out.add(short_place(n))
        _prefix_cache[key] = (pl, frozenset(out))
    return _prefix_cache[key][1]
#: words around a citation that make a repealed title legitimate (history, the repeal itself)
_HISTORY = lazyre.compile(r"废止|失效|废除|取代|代替|施行前|施行以前|原《|此前|之前|以前|旧《|修订前|清理|停止执行|被.{0,6}吸收|编纂|法典")
_YEARS = lazyre.compile(r"(\d{4})\s*[—\-－–~～至到]+\s*(\d{4})\s*(年?)")


def _data_note(zh: bool) -> str:
    n = len(law_titles())
    p = len(policy_titles())
    return (f"内置标题表：{n}部法律法规、{p}份中央文件，截至 {DATA_DATE}；可用 [tool.lintgov.data] laws 指向完整列表。" if zh
            else f"Built-in lists: {n} laws and regulations, {p} central documents, as of {DATA_DATE}; point "
                 f"[tool.lintgov.data] laws at a full list.")


def _titles(doc) -> List[Tuple[int, int, str]]:
    """(start, end, title) of every 《…》 in the simplified text, edition notes stripped;
    start/end cover the inner title."""
    simplified_text = _late_scripts.simplified_text
    text = simplified_text(doc)
    out = []
    for m in _TITLE.finditer(text):
        t = m.group(1).strip()
        e = _EDITION.search(t)
        if e:
            t = t[:e.start()]
        if t:
            out.append((m.start(1), m.start(1) + len(t), t))
    return out


def _interior_ok(e, n: int, conf) -> bool:
    """Whether a one-character edit of a title of length ``n`` is a slip worth reporting."""
    if e.kind == "ins":
        return False
    if e.kind == "sub":
        if not is_cjk(e.found):
            return False
        if conf.kind(e.expected, e.found):
            return n >= 4 and e.pos < n - 1
        return n >= 6 and 0 < e.pos < n - 2
    return n >= 5 and 0 < e.pos < n - 2


_NEAR: dict = {}


def _near_candidates(idx, short: str):
    """The names of ``idx`` that may be one edit from ``short`` (a superset, in no particular order): a name of 4
    characters or more one substitution, drop or doubling away keeps its first two or its last two characters
    (an edit at position 0 or 1 leaves the last two in place, one further on the first two), so only the names of
    length len(short)-1…+1 sharing them are looked at, and every shorter name."""
    got = _NEAR.get(id(idx))
    if got is None or got[0] is not idx:
        small, by_end = [], {}
        for name in idx.names:
            if len(name) < 4:
                small.append(name)
            else:
                by_end.setdefault((len(name), 0, name[:2]), []).append(name)
                by_end.setdefault((len(name), 1, name[-2:]), []).append(name)
        got = _NEAR[id(idx)] = (idx, small, by_end)
    _, small, by_end = got
    out = set(small)
    m = len(short)
    for n in (m - 1, m, m + 1):
        out.update(by_end.get((n, 0, short[:2]), ()))
        out.update(by_end.get((n, 1, short[-2:]), ()))
    return out


def law_correction(title: str, conf, paths: Tuple[str, ...] = (), pl=None) -> Optional[Tuple[str, str]]:
    """(the right title, why) for a title that is not known but close to one, else None."""
    idx = law_index(paths)
    pl = pl if pl is not None else places()
    if idx.known(title) or "草案" in title:
        return None
    short = title[len(PREFIX):] if title.startswith(PREFIX) else title
    if short != title and idx.known(short):
        entries = idx.names.get(short, ())
        if entries and not any(e.title.startswith(PREFIX) for e in entries):
            return entries[0].title, "prefix"
        return None  # a short title that is also known with the prefix: fine
    if _is_local(short, pl):
        return None
    if short.endswith("法") and idx.known(short[:-1] + "条例") and not idx.known(short):
        return _full(idx, short[:-1] + "条例"), "suffix"
    if not short.endswith(("法", "条例", "办法", "规定", "决定", "解释", "纲要")) and len(short) >= 4 \
            and idx.known(short + "法"):
        return _full(idx, short + "法"), "suffix"
    cands = set()
    for name in _near_candidates(idx, short):
        if abs(len(name) - len(short)) > 1 or name == short:
            continue
        e = one_edit(name, short)
        if e is not None and _interior_ok(e, len(name), conf):
            cands.add(_full(idx, name))
    if len(cands) == 1:
        return cands.pop(), "edit"
    return None


def _full(idx, name: str) -> str:
    entries = idx.names.get(name, ())
    return entries[0].title if entries else name


class LawTitleNearMiss(Rule):
    code = "LGA01"
    name = "law-title-near-miss"
    category = "references"
    level = "error"
    authority = "《党政机关公文处理工作条例》第十九条（引文准确）；法律法规的名称以全国人大常委会、国务院公布的文本为准"
    summary = {"zh": "《》内的法律法规名称不存在，但与一部现行法律法规只差一个字、“中华人民共和国”或“法/条例”。",
               "en": "A law or regulation title in 《》 that does not exist but is one character, the 中华人民共和国 "
                     "prefix or a 法/条例 suffix away from one that does."}
    description = {
        "zh": "引用的法律法规名称必须与公布的名称一致。书名号内的名称不在法律法规表中、但与表中某一名称只差一个字"
              "（同音形近字或中间漏字重字）、多了“中华人民共和国”（如《优化营商环境条例》的正式名称没有这一前缀）"
              "或把“条例”写成“法”（《政府信息公开法》）时报告为错误，并给出正确名称。"
              "简称（《行政复议法》）不报告；地方性法规（名称以地名开头）和表外的名称不报告。" + _data_note(True),
        "en": "A cited law must carry its promulgated title. A title in 《》 that is not in the list but is one "
              "character (same-sound/shape substitution, inner drop or doubling) away from a listed one, carries a "
              "中华人民共和国 prefix the official title lacks (优化营商环境条例), or says 法 for 条例 "
              "(《政府信息公开法》) is an error; the message gives the right title. Short titles (《行政复议法》) "
              "are fine; local regulations (titles starting with a place) and titles outside the list are never "
              "reported. " + _data_note(False),
    }
    messages = {
        "default": {"zh": "《{found}》不是现行法律法规的名称，应为《{right}》", "en": "《{found}》 is not the title of a law; it should be 《{right}》"},
        "prefix": {"zh": "《{right}》的正式名称不带“中华人民共和国”", "en": "the official title 《{right}》 has no 中华人民共和国 prefix"},
        "suffix": {"zh": "《{found}》不存在，应为《{right}》", "en": "there is no 《{found}》; it should be 《{right}》"},
    }
    examples = (
        bad("认真贯彻落实《中华人民共和国行政复义法》，依法办理复议案件。"),
        bad("严格执行《中华人民共和国优化营商环境条例》。"),
        bad("全面落实《政府信息公开法》。"),
        good("认真贯彻落实《中华人民共和国行政复议法》和《优化营商环境条例》。"),
        good("贯彻《行政复议法》《政府信息公开条例》。", note="short titles"),
        good("实施《深圳经济特区优化营商环境条例》《深圳市消防条例》。", note="local regulations"),
    )

    def check(self, doc, ctx):
        d = data_settings(ctx)
        paths = d["laws"]
        conf = confusion(d["confusion"])
        pl = places(d["divisions"], d["extra-places"])
        policy_stems = {p.stem for p in policy_titles()}
        for s, e, t in _titles(doc):
            if t in policy_stems or _policy_match(t) is not None:
                continue
            got = law_correction(t, conf, paths, pl)
            if got is None:
                continue
            right, why = got
            key = {"prefix": "prefix", "suffix": "suffix"}.get(why, "default")
            yield self.finding(doc, s, e, key, found=doc.text[s:e], right=right,
                               evidence={"title": t, "right": right, "why": why},
                               fix=Fix((Edit(s, e, right),), {"zh": f"改为《{right}》", "en": f"write 《{right}》"},
                                       safe=False))


class LawTitleRepealed(Rule):
    code = "LGA02"
    name = "law-title-repealed"
    category = "references"
    level = "warning"
    authority = "废止条款见替代法律的附则（如《中华人民共和国民法典》第一千二百六十条）"
    summary = {"zh": "引用的法律法规在报告年度之前已经废止（如2021年以后的《合同法》）。",
               "en": "A cited law or regulation was repealed before the report year (《合同法》 after 2021)."}
    description = {
        "zh": "法律法规被新法取代后，报告中仍以现行依据引用旧名称是错误。报告年度开始前已经废止的名称报告为警告，"
              "说明何时由什么取代；同一句中说明废止、取代、修订前等历史情况时不报告。报告年度取自标题或开头，"
              "或用 --year 指定；不知道报告年度时不检查。" + _data_note(True),
        "en": "Citing a law that a new law has replaced as if it were in force is an error. A title repealed before the "
              "report year began is a warning naming what replaced it and when; a sentence about the repeal, the "
              "replacement or the time before it is not reported. The report year comes from the title or the "
              "opening, or --year; without it nothing is checked. " + _data_note(False),
    }
    messages = {
        "default": {"zh": "《{found}》已于{date}废止，由《{by}》取代（报告年度{year}年）",
                    "en": "《{found}》 was repealed on {date}, replaced by 《{by}》 (report year {year})"},
    }
    examples = (
        bad("2023年法治政府建设情况报告\n依照《合同法》规范政府合同管理。"),
        good("2023年法治政府建设情况报告\n依照《民法典》规范政府合同管理。"),
        good("2020年法治政府建设情况报告\n依照《合同法》规范政府合同管理。", note="still in force in 2020"),
        good("2023年法治政府建设情况报告\n《民法典》施行后，《合同法》同时废止，我们清理了相关文件。"),
    )

    def check(self, doc, ctx):
        from lintgov.engine import report_year
        year = report_year(doc, ctx)
        if not year:
            return
        idx = law_index(data_settings(ctx)["laws"])
        from lintgov.scripts import simplified_text
        text = simplified_text(doc)
        for s, e, t in _titles(doc):
            law: Optional[LawTitle] = idx.repealed.get(t)
            if law is None or law.repealed_year_start is None or law.repealed_year_start > (year, 1, 1):
                continue
            sent = doc.sentence_at(s)
            context = text[sent.start:sent.end] if sent else text[max(0, s - 30):e + 30]
            if _HISTORY.search(context):
                continue
            yield self.finding(doc, s, e, found=doc.text[s:e], date=law.repealed, by=law.replaced_by or "?",
                               year=year, evidence={"title": t, "repealed": law.repealed,
                                                    "replaced_by": law.replaced_by, "report_year": year,
                                                    "source": law.source})


def _policy_match(t: str):
    """(policy, kind) when ``t`` names one of the central documents: kind ``exact``,
    ``stem`` (the title without its year bracket), ``years`` (a bracket that is not the
    document's), ``edit`` (one character off)."""
    m = re.match(r"^(.*?)\s*[（(]([^（）()]*)[）)]$", t)
    stem, bracket = (m.group(1), m.group(2)) if m else (t, None)
    pols = policy_titles()
    by_stem = [p for p in pols if p.stem == stem]
    if not by_stem:
        near = [p for p in pols if len(p.stem) >= 8 and (e := one_edit(p.stem, stem)) is not None
                and e.kind != "ins" and 0 < e.pos < len(p.stem) - 1]
        if len(near) >= 1 and len({p.stem for p in near}) == 1:
            best = _best_edition(near, bracket)
            return best, "edit"
        return None
    if bracket is None:
        return by_stem[0], "stem"
    for p in by_stem:
        if p.title == t or _norm(p.title) == _norm(t):
            return p, "exact"
    return _best_edition(by_stem, bracket), "years"


def _norm(t: str) -> str:
    return re.sub(r"[—\-－–~～至到]+", "—", t.replace("(", "（").replace(")", "）").replace(" ", ""))


def _best_edition(pols, bracket):
    ys = _YEARS.search(bracket or "")
    if ys:
        for p in pols:
            py = _YEARS.search(p.title)
            if py and (py.group(1) == ys.group(1) or py.group(2) == ys.group(2)):
                return p
    current = [p for p in pols if p.status == "现行有效"]
    return (current or pols)[0]


class PolicyTitleExact(Rule):
    code = "LGA03"
    name = "policy-title-exact"
    category = "references"
    level = "error"
    authority = "文件名称以中共中央、国务院及其办公厅印发的文本为准（新华社、中国政府网公布）"
    summary = {"zh": "中央文件名称不准确：年份括号缺“年”、年份错误，或名称错一个字。",
               "en": "A central document's title is not exact: the year bracket lacks 年 or has the wrong years, "
                     "or the title is one character off."}
    description = {
        "zh": "法治政府建设年度报告常引用《法治政府建设实施纲要（2021—2025年）》《法治中国建设规划（2020—2025年）》"
              "《法治社会建设实施纲要（2020—2025年）》《党政主要负责人履行推进法治建设第一责任人职责规定》"
              "《法治政府建设与责任落实督察工作规定》等中央文件，名称须与印发的文本一致。括号中缺“年”、"
              "年份与任何一版都不符、名称错一个字时报告为错误并给出正确名称；省略年份括号的简称不报告；"
              "连接号的写法（—、-、～）不在此检查。" + _data_note(True),
        "en": "Reports cite central documents such as 法治政府建设实施纲要（2021—2025年）, 法治中国建设规划（2020—2025年） "
              "and the 督察工作规定; their titles must be exact. A bracket without 年, years matching no edition, or a "
              "title one character off is an error with the right title; the short form without the bracket is "
              "fine; the dash style is not checked here. " + _data_note(False),
    }
    messages = {
        "default": {"zh": "文件名称应为《{right}》", "en": "the title is 《{right}》"},
        "nian": {"zh": "年份括号缺“年”，应为《{right}》", "en": "the year bracket lacks 年: 《{right}》"},
        "years": {"zh": "《{stem}》没有这一年份的版本，应为《{right}》", "en": "《{stem}》 has no edition for these years: 《{right}》"},
    }
    examples = (
        bad("深入贯彻《法治政府建设实施纲要（2021—2025）》。"),
        bad("落实《法治中国建设规划（2021—2025年）》。"),
        bad("落实《党政主要负责人履行推进法治建设第一责任人职则规定》。"),
        good("深入贯彻《法治政府建设实施纲要（2021—2025年）》和《法治中国建设规划（2020—2025年）》。"),
        good("对照《法治政府建设实施纲要（2021-2025年）》，认真落实《纲要》。", note="the dash style is not this rule's"),
        good("实施《广东省法治政府建设实施纲要（2021—2025年）》。", note="a local document"),
    )

    def check(self, doc, ctx):
        for s, e, t in _titles(doc):
            got = _policy_match(t)
            if got is None:
                continue
            p, kind = got
            if kind in ("exact", "stem"):
                continue
            key = "default"
            if kind == "years":
                m = re.match(r"^(.*?)\s*[（(]([^（）()]*)[）)]$", t)
                ys, py = _YEARS.search(m.group(2)), _YEARS.search(p.title)
                if ys and py and ys.group(1) == py.group(1) and ys.group(2) == py.group(2) and not ys.group(3):
                    key = "nian"
                else:
                    key = "years"
            yield self.finding(doc, s, e, key, right=p.title, stem=p.stem,
                               evidence={"title": t, "right": p.title, "issuer": p.issuer, "issued": p.issued},
                               fix=Fix((Edit(s, e, p.title),), {"zh": f"改为《{p.title}》", "en": f"write 《{p.title}》"},
                                       safe=False))


@hookimpl
def lintgov_rules():
    return [LawTitleNearMiss, LawTitleRepealed, PolicyTitleExact]


# modules the functions above read at call time, bound once here (an import statement in a function ran at
# every call: ~1.3 µs for a `from … import`; cycles between these modules keep them out of the imports at
# the top, and a module object is bound even while its own module is still being imported)
from lintgov import scripts as _late_scripts  # noqa: E402
