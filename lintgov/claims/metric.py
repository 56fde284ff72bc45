"""Metrics: the words naming what a figure measures, normalised for matching
(part of the claims layer).  ``metric_key`` reads the words before a figure;
``key_similarity`` compares two keys (the same action and similar nouns)."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import lazyre
from .grammar import _cache, folded_text

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

_BREAK_CHARS = r"[，,；;：:。！？!?、（(）)\n“”\"]"
_SEG_BREAK = lazyre.compile(_BREAK_CHARS)
#: the verbs of a value reached or planned, right before it (达到, 为, 增加到…): what a plan's adverb may stand before
_VALUE_VERBS = r"达到|达|为|突破|超过|增加到|增至|增长到|提高到|上升到|上升为|下降到|下降为|降低到|减少到"
_STOP = lazyre.compile(
    # the adverb of a plan or of an emphasis right before the verb of the value (粮食产量将达到, 产量就达到, 要达到, 可达,
    # 计划达到): the metric is named by the words before it (粮食产量), as when the value was reached — 将, 预计, 力争 may
    # close the words before a value; 可, 要, 就, 计划 only before its verb (行政许可 is a name); first, before 计 alone
    r"(?:将要|将|预计|力争|争取|确保)(?=(?:" + _VALUE_VERBS + r")?$)|(?:就|要|可望|可以|可|计划)(?=(?:" + _VALUE_VERBS + r")$)|"
    r"(?:(?:19|20)\d{2}年(?:度|以来|全年|内|底|末)?|全年|年内|本年(?:度|末|底)?|今年(?:末|底|年末|年底)?|当年(?:末|底)?|上一?年[度末底]?|去年[度末底]?|前一年|年末|年底|同期|全区|全市|全县|全省|全镇|全乡|"
    r"我区|我市|我县|我省|我镇|我乡|本区|本市|本县|各级|各部门|共计|共有|合计|总计|累计|其中|分别|依法|先后|已经|已|共|计|达到|达|为|有|"
    r"约|近|超过|逾|了|的|和|及|与|等|新|再)")
_SYNONYMS = (
    (lazyre.compile(r"接收|收件|接到"), "收到"),
    (lazyre.compile(r"收案|新收|受案"), "受理"),
    (lazyre.compile(r"办结|结案"), "审结"),
    (lazyre.compile(r"纠纷案件|纠纷"), "纠纷"),
    # 规上工业企业 / 限上批零企业: the short names of 规模以上, 限额以上 (units above the statistical threshold)
    (lazyre.compile(r"规上|規上"), "规模以上"),
    (lazyre.compile(r"限上"), "限额以上"),
)


#: the first characters of the synonyms above (a segment without any of them has none to fold)
_SYNONYM_FIRST = frozenset("接收新受办结纠规規限")
#: 2023年末常住人口 names 常住人口; 到2025年常住人口 too (a deadline: the year a plan's value is for)
_YEAR_WORD = re.compile(r"(?:到|截至|截止到?)?(?:19|20)\d{2}\s*年(?:末|底|初)?")
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]")
#: everything up to and including the last clause or list break (_SEG_BREAK's characters)
_LAST_BREAK = lazyre.compile(r"(?s).*" + _BREAK_CHARS)


def metric_key(doc: "Document", pos: int) -> str:
    """The words naming what the number at ``pos`` measures: a level of a parallel list its item's name
    (:func:`lintgov.claims.lists.list_figure_at`), else the text from the last clause or list break to ``pos``, without time words, place words and fillers,
    with common synonyms folded (接收/收到, 收案/受理, 办结/审结; 收到 and 受理 stay apart,
    since a body may receive more applications than it accepts).  Kept per document and position (a pure function of
    both: on corpus/gwr two calls in five ask again for a position asked before)."""
    keys = _cache(doc).get("metric_keys")
    if keys is None:
        keys = _cache(doc)["metric_keys"] = {}
    key = keys.get(pos)
    if key is None:
        key = keys[pos] = _metric_key(doc, pos)
    return key


#: :func:`lintgov.claims.lists.list_figure_at`, bound at the first call (lists imports this module; an import in the
#: function ran at each of ~10,000 calls a gwr run, and a ``from`` import of a module costs a failed ``__path__`` look-up)
_list_figure_at = None


#: a bracket holding one figure and nothing else but its unit, from the figure to the closing bracket (（62.3%）)
_BRACKET_CLOSE = lazyre.compile(r"[\d.,，万亿%‰\u4e00-\u9fff]{1,14}?[）)]")


def _metric_key(doc: "Document", pos: int) -> str:
    global _list_figure_at
    if _list_figure_at is None:
        from .lists import list_figure_at as _list_figure_at
    f = _list_figure_at(doc, pos)
    if f is not None and f.role == "level":
        # a level of a parallel list is named by its item (受理、审结案件分别为526件和498件: 审结案件 498件), not by the
        # words right before it (those of the whole list for the first value, none for the others)
        return words_key(f.name)
    text = folded_text(doc)
    lo = max(0, pos - 40)
    if pos > 2 and text[pos - 1] in "（(" and _BRACKET_CLOSE.match(text, pos) is not None:
        # 森林覆盖率（62.3%）, 城镇新增就业（1.86万人）: a figure in brackets right after a name is that name's value
        pos -= 1
    seg = text[lo:pos]
    last = _LAST_BREAK.match(seg)     # (one match in C: the greedy .* backs off to the last break)
    if last is not None:
        seg = seg[last.end():]
    return words_key(seg)


def metric_words(doc: "Document", pos: int) -> str:
    """The words naming the number at ``pos`` as printed (what :func:`metric_key` normalises): the text from the last
    clause or list break to ``pos`` (at most 40 characters), for people reading the ledger."""
    text = doc.text
    seg = text[max(0, pos - 40):pos]
    last = _LAST_BREAK.match(seg)
    if last is not None:
        seg = seg[last.end():]
    return " ".join(seg.split())


@functools.lru_cache(maxsize=4096)      # (a pure function of the words: two in three calls repeat an earlier one)
def words_key(seg: str) -> str:
    """The metric key of the words ``seg`` (no break inside): :func:`metric_key` of words read elsewhere than before a
    figure (审结 + 行政复议案件 of 全年审结的486件行政复议案件中)."""
    if "年" in seg:
        seg = _YEAR_WORD.sub("", seg)     # (compiled once: this runs for every figure)
    if "GDP" in seg:
        seg = seg.replace("GDP", "生产总值")     # (the acronym names the total output: 人均GDP is 人均生产总值)
    seg = _NOT_CJK.sub("", seg)
    if not _SYNONYM_FIRST.isdisjoint(seg):     # (a synonym starts with one of these: most segments hold none)
        for pat, rep in _SYNONYMS:
            seg = pat.sub(rep, seg)
    return _STOP.sub("", seg)


#: a short gloss in brackets inside or after a name (开工建设保障性住房（含租赁补贴）, 7.85万套（户）, （牵头单位：人社厅）):
#: read around, not as a break
_GLOSS = lazyre.compile(r"[（(][^（()）\n]{0,30}[）)]")
#: the name after a figure written before its noun (完成12万户农村危房改造, 新开工7.85万套（户）棚户区改造): Chinese characters
#: up to a break, a number or a bracket
_NAME_AFTER = lazyre.compile(r"[\u4e00-\u9fff]{2,14}")


def statement_key(doc: "Document", start: int, end: int) -> str:
    """:func:`statement_words` with its characters sorted (the metric in any word order)."""
    return "".join(sorted(statement_words(doc, start, end)))


def statement_words(doc: "Document", start: int, end: int) -> str:
    """The metric a figure at ``[start, end)`` states, read on both sides: the words before it (from the last clause or
    list break, short bracket glosses read around: 开工建设保障性住房（含租赁补贴）2.18万套) and the name after it when the
    figure comes before its noun (完成12万户农村危房改造; 新开工7.85万套（户）棚户区改造) — :func:`words_key` of the two, so
    that fillers (了/共/累计/全年) and the synonyms of :data:`_SYNONYMS` do not split a metric; sorted by
    :func:`statement_key`, 棚户区改造新开工7.85万套 and 新开工7.85万套棚户区改造 name one metric.  Empty when nothing names
    the figure."""
    text = folded_text(doc)
    seg = text[max(0, start - 60):start]
    if "）" in seg or ")" in seg:
        seg = _GLOSS.sub("", seg)
    last = _LAST_BREAK.match(seg)
    if last is not None:
        seg = seg[last.end():]
    after = text[end:end + 48]
    if after[:1] in ("（", "("):
        g = _GLOSS.match(after)
        if g is not None:
            after = after[g.end():]
    m = _NAME_AFTER.match(after)
    words = seg + (m.group() if m is not None else "")
    return words_key(words)


_ACTIONS = lazyre.compile(r"收到|受理|审结|办理|调解|化解|处理|查处|出庭|应诉|培训|审查|审核|备案|清理|公开|答复|举办|开展|制定|"
                      r"出具|制发|发出|立案|结案|收回|撤销|纠正|纠错|维持|驳回|败诉|胜诉|提供|接待|解答|回复|检查|执法|处罚")


def key_similarity(a: str, b: str) -> float:
    """How alike two metric keys are (0–1): 1.0 when equal; 0 when both name an action
    (受理, 审结, 调解…) and the actions differ; else the Dice coefficient of character
    bigrams, raised for a key of four or more characters contained in the other
    (调解矛盾纠纷 in 调解组织调解矛盾纠纷)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    acts_a, acts_b = set(_ACTIONS.findall(a)), set(_ACTIONS.findall(b))
    if acts_a and acts_b and acts_a != acts_b:
        return 0.0
    ba = {a[i:i + 2] for i in range(len(a) - 1)} or {a}
    bb = {b[i:i + 2] for i in range(len(b) - 1)} or {b}
    dice = 2 * len(ba & bb) / (len(ba) + len(bb))
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 4 and short in long_:
        dice = max(dice, 0.8 + 0.2 * len(short) / len(long_))
    return dice



#: words that narrow or widen what a metric counts: a key that adds one to another names another metric
_SCOPE_WORDS = lazyre.compile(r"地方|本级|全口径|规模以上|规上|限额以上|限上|城镇|农村|城乡|城市|乡村|国有|民营|民间|外资|外商|"
                              r"一般|税收|非税|中央|省级|市级|区级|县级|直接|间接|新增|累计|净|实际|进口|出口|高新|重点|重大|其他|"
                              # (户籍: the registered population, not the resident one a metric counts by default —
                              # 户籍人口城镇化率 is not 城镇化率, which is 常住人口城镇化率)
                              r"户籍|戶籍")


def key_match(a: str, b: str) -> float:
    """How alike two metric keys are for tying a value to the same metric stated elsewhere (a prior in another
    sentence): :func:`key_similarity`, except that a key inside the other matches only when the longer adds an action
    word before it (游客 / 接待游客, 税收收入 / 实现税收收入: 0.85), and never when it adds a scope word or a single
    character (地方一般公共预算收入 is not 一般公共预算收入, 进出口总额 not 出口总额; 常住人口城镇化率 is 城镇化率) — and a
    per-capita key only a per-capita one."""
    if ("人均" in a) != ("人均" in b):
        return 0.0      # a per-capita figure is not the total
    short, long_ = sorted((a, b), key=len)
    if short != long_ and short in long_:
        # one key inside the other: the same metric only when what the longer adds is an action word (游客 /
        # 接待游客, 税收收入 / 实现税收收入); 地方一般公共预算收入 is not 一般公共预算收入, 进出口总额 not 出口总额
        rest = long_.replace(short, "", 1)
        if len(short) >= 2 and long_.endswith(short) and (_ACTIONS.fullmatch(rest) or rest in ("实现", "完成")):
            return 0.85
        if (len(rest) == 1 and long_.startswith(rest)) or _SCOPE_WORDS.search(rest):
            return 0.0      # 进出口总额 / 出口总额 (a character before the noun changes it; 专利授权量 is 专利授权)
    return key_similarity(a, b)


#: verbs of a deed besides the actions (实现营业收入, 完成投资)
_DEED = lazyre.compile(r"实现|實現|完成|达到|達到|发生|發生|引进|引進|新增|累计|累計|共有|拥有|擁有|开展|開展|组织|組織")
#: the end of a rate's or a share's name
_RATE_TAIL = lazyre.compile(r"(?:率|比重|比例|占比|系数|指数)$")


def names_a_kind(a: str, b: str) -> bool:
    """Whether one of two metric keys names a kind of what the other names: it ends with the other and adds two
    characters or more before it that are no action word (新能源汽车产量 / 汽车产量, 民事公证办证量 / 公证办证量; not
    接待国内外游客 / 游客, 规上工业企业实现营业收入 / 营业收入: a verb in what it adds; nor a rate, 常住人口城镇化率 /
    城镇化率).  A value stated for the kind is no value of the whole, nor the reverse."""
    if not a or not b or a == b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) < 2 or not long_.endswith(short) or _RATE_TAIL.search(short):
        return False      # (常住人口城镇化率 is 城镇化率: the words before a rate name what it is over, key_match decides)
    rest = long_[:-len(short)]
    # (a verb in what the longer adds makes it a subject and its deed — 接待国内外游客 / 游客, 规上工业企业实现营业收入 /
    # 营业收入 —, read as before by key_match and the loose pairing of grammar._mutual_weak)
    return len(rest) >= 2 and _ACTIONS.search(rest) is None and _DEED.search(rest) is None


#: totals a report names in several ways (the first name is the full one): a share of one of them is over the value
#: the report states under any of them, when it states one value only
_TOTAL_NAMES = (
    ("地区生产总值", "生产总值", "国内生产总值", "GDP", "经济总量"),
    ("外贸进出口总额", "进出口总额", "外贸进出口", "进出口总值", "进出口额", "进出口"),
    ("出口总额", "外贸出口", "出口总值", "出口额", "出口"),
    ("进口总额", "外贸进口", "进口总值", "进口额", "进口"),
    ("社会消费品零售总额", "社会消费品零售额", "社零总额", "社零额"),
    ("固定资产投资", "全社会固定资产投资", "固定资产投资总额", "固投"),
    ("一般公共预算收入", "地方一般公共预算收入", "公共预算收入"),
    ("一般公共预算支出", "地方一般公共预算支出", "公共预算支出"),
)
_TOTAL_INDEX = {n: g for g in _TOTAL_NAMES for n in g}


def total_names(name: str) -> tuple:
    """The names a report gives the total ``name`` (出口总额: 外贸出口, 出口额…; 社零总额: 社会消费品零售总额…), the
    name first; ``(name,)`` for a name not known as a total."""
    g = _TOTAL_INDEX.get(name)
    return (name,) + tuple(n for n in g if n != name) if g else (name,)


#: short names of the people and things reports count, with their full names (持证社工837人 counts 社会工作者; not
#: 社工委, a body)
_SHORT_NAMES = (
    (lazyre.compile(r"社工(?![作委部站])"), "社会工作者"),
)


def full_names(words: str) -> str:
    """``words`` with the short names of counted people written in full (社工 → 社会工作者): a count named short
    matches a ratio or rate that names it in full."""
    if "社工" not in words:
        return words
    for pat, full in _SHORT_NAMES:
        words = pat.sub(full, words)
    return words


#: a clause that names a metric and says what it passed, set or added (辖区税收首次突破千亿元 / 旅游业总收入首次突破百亿大关 /
#: 集装箱吞吐量再创历史新高 / 地方财政一般预算收入一年净增157亿元 / 税收收入增长9%): the name, the adverbs, the verb
_SUBJECT_CLAUSE = lazyre.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,20}?)(?:一年|全年|当年|今年|本年)?"
    r"(?:连续|接连|相继|先后|历史性地?|首次|成功|一跃|一举|再次|顺利|已经?|又)*"
    r"(?:突破|超过|跨越|跨过|迈上|迈入|跃上|站上|登上|越过|迈过|首超|再?创(?:历史|历年|同期)?(?:新高|最高|新纪录)|"
    r"(?:净增|增加|增长)(?=\s*\d))")
#: what stands between the clause break and a level that opens its clause with a verb of reaching only (达1017亿元)
_REACH_ONLY = lazyre.compile(r"\s*(?:达到|达|升至|增至)?\s*")
_CLAUSE_BREAKS = "，,；;。：:！？!?\n、（(）)“”"


def clause_subject(doc: "Document", pos: int) -> str:
    """The metric key of the level at ``pos`` when the level opens its clause with a verb of reaching only (，达1017亿元,
    ，达到229亿元) and the clause before names a metric and says what it passed, set or added: 辖区税收首次突破千亿元，
    达1017亿元 / 集装箱吞吐量再创历史新高，达1416.1万标箱 / 地方财政一般预算收入一年净增157亿元，达658亿元 — the level is
    that metric's, whose name :func:`metric_key` (the words after the last break) does not see.  "" otherwise."""
    text = folded_text(doc)
    seg = text[max(0, pos - 80):pos]
    k = max(seg.rfind("，"), seg.rfind(","))
    if k < 0 or _REACH_ONLY.fullmatch(seg, k + 1) is None:
        return ""
    j = max(seg.rfind(c, 0, k) for c in _CLAUSE_BREAKS)
    m = _SUBJECT_CLAUSE.match(seg, j + 1, k)
    return words_key(m.group("name")) if m is not None else ""


#: the words of a metric's name that say how it is counted or where, not what (实有市场主体 is 市场主体; 总量 closes a
#: stock's name: 市场主体总量): dropped before two names are compared by :func:`same_metric`
_NEUTRAL = lazyre.compile(r"^(?:实有|實有|現有|现有|实际|實際|[实實現现](?![现現际際施行体體验驗物金代场場价價状狀]))|(?<=.{2})(?:总量|總量|总数|總數|总计|總計|数量|數量|人员|人員|人数|人數)$")
#: words of an agent's name that narrow or widen the metric rather than say who does it (城镇, 农村, 规模以上…)
_NOT_AGENT = lazyre.compile(_SCOPE_WORDS.pattern + r"|入境|出境|境外|境内|国外|海外|国际|国内|个人|单位|女|男|少数|涉|"
                            r"全国|全省|省|国家")


#: verbs of a deed in what a longer name adds (实现营业收入 / 完成投资): a statement of its own, not an agent
_AGENT_NOT = lazyre.compile(r"实现|實現|完成|达到|達到|发生|發生|引进|引進|共有|拥有|擁有|开展|開展")


def identity_key(key: str) -> str:
    """A metric key as one metric's identity across its mentions, for grouping figures in a dictionary: the words
    saying how it is counted dropped (实有/现有/实际 before it — :func:`words_key` has left 实有 as 实 —, 总量/总数/数量/人员/人数 after it: 年末实有市场主体 and
    市场主体总量 are 市场主体, 参训人员 and 实际参训 are 参训), its characters sorted (新增城镇就业 and 城镇新增就业 name one
    metric).  An equivalence: two keys with one identity name one metric; :func:`same_metric` also pairs a key with
    the same one naming its agent."""
    k = _NEUTRAL.sub("", key) if len(key) > 3 else key
    return "".join(sorted(k if len(k) >= 2 else key))


#: the other names a report gives one metric when it states it again (each seen in the corpus's reports): 农民人均可支配收入
#: is 农村居民人均可支配收入 (the survey's name since 2013, its short name kept in overviews), 粮食总产量 is 粮食产量 (吉林's
#: report of 2026: 粮食总产量达到871.6亿斤 in the review, 粮食产量 in the plans); 总 before 产量/产值 says no scope
_NAME_VARIANTS = (
    (lazyre.compile(r"农民(?=人均)|農民(?=人均)"), "农村居民"),
    (lazyre.compile(r"总(?=产量|产值)|總(?=產量|產值)"), ""),
    # the total output named as a whole (全省经济总量 / 地区生产总值 / GDP): the whole key only
    (lazyre.compile(r"^(?:经济总量|經濟總量|GDP|国内生产总值|國內生產總值|生产总值|生產總值)$"), "地区生产总值"),
    # a tourism income's 总 (旅游总收入 / 旅游收入) names no scope
    (lazyre.compile(r"(?<=旅游)总(?=收入)|(?<=旅遊)總(?=收入)"), ""),
    # the usual short names of official statistics: 基本医保 is 基本医疗保险, 电诈 电信网络诈骗, 在校生 在校学生
    (lazyre.compile(r"医保(?![局障])|醫保(?![局障])"), "医疗保险"),
    (lazyre.compile(r"社保(?![局卡障])"), "社会保险"),
    (lazyre.compile(r"电诈|電詐|电信诈骗|電信詐騙"), "电信网络诈骗"),
    (lazyre.compile(r"在校生"), "在校学生"),
    (lazyre.compile(r"社零(?:总额|額|额)?|社会消费品零售额|社會消費品零售額"), "社会消费品零售总额"),
)


def restated_identity(key: str) -> str:
    """:func:`identity_key` of a name once the other names of one metric are folded (:data:`_NAME_VARIANTS`: 农民人均可支配
    收入 and 农村居民人均可支配收入, 粮食总产量 and 粮食产量): the identity LG210 groups one metric's statements by.  The words
    are compared in any order and without 人数/总数/数量 (:func:`identity_key`): 注册志愿者 and 注册志愿者人数, 个人住房公积金
    贷款 and 住房公积金个人贷款 are one identity."""
    for pat, rep in _NAME_VARIANTS:
        key = pat.sub(rep, key)
    return identity_key(key)


#: words of a statement's name that say the figure was reached, not what it counts (实现地区生产总值, 一般公共预算收入完成,
#: 完成固定资产投资), and words saying every kind is counted (受理各类法律援助案件): dropped by :func:`stated_name`
_DONE_EDGE = lazyre.compile(r"^(?:实现|實現|完成|达到|達到|发生|發生)(?=.{3})|(?<=.{3})(?:实现|實現|完成|达到|達到|达|達|"
                            # the level reached by a change or held (孕产妇死亡率降至, 参保率稳定在, 覆盖率提高到)
                            r"(?:降|升|增|提高|提升|下降|减少|增加|上升|降低)(?:至|到)|(?:稳定|保持|控制)在)$")
_ALL_KINDS = lazyre.compile(r"各类|各類|各项|各項|各种|各種")
#: a count word closing a name (火灾事故起数, 行政复议案件件数, 新登记市场主体户数): the measure, not what is counted
_COUNT_TAIL = lazyre.compile(r"(?<=.{3})(?:起数|件数|户数|家数|个数|次数|人次数)$")


def stated_name(key: str) -> str:
    """The name of what a figure counts as a statement of it reads (for one metric stated twice, LG210): the metric
    key without the deed words at its edges (实现地区生产总值 and 地区生产总值, 一般公共预算收入完成 and 一般公共预算收入 name
    one metric; 完成率, 任务完成 keep theirs: at least three characters are left; 发生火灾事故 is 火灾事故), without a count
    word closing it (火灾事故起数 is 火灾事故) and without 各类/各项/各种 (受理各类法律援助案件 is 受理法律援助案件: all kinds
    are the whole)."""
    k = _ALL_KINDS.sub("", key)
    k = _COUNT_TAIL.sub("", k)
    k = _DONE_EDGE.sub("", k)
    return k if len(k) >= 3 else key


#: an agent named as one body of one level (区司法局, 市法律援助中心, 县人民法院): its figure is that body's, a part of the
#: area's — not the whole stated without an agent (市场监管部门, 区域 are no level)
_ONE_BODY = lazyre.compile(r"[省市区县镇乡](?![场民域级])")


def without_agent(key: str) -> str:
    """A statement's name without who does its action (行政机关办理一审行政应诉案件 → 办理一审行政应诉案件): the words before
    the first action word (:data:`_ACTIONS`) dropped when they may name an agent (no scope or narrowing word —
    :data:`_NOT_AGENT` —, no deed of their own — :data:`_AGENT_NOT` —, at least two characters) and the action is followed
    by at least three characters; else the key itself.  :func:`same_metric` of the result and a key without an action
    (一审行政应诉案件) reads the action left off."""
    m = _ACTIONS.search(key, 2)
    if m is None or len(key) - m.end() < 3:
        return key
    rest = key[:m.start()]
    if _NOT_AGENT.search(rest) is not None or _AGENT_NOT.search(rest) is not None or _ACTIONS.search(rest) is not None \
            or _ONE_BODY.match(rest) is not None:
        return key
    return key[m.start():]


def carried_object(before: str, action: str) -> str:
    """The name of a figure stated by its action alone after another figure of its clause chain (收到行政复议申请1,286件，
    依法受理1,152件: 受理 is 受理行政复议申请), or by a short rate name (受理群众诉求28.6万件，满意率96.4%: 满意率 is
    群众诉求满意率): the action and the object of the action named before (the words after the last action word of
    ``before``, at least three characters), or that object and the rate's name; ``""`` when ``action`` is neither or
    ``before`` names no object so."""
    rate = _ACTIONS.fullmatch(action) is None
    if rate and (len(action) > 3 or _RATE_TAIL.search(action) is None):
        return ""
    last = None
    for last in _ACTIONS.finditer(before):
        pass
    if last is None or len(before) - last.end() < 3:
        return ""
    return before[last.end():] + action if rate else action + before[last.end():]


def same_metric(a: str, b: str) -> bool:
    """Whether two metric keys name one metric stated twice (one figure's identity across its mentions): equal keys;
    or equal once the words saying how the metric is counted are dropped (实有 / 现有 before it, 总量 / 总数 after it:
    年末实有市场主体 and 市场主体总量 are 市场主体); or the longer adds only who does it before the same action and object
    (调解组织办理民事调解案件 / 办理民事调解案件: the shorter opens with an action word and the longer's extra words
    hold no scope or narrowing word — 城镇, 农村, 规模以上, 新增, 累计, 入境, 涉企 name another metric).  Never a
    per-capita key with a total, never a key of one character; and a key with its action left off (法律援助案件 /
    办理法律援助案件, 税收收入 / 实现税收收入)."""
    if not a or not b:
        return False
    if a == b:
        return len(a) >= 2
    if ("人均" in a) != ("人均" in b):
        return False
    a2, b2 = _NEUTRAL.sub("", a), _NEUTRAL.sub("", b)
    if a2 == b2:
        return len(a2) >= 3
    short, long_ = sorted((a2, b2), key=len)
    if len(short) < 4 or not long_.endswith(short):
        return False
    rest = long_[:-len(short)]
    if _ACTIONS.fullmatch(rest) or rest in ("实现", "完成"):
        return True     # 法律援助案件 / 办理法律援助案件: the action left off (as key_match reads it)
    if _RATE_TAIL.search(short) and len(rest) >= 2 and _NOT_AGENT.search(rest) is None:
        return True     # 政务服务事项网上可办率 / 网上可办率: a rate named with what it is of (not 城镇登记失业率 / 登记失业率)
    if _ACTIONS.match(short) is None:
        return False
    # (an agent may be named by its action, 调解组织; never a verb of its own right before the action, nor one body of
    # one level, 区司法局)
    return len(rest) >= 2 and _NOT_AGENT.search(rest) is None and _AGENT_NOT.search(rest) is None \
        and _ACTIONS.search(rest[-2:]) is None and _ONE_BODY.match(rest) is None


#: a figure restated right after another in another form or scale, joined by a word saying it is the same value
#: (新登记市场主体2.86万户，即28,617户 / 查出问题金额4.34亿元（合43,400万元） / 共1.2万人，也就是12,036人)
_APPOSED = lazyre.compile(r"\s*[，,（(]?\s*(?:即|亦即|也就是|也即|合)\s*")


def apposed(text: str, first_end: int, second_start: int) -> bool:
    """Whether the figure starting at ``second_start`` restates the one ending at ``first_end`` as an apposition
    (…2.86万户，即28,617户; …4.34亿元（合43,400万元）): nothing but a comma or bracket and 即/亦即/也就是/合 between them,
    so the two name one value of one metric — in the same unit they must agree at their printed precision."""
    return second_start - first_end <= 8 and _APPOSED.fullmatch(text, first_end, second_start) is not None


def name_tail(name: str) -> str:
    """The last two characters of a metric's name once the words saying how it is counted are dropped (信访事项总量 →
    事项, 年末实有市场主体 → 主体): names of one metric stated with and without 总量/总数/人数 end alike."""
    k = _NEUTRAL.sub("", name) if len(name) > 3 else name
    return (k if len(k) >= 2 else name)[-2:]


#: a level stated as the whole its parts are read in (新办纳税人12,618户中，企业…)
_WHOLE_NEXT = lazyre.compile(r"\s*中[，,]")


def whole_next(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is stated as the whole its parts are read in (新办纳税人12,618户中，企业6,852户):
    a level stated, not a plan."""
    return _WHOLE_NEXT.match(text, end) is not None


#: words of a name that hold 均 and say no mean (优质均衡发展, 均等化, 均匀)
_EVEN_WORDS = lazyre.compile(r"均(?=[衡等匀])")


#: the cumulative of the year itself (全年累计, 年内累计, 今年以来…累计): the year's figure, not one of several years
_YEAR_CUMULATIVE = lazyre.compile(r"(?<=全年|年内|本年|当年|今年)累计|(?<=今年)以来(?=[，,]?[\u4e00-\u9fff]{0,8}?(累计)?)")
_CUMULATIVE_AFTER_SINCE = lazyre.compile(r"(?<=今年〇〇)([，,]?[\u4e00-\u9fff]{0,8}?)累计")


def guard_text(text: str, this_year: bool = False) -> str:
    """``text`` with the words that look like a guard of LG210 and are none masked, the length kept: 均 of 均衡/均等/均匀
    (优质均衡发展, 均等化: no mean, as 日均, 平均, 均为 are); and, when ``this_year`` (a document whose 今年 is the year it
    reports on: no work report, delivered in the year after the one reviewed), the cumulative of the year (全年累计, 年内
    累计, 今年以来…累计: the year's figure).  For the guards' searches only."""
    if "均" in text:
        text = _EVEN_WORDS.sub("〇", text)
    if this_year and ("累计" in text or "今年以来" in text):
        text = _YEAR_CUMULATIVE.sub(lambda m: "〇" * len(m.group()), text)
        text = _CUMULATIVE_AFTER_SINCE.sub(lambda m: m.group(1) + "〇〇", text)
    return text


#: after a figure, a list break and the next item with a name of its own and its figure (办理人大代表建议326件、政协提案218件)
_NAMED_ITEM_NEXT = lazyre.compile(r"\s*[、和及与]\s*[\u4e00-\u9fff]{3,16}?\d")


def named_item_next(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` closes an item of a list whose next item names its own metric before its
    figure (全年办理人大代表建议326件、政协提案218件): the figure is its own item's, named by the words before it — not an
    item whose noun comes later (新增病床3000张、2000张)."""
    return _NAMED_ITEM_NEXT.match(text, end) is not None


def metric_identity(key: str) -> str:
    """One metric's identity across the statements of a document, for indexing them in a dictionary (linear: never
    all pairs): :func:`stated_name` (deed words at the edges, 各类, a closing count word dropped) then
    :func:`restated_identity` (the other names of one metric folded — 经济总量 / 地区生产总值, 基本医保 / 基本医疗保险, 电诈 /
    电信网络诈骗, 社零总额 / 社会消费品零售总额 —, 总量/总数/人数 dropped, the characters in any order).  Two keys with
    one identity name one metric; the period, scope, measure and role of the figure complete the key a rule groups by
    (LG210: rules/restated.py)."""
    return restated_identity(stated_name(key))
