#!/usr/bin/env python3
"""Protected-names rules (LGA…): false alarms on every shared corpus, and detection of errors
planted in real report text.

    .venv/bin/python benches/bench_names.py [--shared ../shared] [--per-kind 200] [--seed 1]

False alarms: every LGA rule over corpus/gwr, corpus/full and seeds (the report year and the
issuer from corpus/full/index.json; LGA41/42 over the index's consecutive-year pairs).  Every
finding is printed so it can be reviewed.

Planted errors (one per trial, in a real paragraph of corpus/full or the seeds, the rule run on
that paragraph alone with the same settings; a trial counts when the rule flags a span
overlapping the planted error):

* term-sub / term-sub-any / term-del / term-dup — a protected term found in the text gets a
  same-sound or similar-shape character (from the confusion table the rule uses, so this
  measures the matching, not the table), any other character of the paragraph (the rule only
  reports those in terms marked ``!`` or of 8+ characters), loses an inner character, or
  doubles one;
* title-sub / title-prefix / title-suffix — 依据《…》 with a listed title one character off,
  with 中华人民共和国 on a regulation that has none, or 法 for 条例;
* policy-nian / policy-years — a central document's bracket without 年, or with wrong years;
* repealed — 《合同法》-style repealed titles in a report whose year is after the repeal;
* placeholder — a figure or a place in the paragraph replaced by XX/×××/某某/【待补充】/（此处…）;
* place / place-county — a prefecture (or, with the county list, a county) mentioned in the
  paragraph put under a province it is not in;
* issuer — one character of the issuer's place name replaced by a same-sound/shape character;
* copy — a paragraph of last year's report pasted into this year's (index pairs).

The unmodified paragraphs are run as well (they must give no finding of the rule).

Measured 2026-12-03 (``--per-kind 200 --seed 1``): no finding of any LGA rule on corpus/gwr
(52 documents) or corpus/full (200) except LGA41's 25 notes on the 129 consecutive-year pairs
(all real near-copies: the 此外，审计、统计…等工作取得新成绩 lists, copied targets, a photo
caption) and, on the seeds, LGA03 twice (东莞 2023 writes 《法治政府建設實施綱要(2021-2025)》
without 年, a true error).  Planted: term-sub 200/200, term-sub-any 52/200, term-del 200/200,
term-dup 200/200, title-sub 200/200, title-prefix 164/164, title-suffix 146/146, policy-nian,
-years, -sub 188/188 each, repealed 188/188, placeholder 195/200 (misses: 某某 after a
character that is also a surname, read as an anonymised name), place 200/200, place-county
200/200, issuer 145/145, copy 125/125; no finding on the unmodified paragraphs.
"""
import argparse
import collections
import glob
import json
import os
import random
import re
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from lintgov.data import builtin_terms, confusion, law_index, law_titles, places, policy_titles  # noqa: E402
from lintgov.document import Document  # noqa: E402
from lintgov.engine import lint_text  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

REG = build_registry(load_entry_points=False, strict=True)
RULES = {r.code: r for r in REG.rules if r.code.startswith("LGA")}
DOC_RULES = [c for c, r in RULES.items() if r.scope == "document"]


def lint(codes, text, **settings):
    return [f for f in lint_text(text, [RULES[c]({}) for c in codes], registry=REG, settings=settings)
            if f.code in codes]


def load(shared):
    corpora = {}
    for name in ("corpus/gwr", "corpus/full", "seeds"):
        files = sorted(glob.glob(os.path.join(shared, name, "*.txt")))
        corpora[name] = [(f, open(f, encoding="utf-8").read()) for f in files]
    with open(os.path.join(shared, "corpus/full/index.json"), encoding="utf-8") as f:
        index = json.load(f)
    meta = {d["file"]: d for d in index["documents"]}
    _BY_ID.update({d["id"]: d["file"] for d in index["documents"]})
    return corpora, meta, index["consecutive_year_pairs"]


def doc_settings(path, meta):
    d = meta.get(os.path.basename(path))
    if not d:
        return {}
    out = {"year": d.get("covers_year") or d.get("year")}
    return out


def false_alarms(corpora, meta, pairs, shared, divisions):
    print("== false alarms (every finding listed) ==")
    counts = collections.Counter()
    ndocs = {}
    data = {"divisions": [divisions]} if divisions else {}
    for name, docs in corpora.items():
        ndocs[name] = len(docs)
        for path, text in docs:
            s = doc_settings(path, meta)
            if data:
                s["data"] = data
            for f in lint(DOC_RULES, text, **s):
                counts[(name, f.code)] += 1
                print(f"  {name} {os.path.basename(path)} {f.code} {f.message('zh')} | "
                      f"{f.doc.snippet(f.start, f.end, 10)}")
    # the issuer rule with the issuer named (the corpora's titles are cut off)
    for path, text in corpora["corpus/full"]:
        d = meta.get(os.path.basename(path))
        if d and d.get("issuer"):
            for f in lint(["LGA12"], text, issuer=d["issuer"]):
                counts[("corpus/full --issuer", f.code)] += 1
                print(f"  corpus/full {os.path.basename(path)} --issuer {d['issuer']} {f.code} {f.message('zh')} | "
                      f"{f.doc.snippet(f.start, f.end, 10)}")
    # the cross-year rules over the consecutive-year pairs
    full = dict((os.path.basename(p), t) for p, t in corpora["corpus/full"])
    npairs = 0
    for pr in pairs:
        a, b = _pair_files(pr)
        if a not in full or b not in full:
            continue
        npairs += 1
        prior = Document(full[a], a)
        for f in lint(["LGA41", "LGA42"], full[b], prior_documents=[prior]):
            counts[("corpus/full pairs", f.code)] += 1
            if f.code == "LGA42" or f.evidence.get("similarity", 1) < 1.0:
                print(f"  pair {a} -> {b} {f.code} {f.message('zh')} | {f.doc.snippet(f.start, f.end, 10)}")
    print(f"  documents: {ndocs}; consecutive-year pairs: {npairs}")
    print("  findings per corpus and rule:", dict(sorted(counts.items())))
    return counts


_BY_ID = {}


def _pair_files(pr):
    """(last year's file, this year's file) of an index pair (ids of one document each)."""
    a, b = pr["ids"]
    if len(a) != 1 or len(b) != 1:
        return None, None
    return _BY_ID.get(a[0]), _BY_ID.get(b[0])


# -- planting ------------------------------------------------------------------------------------

def paragraphs(corpora):
    out = []
    for name in ("corpus/full", "seeds"):
        for path, text in corpora[name]:
            for line in text.split("\n"):
                line = line.strip()
                if 30 <= len(line) <= 400 and re.search(r"[。，]", line):
                    out.append((path, line))
    return out


def hit(found, s, e):
    return any(f.start < e and s < f.end for f in found)


class Trials:
    def __init__(self):
        self.n = collections.Counter()
        self.ok = collections.Counter()
        self.base_fa = collections.Counter()
        self.examples = {}

    def add(self, kind, ok, example=""):
        self.n[kind] += 1
        self.ok[kind] += bool(ok)
        if not ok and kind not in self.examples:
            self.examples[kind] = example


def plant(corpora, meta, pairs, rng, per_kind, divisions):
    paras = paragraphs(corpora)
    rng.shuffle(paras)
    conf = confusion()
    T = Trials()
    terms = [t.rstrip("!") for t in builtin_terms() if not t.startswith("=")]
    # protected terms found in real paragraphs
    term_paras = [(p, l, t) for p, l in paras for t in terms if len(t) >= 4 and t in l]
    rng.shuffle(term_paras)
    for kind in ("term-sub", "term-sub-any", "term-del", "term-dup"):
        done = 0
        for path, line, t in term_paras:
            if done >= per_kind:
                break
            i = line.find(t)
            n = len(t)
            j = rng.randrange(1, n - 1)
            if kind == "term-sub":
                cands = sorted((conf.sound.get(t[j], frozenset()) | conf.shape.get(t[j], frozenset())) - {t[j]})
                if not cands:
                    continue
                new = t[:j] + rng.choice(cands) + t[j + 1:]
            elif kind == "term-sub-any":  # any other Chinese character of the paragraph (a 五笔 slip)
                pool = sorted({c for c in line if "\u4e00" <= c <= "\u9fff"} - set(t))
                new = t[:j] + rng.choice(pool) + t[j + 1:]
            elif kind == "term-del":
                if n < 7:
                    continue
                new = t[:j] + t[j + 1:]
            else:
                new = t[:j] + t[j] + t[j:]
            text = line[:i] + new + line[i + n:]
            if lint(["LGA11"], line):
                T.base_fa["LGA11"] += 1
            found = lint(["LGA11"], text)
            T.add(kind, hit(found, i, i + len(new)), f"{t} -> {new}")
            done += 1
    # law titles injected into real sentences
    laws = [t for t in law_titles() if not t.repealed]
    sentences = [(p, l) for p, l in paras if "《" not in l][:5 * per_kind]
    for kind in ("title-sub", "title-prefix", "title-suffix"):
        done = 0
        for path, line in sentences:
            if done >= per_kind:
                break
            law = rng.choice(laws)
            title = law.title
            if kind == "title-sub":
                short = law.short
                if len(short) < 4:
                    continue
                j = rng.randrange(1, len(short) - 1)
                cands = sorted((conf.sound.get(short[j], frozenset()) | conf.shape.get(short[j], frozenset())) - {short[j]})
                if not cands:
                    continue
                bad = (title[:len(title) - len(short)]) + short[:j] + rng.choice(cands) + short[j + 1:]
            elif kind == "title-prefix":
                if title.startswith("中华人民共和国"):
                    continue
                bad = "中华人民共和国" + title
            else:
                if not title.endswith("条例") or title.endswith("实施条例"):
                    continue
                bad = title[:-2] + "法"
            k = line.find("，")
            if k < 0 or law_index().known(bad):
                continue  # 法律援助条例 → 法律援助法: both exist, nothing to find
            text = line[:k + 1] + f"依据《{bad}》，" + line[k + 1:]
            s = k + 1 + len("依据《")
            found = lint(["LGA01"], text)
            T.add(kind, hit(found, s, s + len(bad)), bad)
            done += 1
    # policy titles
    pols = [p for p in policy_titles() if "（" in p.title]
    for kind in ("policy-nian", "policy-years", "policy-sub"):
        for path, line in sentences[:per_kind]:
            p = rng.choice(pols)
            m = re.search(r"（(\d{4})—(\d{4})年）$", p.title)
            if kind == "policy-nian":
                bad = p.title.replace("年）", "）")
            elif kind == "policy-years":
                a, b = int(m.group(1)), int(m.group(2))
                bad = p.stem + f"（{a + rng.choice([1, -1, 2])}—{b + rng.choice([0, 1])}年）"
                if any(bad == q.title for q in policy_titles()):
                    continue
            else:
                j = rng.randrange(1, len(p.stem) - 1)
                c = p.stem[j]
                cands = sorted((conf.sound.get(c, frozenset()) | conf.shape.get(c, frozenset())) - {c})
                if not cands:
                    continue
                bad = p.stem[:j] + rng.choice(cands) + p.stem[j + 1:] + p.title[len(p.stem):]
            k = line.find("，")
            if k < 0:
                continue
            text = line[:k + 1] + f"对照《{bad}》，" + line[k + 1:]
            s = k + 1 + len("对照《")
            T.add(kind, hit(lint(["LGA03"], text), s, s + len(bad)), bad)
    # repealed titles
    rep = [t for t in law_titles() if t.repealed]
    for path, line in sentences[:per_kind]:
        t = rng.choice(rep)
        year = int(t.repealed[:4]) + rng.choice([1, 2, 3])
        name = rng.choice([t.title, t.short])
        k = line.find("，")
        if k < 0:
            continue
        text = line[:k + 1] + f"依照《{name}》，" + line[k + 1:]
        s = k + 1 + len("依照《")
        T.add("repealed", hit(lint(["LGA02"], text, year=year), s, s + len(name)), name)
    # placeholders: a figure or a place replaced
    fig = re.compile(r"\d+(?:\.\d+)?(?=[件个项次人家所万亿%])")
    plc = re.compile(r"[\u4e00-\u9fff]{2,3}(?:区|县|市|镇|局)")
    marks = ["XX", "×××", "某某", "【待补充】", "（此处填写）", "XXX"]
    done = 0
    for path, line in paras:
        if done >= per_kind:
            break
        mk = rng.choice(marks)
        m = fig.search(line) if rng.random() < 0.5 else plc.search(line)
        if not m:
            continue
        if m.re is plc and mk in ("某某",):
            mk = "某某"
        text = line[:m.start()] + mk + line[m.end():]
        if lint(["LGA31"], line):
            T.base_fa["LGA31"] += 1
        T.add("placeholder", hit(lint(["LGA31"], text), m.start(), m.start() + len(mk)), text[max(0, m.start() - 6):m.start() + 8])
        done += 1
    # places: a prefecture mentioned in the text put under a wrong province
    pl = places()
    pl_full = places((divisions,)) if divisions else None
    prefs = sorted(pl.prefectures, key=len, reverse=True)
    provs = sorted(pl.provinces)
    for kind, table in (("place", pl), ("place-county", pl_full)):
        if table is None:
            continue
        names = prefs if kind == "place" else sorted((c for c in table.counties if len(c) >= 3), key=len, reverse=True)
        rx = re.compile("|".join(map(re.escape, names)))
        done = 0
        for path, line in paras:
            if done >= per_kind:
                break
            m = rx.search(line)
            if not m:
                continue
            name = m.group()
            owners = table.prefectures.get(name) if kind == "place" else {p for p, _ in table.counties[name]}
            wrong = rng.choice([p for p in provs if p not in owners])
            if line[max(0, m.start() - 3):m.start()].endswith(("省", "区", "市")):
                continue
            text = line[:m.start()] + wrong + line[m.start():]
            data = {"divisions": [divisions]} if kind == "place-county" else {}
            if lint(["LGA21"], line, data=data):
                T.base_fa["LGA21"] += 1
            T.add(kind, hit(lint(["LGA21"], text, data=data), m.start(), m.start() + len(wrong) + len(name)),
                  wrong + name)
            done += 1
    # issuer: a slip in the issuer's place name somewhere in its own report
    done = 0
    full = corpora["corpus/full"]
    rng.shuffle(full)
    for path, text in full:
        if done >= per_kind:
            break
        d = meta.get(os.path.basename(path))
        if not d or not d.get("issuer"):
            continue
        from rules.issuer_name import _place_of
        place = _place_of(d["issuer"] + "人民政府")
        if len(place) < 3:
            continue
        i = text.find(place)
        if i < 0:
            continue
        j = rng.randrange(0, len(place) - 1)
        c = place[j]
        cands = sorted((conf.sound.get(c, frozenset()) | conf.shape.get(c, frozenset())) - {c})
        if not cands:
            continue
        new = place[:j] + rng.choice(cands) + place[j + 1:]
        if lint(["LGA12"], text, issuer=d["issuer"]):
            T.base_fa["LGA12"] += 1
        bad = text[:i] + new + text[i + len(place):]
        T.add("issuer", hit(lint(["LGA12"], bad, issuer=d["issuer"]), i, i + len(new)), f"{place} -> {new}")
        done += 1
    # copies: a paragraph of last year's report pasted into this year's
    by_name = dict((os.path.basename(p), t) for p, t in corpora["corpus/full"])
    for pr in pairs[:per_kind]:
        a, b = _pair_files(pr)
        if a not in by_name or b not in by_name:
            continue
        # numbered glossary definitions and address formulas are out of the rule's scope by design
        from rules.copies import _DEFINITION, _FORMULA
        old = [l for l in by_name[a].split("\n") if len(l.strip()) >= 60
               and not _DEFINITION.match(l.strip()) and not _FORMULA.search(l)]
        new_lines = by_name[b].split("\n")
        if not old or len(new_lines) < 3:
            continue
        pasted = rng.choice(old)
        k = rng.randrange(1, len(new_lines))
        text = "\n".join(new_lines[:k] + [pasted] + new_lines[k:])
        s = len("\n".join(new_lines[:k])) + 1
        prior = Document(by_name[a], a)
        T.add("copy", hit(lint(["LGA41"], text, prior_documents=[prior]), s + 1, s + len(pasted) - 1), pasted[:20])
    return T


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--per-kind", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-false-alarms", action="store_true")
    a = ap.parse_args()
    t0 = time.time()
    corpora, meta, pairs = load(a.shared)
    divisions = os.path.join(a.shared, "research/data/divisions")
    divisions = divisions if os.path.isdir(divisions) else None
    if not a.no_false_alarms:
        false_alarms(corpora, meta, pairs, a.shared, divisions)
    T = plant(corpora, meta, pairs, random.Random(a.seed), a.per_kind, divisions)
    print("== planted errors: detected / planted ==")
    for kind in T.n:
        ex = f"   first miss: {T.examples[kind]}" if kind in T.examples else ""
        print(f"  {kind:14s} {T.ok[kind]:4d} / {T.n[kind]:4d}  {100.0 * T.ok[kind] / T.n[kind]:5.1f}%{ex}")
    print("  findings on the unmodified paragraphs:", dict(T.base_fa) or 0)
    print(f"  ({time.time() - t0:.0f} s)")


if __name__ == "__main__":
    main()
