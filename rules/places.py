"""Places (LGA2x): a division named under a province or city it does not belong to.

* LGA21 place-mismatch — 湖北省张家界市 (张家界市 is in 湖南省), 四川省重庆市; with a
  county-level list configured also 湖南省慈利市… and 张家界市武陵源县-style pairs.

Built in: the 31 provinces and their prefecture-level divisions (``lintgov/data/places.tsv``).
``[tool.lintgov.data] divisions`` adds a county-level list and ``extra-places`` single places.
Only a full name written right after a full province (or prefecture) name is checked; a
name lintgov does not know (a renamed city, a development zone) is never reported.
"""
from __future__ import annotations

from typing import Iterable, Optional

from lintgov import hookimpl
from lintgov.data import DATA_DATE, data_settings, places
from lintgov.rule import Rule, bad, good

_MAX_NAME = 12


def _after(text: str, pos: int, names) -> Optional[str]:
    """The longest known name starting at ``pos`` (full names end in a division suffix)."""
    best = None
    for ln in range(2, _MAX_NAME + 1):
        cand = text[pos:pos + ln]
        if len(cand) < ln:
            break
        if cand in names:
            best = cand
    return best


class PlaceMismatch(Rule):
    code = "LGA21"
    name = "place-mismatch"
    category = "names"
    level = "warning"
    authority = "《党政机关公文处理工作条例》第十九条（地名准确）；国家统计局统计用区划代码"
    summary = {"zh": "地名的隶属关系错误：市、县写在不管辖它的省、市之后（湖北省张家界市）。",
               "en": "A place put under a province or city it does not belong to (湖北省张家界市)."}
    description = {
        "zh": "“省+市”“省+县”“市+县”连写时，后者必须隶属于前者。内置表含31个省级行政区及其地级行政区划"
              f"（国家统计局2023年统计用区划代码，截至{DATA_DATE}核对）；在 [tool.lintgov.data] divisions 中指定"
              "县级区划表后，也检查县、区。只检查紧接在完整省名、市名之后的完整名称；表中没有的名称（更名前的旧名、"
              "开发区）不报告。",
        "en": "When a province and a city, a province and a county, or a city and a county are written together, the "
              "second must belong to the first. The built-in list holds the 31 provinces and their prefecture-level "
              f"divisions (国家统计局 2023 statistical division codes, checked {DATA_DATE}); with a county-level list "
              "in [tool.lintgov.data] divisions, counties and districts are checked too. Only a full name right after "
              "a full province or city name is checked; names outside the list (old names, development zones) are "
              "never reported.",
    }
    messages = {
        "default": {"zh": "“{child}”不属于{parent}，属于{actual}", "en": "{child} is not in {parent} but in {actual}"},
        "municipality": {"zh": "“{child}”是直辖市，不属于{parent}", "en": "{child} is a municipality, not part of {parent}"},
    }
    examples = (
        bad("组织赴湖北省张家界市考察学习。"),
        bad("与四川省重庆市开展合作。"),
        bad("赴湖北省慈利县调研。", settings={"data": {"extra-places": ["湖南省/张家界市/慈利县"]}},
            note="with a county-level list (here one place given inline)"),
        good("组织赴湖南省张家界市考察学习，与湖北省武汉市开展合作。"),
        good("北京市通州区、广东省深圳市南山区。"),
    )

    def check(self, doc, ctx):
        from lintgov.scripts import simplified_text
        d = data_settings(ctx)
        pl = places(d["divisions"], d["extra-places"])
        text = simplified_text(doc)
        provinces = pl.provinces
        # province-level names that are cities themselves (北京市…) are also children: 四川省重庆市
        for prov in provinces:
            p = text.find(prov)
            while p >= 0:
                end = p + len(prov)
                yield from self._child(doc, text, p, end, prov, pl)
                p = text.find(prov, end)
        if pl.counties:
            for pref, provs in pl.prefectures.items():
                p = text.find(pref)
                while p >= 0:
                    end = p + len(pref)
                    c = _after(text, end, pl.counties)
                    if c and not any(city == pref for _, city in pl.counties[c]):
                        actual = "、".join(sorted({city or prov for prov, city in pl.counties[c]}))
                        yield self.finding(doc, p, end + len(c), child=c, parent=pref, actual=actual,
                                           evidence={"parent": pref, "child": c, "actual": actual})
                    p = text.find(pref, end)

    def _child(self, doc, text, p, end, prov, pl) -> Iterable:
        pref = _after(text, end, pl.prefectures)
        county = _after(text, end, pl.counties) if pl.counties else None
        other_prov = _after(text, end, pl.provinces)
        if other_prov and other_prov != prov and other_prov.endswith("市") and not pref:
            yield self.finding(doc, p, end + len(other_prov), "municipality", child=other_prov, parent=prov,
                               evidence={"parent": prov, "child": other_prov})
            return
        # the longest name wins: 吉林省吉林市 is the city, not a county called 吉林
        if pref and (not county or len(pref) >= len(county)):
            if prov not in pl.prefectures[pref]:
                actual = "、".join(sorted(pl.prefectures[pref]))
                yield self.finding(doc, p, end + len(pref), child=pref, parent=prov, actual=actual,
                                   evidence={"parent": prov, "child": pref, "actual": actual})
            return
        if county and not any(pv == prov for pv, _ in pl.counties[county]):
            actual = "、".join(sorted({f"{pv}{city if city not in ('市辖区', '县') else ''}"
                                       for pv, city in pl.counties[county]}))
            yield self.finding(doc, p, end + len(county), child=county, parent=prov, actual=actual,
                               evidence={"parent": prov, "child": county, "actual": actual})


@hookimpl
def lintgov_rules():
    return [PlaceMismatch]
