"""Names of people, places and products in a document: spans no fix may rewrite automatically.

A shared service (:func:`spans_of`): the fix engine asks it whether an
edit touches a name and, if so, never applies the edit on its own — the
finding is still reported, with its fix demoted to a suggestion and a note
that the text could be a name (:func:`guard_findings`, run centrally by the
engine on every rule's findings).

Characters such as 范 余 於 于 叶 萧 云 钟 姜 沈 郁 适 丑 are surnames or name
characters *and* have another form in the other script (範 餘 于 於 葉 肖 雲 鐘
薑 瀋 鬱 適 醜), so a script converter or a fix would turn 區長范曉東 into
範曉東.  What counts as a name here (over-protecting costs only an automatic
fix; under-protecting damages a draft):

* ``person``: a common surname after a title or role (区长、副区长、书记、主任、
  局长、同志、委员… and their traditional forms) and the one or two characters
  after it (区长范晓东, 副區長余建國); a surname-led run of two to four
  characters before 同志/先生/女士 or a title (范晓东同志, 余建国副区长); a run
  led by one of the ambiguous name characters standing alone between list
  separators (…范晓东、余建国等); a name after 姓名：; a short quoted name
  (“於建国”).
* ``place``: a run ending in a geographical word (河 江 溪 湖 山 村 镇…) that
  contains a character only names use in that script (濛溪河).
* ``product``: known product and project names (昇腾, 鲲鹏, 鸿蒙…) and any run
  led by a name-only character (昇…).

Everything is a handful of regular expressions over the text: linear in its size.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Iterable, List, Optional, Sequence

from . import regexlite as regex

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document
    from .rule import Finding

#: surnames and name characters with another form in the other script (the characters a fix damages)
AMBIGUOUS_NAME_CHARS = "范範余於于叶葉萧蕭肖云雲钟鍾鐘姜沈瀋郁鬱适適丑醜周冯馮庄莊谷宁寧甯党黨佘吕呂卜朴曲系后彭游岳征杰傑洁秋凌朱阎閻闫閆仇干乾斗历曆志占冲"
#: characters that in running text of their script appear only in names (昇腾, 濛溪河)
NAME_ONLY_CHARS = "昇濛堃喆淼犇焱垚鑫骞騫翀"
#: name characters that make a run ending in a geographical word a place name (濛溪河, 瀋陽, 范家村)
PLACE_NAME_CHARS = "范余於于叶葉萧蕭云雲钟鍾姜沈瀋郁适丑"
#: common surnames (simplified and traditional), single characters
SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾"
    "肖萧蕭田董袁潘于於蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范範金石廖贾賈夏韦韋"
    "付傅方白邹鄒孟熊秦邱江尹薛闫閆阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯"
    "常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包"
    "宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈"
    "饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏"
    "席卫衛米杭桂云雲郁适丑仇查洪巫沙邝鄺全佘甄秋蔺藺卞刁宗荣榮姬隋仲鞠苟甯闵閔池乐樂巩鞏佟雍"
)
COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "东方", "東方", "司徒", "慕容",
                     "夏侯", "皇甫", "尉迟", "尉遲", "公孙", "公孫", "令狐", "长孙", "長孫", "宇文", "端木")
#: titles and roles a name follows or precedes (simplified and traditional)
TITLES = (
    "区长", "區長", "县长", "縣長", "市长", "市長", "省长", "省長", "镇长", "鎮長", "乡长", "鄉長", "州长", "州長",
    "旗长", "旗長", "书记", "書記", "主任", "局长", "局長", "处长", "處長", "科长", "科長", "厅长", "廳長",
    "部长", "部長", "院长", "院長", "庭长", "庭長", "检察长", "檢察長", "主席", "委员", "委員", "常委",
    "秘书长", "秘書長", "祕書長", "队长", "隊長", "所长", "所長", "站长", "站長", "组长", "組長", "村长", "村長",
    "董事长", "董事長", "总经理", "總經理", "经理", "經理", "负责人", "負責人", "代表", "教授", "律师", "律師",
    "法官", "检察官", "檢察官", "司长", "司長", "署长", "署長", "主管", "专员", "專員", "巡视员", "巡視員",
    "调研员", "調研員", "督察长", "督察長", "审判长", "審判長", "院士", "同志",
)
#: words after which a person's name is introduced (姓名：范晓东)
LABELS = ("姓名", "联系人", "聯繫人", "聯絡人", "负责人", "負責人", "主持人", "报告人", "報告人", "签发人", "簽發人")
#: geographical words a place name ends with
PLACE_WORDS = ("河", "江", "溪", "湖", "山", "峰", "岭", "嶺", "湾", "灣", "岛", "島", "村", "镇", "鎮", "乡", "鄉",
               "街道", "路", "桥", "橋", "港", "塘", "洲", "坝", "壩", "峡", "峽", "谷", "县", "縣", "市", "州")
#: product and project names (both scripts)
PRODUCTS = ("昇腾", "昇騰", "鲲鹏", "鯤鵬", "鸿蒙", "鴻蒙", "飞腾", "飛騰", "龙芯", "龍芯", "麒麟", "昇思", "欧拉",
            "歐拉", "天河", "神威", "北斗", "悟空", "嫦娥", "天宫", "天宮", "蛟龙", "蛟龍", "复兴号", "復興號")
#: two-character words that start with an ambiguous name character but are not names (于是, 范围…)
NOT_NAMES = frozenset((
    "于是", "於是", "于此", "於此", "余下", "余额", "餘額", "范围", "範圍", "范本", "范例", "云云", "周年", "周期",
    "周边", "周邊", "周围", "周圍", "系统", "系統", "后续", "後續", "后期", "後期", "后果", "後果", "征收", "征求",
    "志愿", "志願", "历史", "歷史", "党委", "黨委", "党组", "黨組", "党员", "黨員", "党建", "黨建", "党政", "黨政",
    "朱红", "曲线", "曲線", "冲突", "衝突", "占比", "占用", "谷歌", "宁静", "寧靜", "干部", "幹部", "斗争", "鬥爭",
))

# after a name, words that end it (a 3rd character that is one of these is not part of the name)
_NAME_STOP = "的在主出同等和与與及为為对對要是就到带帶率赴指强強讲講了也都还還又已将將把被向从從作代提说說表召参參会會陪深来來去前亲親分牵牽负負兼任担擔首一二三四五六七八九十现現已"

_HAN = r"\p{Han}"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + SURNAMES + "])"


def _alt(words: Iterable[str]) -> str:
    # longest first; equal lengths in a fixed order, so that the pattern is the same string in every
    # process (the compiled-pattern cache, lintgov.recache, is keyed by it)
    return "|".join(sorted(set(words), key=lambda w: (-len(w), w)))


# a name after a title: 区长范晓东, 副區長余建國, 区委副书记、区长於建国 (the name is group "n")
_AFTER_TITLE = regex.compile(rf"(?:副|常务|常務|代理|原)?(?:{_alt(TITLES)})(?P<n>{_SURNAME}{_HAN}{{1,2}})")
# a name before 同志 or a title: 范晓东同志, 余建国副区长
_BEFORE_TITLE = regex.compile(rf"(?P<n>{_SURNAME}{_HAN}{{1,2}})(?=(?:副|常务|常務)?(?:{_alt(TITLES)}|先生|女士))")
# a run led by an ambiguous name character, alone between separators: …、范晓东、余建国等
_LISTED = regex.compile(rf"(?:^|(?<=[、，,：:；;（(\s“「]))(?P<n>[{AMBIGUOUS_NAME_CHARS}]{_HAN}{{1,2}})(?=[、，,；;）)”」\s]|等|$)",
                        regex.M)
# a run led by an ambiguous name character in a list: 有范晓东、余建国
_IN_LIST = regex.compile(rf"(?P<n>[{AMBIGUOUS_NAME_CHARS}]{_HAN}{{1,2}})(?=、)|(?<=、)(?P<n>[{AMBIGUOUS_NAME_CHARS}]{_HAN}{{1,2}})")
_LABELLED = regex.compile(rf"(?:{_alt(LABELS)})[:：]\s*(?P<n>{_HAN}{{2,4}})")
_QUOTED = regex.compile(rf"[“「‘](?P<n>{_SURNAME}{_HAN}{{1,3}})[”」’]")
_PLACE = regex.compile(rf"(?P<n>{_HAN}{{0,2}}[{NAME_ONLY_CHARS}{PLACE_NAME_CHARS}]{_HAN}{{0,3}}?(?:{_alt(PLACE_WORDS)}))")
_PRODUCT = regex.compile(rf"(?P<n>{_alt(PRODUCTS)}|[{NAME_ONLY_CHARS}]{_HAN}{{1,2}})")


@dataclass(frozen=True)
class NameSpan:
    """A proper name in the text (person, place or product) that fixes must not touch."""
    start: int
    end: int
    kind: str       # "person", "place", "product"
    text: str


def _trim(text: str, a: int, b: int) -> int:
    """End of a name run ``text[a:b]``: drop a last character that usually follows a name."""
    if b - a >= 3 and text[b - 1] in _NAME_STOP:
        return b - 1
    return b


def find_names(text: str) -> List[NameSpan]:
    """Name spans in ``text``, sorted and merged (overlapping spans become one)."""
    raw = []
    for pat, kind in ((_AFTER_TITLE, "person"), (_BEFORE_TITLE, "person"), (_LABELLED, "person"),
                      (_QUOTED, "person"), (_PRODUCT, "product"), (_PLACE, "place")):
        for m in pat.finditer(text):
            a, b = m.span("n")
            if kind == "person":
                b = _trim(text, a, b)
            raw.append((a, b, kind))
    for pat in (_LISTED, _IN_LIST):
        for m in pat.finditer(text):
            a, b = m.span("n")
            if text[a:a + 2] not in NOT_NAMES:
                raw.append((a, _trim(text, a, b), "person"))
    raw.sort()
    out: List[NameSpan] = []
    for a, b, kind in raw:
        if out and a < out[-1].end:
            last = out[-1]
            if b > last.end:
                out[-1] = NameSpan(last.start, b, last.kind, text[last.start:b])
            continue
        out.append(NameSpan(a, b, kind, text[a:b]))
    return out


def overlapping(spans: Sequence[NameSpan], start: int, end: int) -> Optional[NameSpan]:
    """The first name span ``[start, end)`` touches (an insertion touches a span it falls strictly inside)."""
    if not spans:
        return None
    starts = [s.start for s in spans] if not hasattr(spans, "starts") else spans.starts  # type: ignore[attr-defined]
    i = bisect.bisect_right(starts, start) - 1
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            s = spans[j]
            if start == end:
                if s.start < start < s.end:
                    return s
            elif start < s.end and s.start < end:
                return s
    return None


class _Spans(list):
    """A sorted list of :class:`NameSpan` with the starts kept for bisection."""

    def __init__(self, spans: List[NameSpan]) -> None:
        super().__init__(spans)
        self.starts = [s.start for s in spans]


def spans_of(doc: "Document") -> List[NameSpan]:
    """The name spans of ``doc`` (computed once per document)."""
    cached = doc.__dict__.get("_lintgov_name_spans")
    if cached is None:
        cached = _Spans(find_names(doc.text))
        doc.__dict__["_lintgov_name_spans"] = cached
    return cached


_COLON_END = regex.compile(r"[:：]\s*$")


def _window(doc: "Document", start: int, end: int) -> "tuple[int, int]":
    """Whole lines of ``doc`` around ``[start, end)`` whose name spans are the document's.

    Every span lies within one line (spans are runs of Han characters) and only the labelled
    pattern (姓名：…) matches across a line break, through a colon and blank space: the window
    runs from the end of the line holding ``end`` back over the line holding ``start``, the
    blank lines before it and every earlier line that ends with a colon, so a scan of the
    window starts where a scan of the whole text starts afresh."""
    starts, lines = doc.line_starts, doc.lines
    first = doc.line_index(start)
    last = doc.line_index(end)
    i = first
    while i > 0:
        prev = lines[i - 1]
        if prev.strip() and not _COLON_END.search(prev):
            break
        i -= 1
    return starts[i], starts[last] + len(lines[last])


def spans_near(doc: "Document", start: int, end: int) -> List[NameSpan]:
    """The name spans of ``doc`` on the lines around ``[start, end)`` (see :func:`_window`):
    what :func:`spans_of` holds there, found without scanning the whole document."""
    ws, we = _window(doc, start, end)
    cache = doc.__dict__.setdefault("_lintgov_name_windows", {})
    got = cache.get((ws, we))
    if got is None:
        got = _Spans([NameSpan(s.start + ws, s.end + ws, s.kind, s.text) for s in find_names(doc.text[ws:we])])
        cache[(ws, we)] = got
    return got


_KIND_TEXT = {
    "person": ("人名", "a person's name"),
    "place": ("地名", "a place name"),
    "product": ("产品或项目名称", "a product or project name"),
}


def guard_findings(findings: Iterable["Finding"]) -> None:
    """Demote every fix whose edits touch a name to a suggestion that is never applied
    automatically (not even with ``--unsafe-fixes``), and say so in the finding."""
    for f in findings:
        fix = f.fix
        if fix is None or fix.display_only or not fix.edits or not f.doc.text:
            continue
        hit = None
        for e in fix.edits:
            # the lines around the edit, not the whole document: most documents have fixes, few have names
            hit = overlapping(spans_near(f.doc, e.start, e.end), e.start, e.end)
            if hit is not None:
                break
        if hit is None:
            continue
        zh, en = _KIND_TEXT[hit.kind]
        desc = dict(fix.description)
        desc["zh"] = f"{desc.get('zh', '')}（“{hit.text}”可能是{zh}，不自动修改）"
        desc["en"] = f"{desc.get('en', '')} (“{hit.text}” could be {en}; not changed automatically)"
        f.fix = replace(fix, safe=False, display_only=True, description=desc)
        f.notes.append({"zh": f"“{hit.text}”可能是{zh}，未自动修改", "en": f"“{hit.text}” could be {en}; not fixed automatically"})
        f.evidence.setdefault("possible_name", {"text": hit.text, "kind": hit.kind, "start": hit.start, "end": hit.end})
