"""Census of 其中 lists (session 22): every 其中 followed, up to the next ；/。/其中, by two figures or more of the measure
of the nearest count before it in its sentence (outside brackets, no change or percentage) — their sum against that
count, and whether LG103 sums the list today (a 'sum' record on the whole in the claims ledger).

Usage (from the repository root)::

    .venv/bin/python benches/among_census.py OUT.json [CORPUS_DIR ...]

The corpora default to ../shared/corpus/full and the odd-year reports of ../shared/corpus/gwr.  The reader is
deliberately simple and independent of the claims layer: it measures how often published lists not summed today have
parts exceeding their whole (a widening of ``claims.classes.exclusive`` would flag them) and what those lists look like.
"""
import glob, json, os, re, sys, collections
from lintgov.config import Settings
from lintgov.engine import instantiate_rules, lint_text
from lintgov.plugins import build_registry
import lintgov.rules.sums as S
recs = collections.defaultdict(set)
cur = {'path': None}
orig = S.record
def rec(doc, rule, fam, stated, ok, formula="", operands=()):
    if fam == 'sum':
        recs[doc.path].add((stated.start, formula))
    return orig(doc, rule, fam, stated, ok, formula, operands)
S.record = rec
reg = build_registry(load_entry_points=False, strict=True)
rules = instantiate_rules(reg, Settings(), {}, select=["LG103"])
UNITS = r"亿元|万元|元|万人次|人次|万人|人|万户|户|件|个|家|所|张|公里|万平方米|平方米|万亩|亩|起|项|宗|名|座|套|辆|万吨|吨|次|场|批次|部|条"
NUM = re.compile(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)(万|亿)?(" + UNITS + ")")
def val(m):
    s = m.group(1).replace(',', '')
    d = len(s.split('.')[1]) if '.' in s else 0
    sc = {'万': 1e4, '亿': 1e8, None: 1}[m.group(2)]
    u = m.group(3)
    if u.startswith('万') and len(u) > 1: sc *= 1e4; u = u[1:]
    if u.startswith('亿') and len(u) > 1: sc *= 1e8; u = u[1:]
    v = float(s) * sc; h = 0.5 * 10 ** -d * sc
    return v, h, u
out = []
HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")
if len(sys.argv) > 2:
    files = sorted(f for d in sys.argv[2:] for f in glob.glob(os.path.join(d, '*.txt')))
else:
    files = sorted(glob.glob(os.path.join(SHARED, 'full', '*.txt')))
    files += [f for f in sorted(glob.glob(os.path.join(SHARED, 'gwr', '*.txt')))
              if os.path.basename(f)[:4].isdigit() and int(os.path.basename(f)[:4]) % 2 == 1]
for f in files:
    t = open(f, encoding='utf-8').read()
    lint_text(t, rules, path=f)
    summed = recs.get(f, set())
    starts = {a for a, _ in summed}
    for sm in re.finditer(r"[^。！？\n]+", t):
        sent = sm.group(); base = sm.start()
        for km in re.finditer("其中", sent):
            k = km.start()
            before = [m for m in NUM.finditer(sent, 0, k)]
            if not before: continue
            w = before[-1]
            if re.match(r"\s*[%％]", sent[w.end():w.end()+1]): continue
            wv, wh, wu = val(w)
            ends = [e for e in (sent.find("其中", k + 2), sent.find("；", k), sent.find(";", k)) if e >= 0]; seg_end = min(ends) if ends else len(sent)
            seg = sent[k:seg_end]
            parts = []
            depth = 0; pos = 0
            for m in NUM.finditer(seg):
                g = seg[pos:m.start()]; depth += g.count('（') + g.count('(') - g.count('）') - g.count(')'); pos = m.start()
                if depth > 0: continue
                pv, ph, pu = val(m)
                if pu != wu: continue
                pre = seg[max(0, m.start()-6):m.start()]
                if re.search(r"增长|增加|下降|减少|比上年|同比|提高|多|少", pre): continue
                if seg[m.end():m.end()+1] in '%％': continue
                parts.append((m.group(), pv, ph, seg[max(0, m.start()-12):m.start()]))
            if len(parts) < 2: continue
            lo = sum(p[1] - p[2] for p in parts); hi = sum(p[1] + p[2] for p in parts)
            exceed = lo > wv + wh + 1e-9
            equal = lo <= wv + wh and hi >= wv - wh
            ws = base + w.start()
            out.append(dict(doc=os.path.basename(f), whole=w.group(), parts=[p[0] for p in parts],
                            labels=[re.split(r"[，,、；;：:（(）)]", p[3])[-1] for p in parts],
                            exceed=exceed, equal=equal, summed=ws in starts, sent=sent[max(0, w.start()-30):][:220]))
json.dump(out, open(sys.argv[1], 'w'), ensure_ascii=False, indent=0)
n = len(out); ns = sum(x['summed'] for x in out)
print('lists', n, 'summed today', ns, 'not summed', n - ns)
for grp in (True, False):
    xs = [x for x in out if x['summed'] == grp]
    print(' summed' if grp else ' not summed', len(xs), 'exceed', sum(x['exceed'] for x in xs), 'equal', sum(x['equal'] for x in xs))
