"""Drafting residue (LGA3x): placeholders and instructions left in a report.

* LGA31 placeholder-left — XX局、×××同志、20XX年、某某单位、【待补充】、（此处插入数据）、
  【示例】: a name, figure or passage the drafter meant to fill in.

An anonymised party (张某某, 王某) is not a placeholder: 某某 after a surname is how published
cases are written.  Prose that merely uses the words (以道南园社区为模板, 有待补充完善) is not
reported; only bracketed instructions and standalone marks are.
"""
from __future__ import annotations

from lintgov import hookimpl
from lintgov import lazyre
from lintgov.rule import Rule, bad, good

_X = "XxＸｘ×╳✕"
#: XX局, ×××同志, 20XX年, XX万元, X月X日: runs of X next to Chinese text or figures
_XRUN = lazyre.compile(
    rf"(?<![A-Za-z])(?:[{_X}]{{2,}}|(?<=\d)[{_X}]{{1,2}}(?=年)|[{_X}](?=[年月日](?:[{_X}\d]|$))|(?<=[年月])[{_X}](?=[月日]))"
    rf"(?![A-Za-z])")
#: 某某 as a name or figure: not after a surname (张某某 is an anonymised party)
_MOUMOU = lazyre.compile(r"某某+(?=[\u4e00-\u9fff\d]|$)")
#: bracketed drafting instructions: 【待补充】 （此处插入…） [示例] 【模板】
_INSTRUCTION = lazyre.compile(
    r"[【\[［〔（(]\s*(?:此处|这里|待补充|待补|待定|待填|待核|待核实|待更新|请补充|请填写|需补充|补充数据|填写|插入|"
    r"示例|模板|范例|样例|TODO|TBD|FIXME)[^】\]］〕）)\n]{0,40}[】\]］〕）)]")
#: marks left bare: TODO, □□, ＊＊＊
_BARE = lazyre.compile(r"\bTODO\b|\bTBD\b|\bFIXME\b|□{2,}|＊{2,}|(?<![*\w])\*{3,}(?![*\w])")
#: common surnames: 张某某 is an anonymised person, not a placeholder
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
    "靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")


class PlaceholderLeft(Rule):
    code = "LGA31"
    name = "placeholder-left"
    category = "drafting"
    level = "error"
    authority = "《党政机关公文处理工作条例》第十九条（内容准确、文字精练）；《政府网站与政务新媒体检查指标》（内容残缺、错误）"
    summary = {"zh": "正文中残留占位符或起草说明：XX局、×××同志、20XX年、某某单位、【待补充】、（此处…）、【示例】。",
               "en": "A placeholder or drafting instruction left in the text: XX局, ×××同志, 20XX年, 某某单位, "
                     "【待补充】, （此处…）, 【示例】."}
    description = {
        "zh": "起草时留下的占位符（用XX、×××、某某代替名称或数字）和括号中的起草说明（待补充、此处插入、示例、模板）"
              "发布前必须替换或删除。姓氏后的“某某”（张某某）是公开案例中对当事人的通行写法，不报告；"
              "正文中普通使用这些词（以某社区为模板、有待补充完善）不报告，只报告括号中的说明和单独的标记。",
        "en": "Placeholders (XX, ×××, 某某 standing for a name or a figure) and bracketed drafting instructions "
              "(待补充, 此处插入, 示例, 模板) must be replaced or removed before publication. 某某 after a surname "
              "(张某某) is how published cases name parties and is not reported; prose that merely uses these words "
              "(以某社区为模板, 有待补充完善) is not reported, only bracketed instructions and standalone marks.",
    }
    messages = {
        "default": {"zh": "残留占位符“{found}”", "en": "placeholder “{found}” left in the text"},
        "instruction": {"zh": "残留起草说明“{found}”", "en": "drafting instruction “{found}” left in the text"},
    }
    examples = (
        bad("XX局认真落实行政执法三项制度。"),
        bad("全年办理行政复议案件×××件。"),
        bad("20XX年，我区法治政府建设取得积极成效。"),
        bad("某某单位负责人出庭应诉12次。"),
        bad("全年共受理行政复议申请【待补充】件。"),
        bad("（此处插入年度数据表）\n全年办结案件100件。"),
        good("依法审结张某某诉某区人民政府行政复议案。", note="an anonymised party"),
        good("以道南园社区为模板，按照“以党建引领”的思路推进，有待补充完善的制度及时修订。"),
        good("引进XR、X射线检测等技术。"),
    )

    def check(self, doc, ctx):
        from lintgov.scripts import simplified_text
        text = simplified_text(doc)
        kinds = frozenset({"url", "email", "code"})
        taken = []

        def free(s, e):
            # (masked_char_in: a masked copy of the whole text only for these few spans was +34 MiB on the 50 MB file)
            return not any(a < e and s < b for a, b in taken) and not doc.masked_char_in(s, e, kinds)

        for m in lazyre.finditer(_INSTRUCTION, text):
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                yield self.finding(doc, m.start(), m.end(), "instruction", found=doc.text[m.start():m.end()])
        for pat in (_XRUN, _BARE):
            for m in lazyre.finditer(pat, text):
                if free(m.start(), m.end()):
                    taken.append((m.start(), m.end()))
                    yield self.finding(doc, m.start(), m.end(), found=doc.text[m.start():m.end()])
        for m in _MOUMOU.finditer(text):
            prev = text[m.start() - 1:m.start()]
            if prev and prev in _SURNAMES:
                continue
            if free(m.start(), m.end()):
                taken.append((m.start(), m.end()))
                yield self.finding(doc, m.start(), m.end(), found=doc.text[m.start():m.end()])


@hookimpl
def lintgov_rules():
    return [PlaceholderLeft]
