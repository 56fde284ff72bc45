"""The built-in reference data of the protected-names rules (lintgov/data): well formed, and
checked against the full lists in ../shared/research/data (skipped when absent)."""
import csv
import os
import re

import pytest

from lintgov.data import (DATA_DATE, confusion, law_index, law_titles, places, policy_titles, read_rows,
                          builtin_terms, terms)

SHARED = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "research", "data")
needs_shared = pytest.mark.skipif(not os.path.isdir(SHARED), reason="../shared/research/data is absent")

#: titles the shared snapshot lacks (its README names 民营经济促进法 as missing)
MISSING_IN_SNAPSHOT = {"中华人民共和国民营经济促进法"}
#: 1993 国家安全法 was renamed 反间谍法 in 2014; the 2015 国家安全法 is a new, current law
REUSED_TITLES = {"中华人民共和国国家安全法"}


def test_laws_well_formed():
    laws = law_titles()
    assert len(laws) >= 140
    titles = [t.title for t in laws]
    assert len(titles) == len(set(titles))
    known = set(titles)
    for t in laws:
        assert t.level in ("法律", "行政法规", "民法典"), t
        assert t.status in ("现行有效", "已废止"), t
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.date), t
        if t.repealed:
            assert t.status == "已废止" and t.replaced_by in known, t
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.repealed), t
        else:
            assert t.status == "现行有效", t
    core = ["行政复议法", "行政诉讼法", "行政处罚法", "行政许可法", "行政强制法", "国家赔偿法", "政府信息公开条例",
            "重大行政决策程序暂行条例", "优化营商环境条例"]
    idx = law_index()
    for c in core:
        assert c in idx.names, c
    assert idx.repealed["合同法"].repealed == "2021-01-01"
    assert idx.repealed["环境保护法"].replaced_by == "中华人民共和国生态环境法典"


def test_policies_and_terms_well_formed():
    pols = policy_titles()
    assert "法治政府建设实施纲要（2021—2025年）" in {p.title for p in pols}
    for p in pols:
        if "（" in p.title:
            assert re.search(r"（\d{4}—\d{4}年）$", p.title), p.title
    ts = builtin_terms()
    assert "中华人民共和国!" in ts and "=检察委员会" in ts
    assert len(ts) == len(set(ts))
    assert "某某局" in terms((), ("某某局",))


def test_data_date_is_a_date():
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", DATA_DATE)


@needs_shared
def test_laws_against_shared_list():
    shared = {}
    for r in read_rows(os.path.join(SHARED, "laws", "law_titles.tsv")):
        shared.setdefault(r["title"], []).append(r)
    clauses = {}
    for r in read_rows(os.path.join(SHARED, "laws", "repealed_by_clause.tsv")):
        if r["same_title_superseded"] == "0":
            clauses.setdefault(r["repealed_title"], []).append(r)
    checked = 0
    for t in law_titles():
        rows = shared.get(t.title, [])
        if t.repealed:
            cl = clauses.get(t.title)
            assert cl, f"{t.title}: no repeal clause in the shared list"
            assert any(c["repealed_by"] == t.replaced_by for c in cl), (t.title, [c["repealed_by"] for c in cl])
            m = re.search(r"自(\d{4})年(\d{1,2})月(\d{1,2})日起施行", cl[0]["clause"])
            if m:
                assert t.repealed == f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", t.title
            checked += 1
            continue
        if t.title in MISSING_IN_SNAPSHOT:
            continue
        assert rows, f"{t.title} is not in the shared list"
        assert t.level in {r["level"] for r in rows}, (t.title, t.level, {r["level"] for r in rows})
        dates = sorted(r["publish_date"] for r in rows if r["publish_date"])
        if dates:
            assert t.date == dates[0], (t.title, t.date, dates)
        if t.title not in REUSED_TITLES:
            assert t.title not in clauses, f"{t.title} is repealed by {clauses[t.title][0]['repealed_by']}"
        checked += 1
    assert checked >= 140


@needs_shared
def test_places_match_divisions():
    with open(os.path.join(SHARED, "divisions", "cities.csv"), encoding="utf-8") as f:
        names = {r["name"] for r in csv.DictReader(f)} - {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
    pl = places()
    assert len(pl.provinces) == 31
    assert names == set(pl.prefectures)
    assert pl.prefectures["张家界市"] == frozenset({"湖南省"})


@needs_shared
def test_confusion_is_a_subset_of_the_shared_sets():
    sound, shape = {}, {}
    with open(os.path.join(SHARED, "confusion", "same_pinyin.txt"), encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if not line.startswith("#") and p[0]:
                sound[p[0]] = set("".join(p[1:3]))
    with open(os.path.join(SHARED, "confusion", "same_stroke.txt"), encoding="utf-8") as f:
        for line in f:
            g = line.split()
            for c in g:
                shape.setdefault(c, set()).update(g)
    conf = confusion()
    for c, s in conf.sound.items():
        assert s <= sound.get(c, set()), c
    for c, s in conf.shape.items():
        assert s <= shape.get(c, set()), c
    assert conf.kind("和", "合") == "sound"
    assert len(conf.sound) < 1000  # a subset (terms, titles, place names), not the 3,513-character table
