"""One body, one name (LGA12): the issuing body is written the same way in the title, the
text and the signature.

The name in the title (北京市通州区人民政府2023年法治政府建设年度报告) is the reference
(``--issuer`` overrides it).  A signature or a mention in the text one character away from it,
or from its place name (通州区 written 通洲区), is reported; short forms (通州区人民政府,
通州区) are fine.  A place part is only reported on a same-sound or similar-shape slip, and
never when the look-alike is itself a known place name.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from lintgov import hookimpl
from lintgov.data import confusion, data_settings, places
from lintgov.names import TermMatcher, is_cjk, one_edit
from lintgov.rule import Related, Rule, bad, good

_PLACE_RE = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|新区|省|市|区|县|州|盟|旗|镇|乡|街道)")
_BODY_END = re.compile(r"(?:人民政府|政府|委员会|局|厅|办公室|管理委员会|管委会)$")
_LEVEL = frozenset("省市区县州镇乡盟旗")
_SIGNATURE = re.compile(r"[\u4e00-\u9fff]{3,28}(?:人民政府|政府|委员会|局|厅|办公室|管委会)")


def _title_issuer(doc, text: str) -> Optional[Tuple[int, int]]:
    """Span of the issuer's name in the title (from ``doc.issuer``)."""
    if doc.title is None or not doc.issuer:
        return None
    i = doc.text.find(doc.issuer, doc.title.start, doc.title.end)
    if i < 0:
        return None
    name = text[i:i + len(doc.issuer)]
    if not _BODY_END.search(name) or len(name) < 5:
        return None
    return i, i + len(name)


def _place_of(name: str) -> str:
    """The innermost place of a body's name: 北京市通州区人民政府 → 通州区, 湖北省黄石市西塞山区 → 西塞山区."""
    n = _BODY_END.sub("", re.sub(r"^中共", "", name))
    n = re.sub(r"人民$", "", n)
    parts = [p for p in re.split(r"(?<=省|市|盟)|(?<=自治区)|(?<=自治州)|(?<=地区)", n) if p]
    return parts[-1] if parts and _PLACE_RE.fullmatch(parts[-1]) else ""


class IssuerNameInconsistent(Rule):
    code = "LGA12"
    name = "issuer-name-inconsistent"
    category = "names"
    level = "warning"
    authority = "《党政机关公文处理工作条例》第九条（发文机关署名应当署发文机关全称或者规范化简称）"
    summary = {"zh": "发文机关名称前后不一致：署名或正文中的名称与标题差一个字（通州区/通洲区）。",
               "en": "The issuing body's name is written differently in the title and in the signature or text "
                     "(通州区/通洲区)."}
    description = {
        "zh": "标题中的发文机关名称为准（可用 --issuer 指定）。署名或正文中与该名称、或其中的地名只差一个字的写法"
              "报告为警告；规范简称（省去上级地名、省去“人民”）不报告。地名部分只在同音或形近字替换时报告，"
              "且替换后的写法本身是已知地名时不报告。",
        "en": "The name in the title is the reference (or --issuer). A signature or a mention in the text one "
              "character away from it, or from its place name, is a warning; standard short forms (without the "
              "higher-level place, without 人民) are fine. The place part is reported only on a same-sound or "
              "similar-shape slip, and never when the result is itself a known place.",
    }
    messages = {
        "default": {"zh": "发文机关名称写作“{found}”，标题中为“{name}”", "en": "the issuing body is written “{found}”; the title says “{name}”"},
    }
    examples = (
        bad("北京市通州区人民政府2023年法治政府建设年度报告\n2023年，通洲区坚持依法行政。\n北京市通州区人民政府\n2024年1月15日"),
        bad("北京市通州区人民政府2023年法治政府建设年度报告\n2023年，通州区坚持依法行政。\n北京市通州区人民攻府\n2024年1月15日"),
        good("北京市通州区人民政府2023年法治政府建设年度报告\n2023年，通州区坚持依法行政。\n通州区人民政府\n2024年1月15日"),
    )

    def check(self, doc, ctx):
        return _check(self, doc, ctx)

    @staticmethod
    def _accept_full(nm, text, conf) -> bool:
        """A near miss of the body's full name (北京市通州区人民攻府)."""
        e, n = nm.edit, len(nm.term)
        if e.kind == "sub":
            if not is_cjk(e.found) or e.pos == 0 or e.expected in _LEVEL:
                return False
            return bool(conf.kind(e.expected, e.found)) or n >= 6
        # 深圳大鹏新区, 通州区政府: short forms drop a level word or 人民
        if e.kind == "del" and (e.expected in _LEVEL or e.expected in "人民"):
            return False
        return 0 < e.pos < n - 1 and n >= 6

    @staticmethod
    def _accept_place(nm, w, conf, known_places) -> bool:
        """A near miss of the body's place name (通洲区): a same-sound/shape slip in the name
        itself, not in its level word (深圳时装周), that is not another known place."""
        e = nm.edit
        return e.kind == "sub" and e.pos < len(nm.term) - 1 and bool(conf.kind(e.expected, e.found)) \
            and w not in known_places


def _check(rule, doc, ctx):
    from lintgov.scripts import simplified_text
    text = simplified_text(doc)
    override = (getattr(ctx, "settings", None) or {}).get("issuer")
    if override:
        name, ref = override, None
    else:
        span = _title_issuer(doc, text)
        if span is None:
            return
        name, ref = text[span[0]:span[1]], span
    d = data_settings(ctx)
    conf = confusion(d["confusion"])
    pl = places(d["divisions"], d["extra-places"])
    known_places = set(pl.prefectures) | set(pl.counties) | set(pl.provinces)
    full = bool(_BODY_END.search(name)) and len(name) >= 5
    place = _place_of(name if full else name + "人民政府")
    terms = [name] if full else []
    if len(place) >= 3 and place not in terms:
        terms.append(place)
    related = [Related(ref[0], ref[1], {"zh": "标题中的名称", "en": "the name in the title"})] if ref else []
    taken: List[Tuple[int, int]] = []
    for nm in TermMatcher(terms).find(text):
        if any(s < nm.end and nm.start < e for s, e in taken):
            continue
        w = text[nm.start:nm.end]
        if full and nm.term == name:
            if not IssuerNameInconsistent._accept_full(nm, text, conf):
                continue
        else:
            if not IssuerNameInconsistent._accept_place(nm, w, conf, known_places):
                continue
            if any(k in text[max(0, nm.start - 4):nm.end + 4] and w in k for k in known_places if len(k) > len(w)):
                continue
        if ref and nm.start < ref[1] and ref[0] < nm.end:
            continue
        taken.append((nm.start, nm.end))
        yield rule.finding(doc, nm.start, nm.end, found=doc.text[nm.start:nm.end], name=nm.term,
                           related=related, evidence={"name": nm.term, "edit": nm.edit.kind,
                                                      "expected_char": nm.edit.expected,
                                                      "found_char": nm.edit.found})


@hookimpl
def lintgov_rules():
    return [IssuerNameInconsistent]
