"""LG103, issue 10 (levels17): a whole named as the total of a head (总 right before the words its figure measures:
全区总装机, 企业总资产, 水产品总产量) holds any figure named later in its sentence by that head with a qualifier before it
(风电装机, 国有净资产, 水产品养殖产量) — a kind of what the total sums, with no 其中 between (``claims.binding.total_head`` and
``narrows(head=…)``).  Phrasings are lintgov's own.

The words before 总 (less scope and time words) must be none or share a word with the
part's qualifier: 耕地总面积 does not hold 林地面积, nor 户籍总人口 流动人口.

Silent for 总 that opens the name of a body (总医院, 总部: the words after it name that body's things), a qualifier naming
another period, a plan, a change, a mean or a per-unit figure (上年, 计划, 新增…比上年, 人均, 单位), another scope (全国
after 全市), another measure word, and a part the rounding of the printed figures still allows."""
import pytest

from lintgov.claims.binding import narrows, total_head
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code == "LG103"]
HEAD = "2025年政府工作报告\n一、过去一年的工作回顾\n"


def codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


# (text with {} for the part, consistent value, wrong value)
FOUND = [
    # capacity: the total, then one kind of it in the next clause
    ("全市总装机达到6,350万千瓦，光伏装机达{}万千瓦。", "1,820", "6,820"),
    # assets: the net assets of the same enterprises (no figure names them again)
    ("年末区属国有企业总资产2,864亿元，国有净资产{}亿元。", "961", "3,061"),
    # output in tonnes, the part's own verb, a remark clause between
    ("全年水产品总产量4.2万吨，保持稳定，水产品养殖产量{}万吨。", "2.6", "5.6"),
    # area, a ；between the clauses
    ("全县总面积86万亩，山地面积{}万亩。", "54", "96"),
    # people, the part named with no subject of the whole before 总
    ("年末总人口318万人，农业人口{}万人。", "126", "336"),
    # length, the whole and the part in Chinese numerals of ten thousands
    ("全省公路通车总里程二十一万公里，农村公路里程{}万公里。", "十八", "二十四"),
    # the part in a later sentence of the section, another figure's sentence between
    ("全市总装机达到6,350万千瓦。全年发电量2,410亿千瓦时。光伏装机达{}万千瓦，居全省首位。", "1,820", "6,820"),
    ("年末区属国有企业总资产2,864亿元，增长8.1%。国有净资产{}亿元。", "961", "3,061"),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_kind_of_the_head_a_total_names(body, ok, wrong):
    assert "LG103" not in codes(HEAD + body.format(ok))
    assert "LG103" in codes(HEAD + body.format(wrong))


SILENT = [
    # 总 opens a body's name: its beds are not a total of beds
    "市第一总医院病床2,100张，妇幼保健院病床2,600张。",
    # another scope after the whole: the country's figure
    "全市总装机达到6,350万千瓦，全国风电装机达52,000万千瓦。",
    # a mean of the head is no part of its total
    "全市储蓄存款总余额3,200亿元，人均储蓄存款余额16万元。",
    # a change of the head over last year, stated as a figure of its own
    "全区总人口182万人，比上年增加常住人口4万人。",
    # another period: last year's level of the same head
    "全县粮食总产量41万吨，上年粮食产量43万吨。",
    # the rounding of the printed figures allows the part (2.5万 may be as much as the total's 2.5万)
    "全市公路总里程2万公里，高速公路里程2.5万公里。",
    # siblings under one head: the words before 总 name a kind the part's qualifier does not share
    "全县耕地总面积86万亩，林地面积120万亩。",
    "年末户籍总人口318万人，流动人口420万人。",
    "全市电力总装机达到6,350万千瓦，热电联产机组装机7,000万千瓦。",
    # the same siblings a sentence apart
    "全县耕地总面积86万亩。持续推进国土绿化。林地面积120万亩。",
    "年末户籍总人口318万人。全年出生人口2.1万人。流动人口420万人。",
    # a plan's figure after the year's total
    "全市电力总装机达到6,350万千瓦，计划新能源装机8,000万千瓦。",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent_when_the_figure_is_no_kind_of_the_total(text):
    assert "LG103" not in codes(HEAD + text)


def test_the_head_a_total_names():
    assert total_head("全市电力总装机") == "装机"
    assert total_head("年末区属国有企业总资产") == "资产"
    assert total_head("全市电力总装机达到") == "装机"
    assert total_head("市第一总医院病床") == ""      # 总 of a body's name, and the words after it are four
    assert total_head("集团总部员工") == ""
    assert total_head("全县耕地总面积", "林地面积") == ""
    assert total_head("全县耕地总面积", "基本耕地面积") == "面积"
    assert narrows("光伏装机", "电力装机", head="装机") == "光伏"
    assert narrows("人均装机", "电力装机", head="装机") is None
    assert narrows("光伏装机", "电力装机") is None   # without the total, 装机 alone is too short a whole's name


def test_the_nearer_kind_is_the_whole_of_a_later_sentence():
    # 养殖产量 is a kind of 水产品总产量 (same sentence); a later sentence's 特种水产品养殖产量 is bound to 养殖产量, the
    # nearer whole named by its own words narrowed — the total of the head does not make the binding ambiguous
    body = "全年水产品总产量38,200吨，养殖产量29,400吨，养殖面积5.1万亩。特种水产品养殖产量{}吨，品种主要为泥鳅。"
    assert "LG103" not in codes(HEAD + body.format("12,600"))
    assert "LG103" in codes(HEAD + body.format("31,600"))     # over 养殖产量, under 水产品总产量
    assert "LG103" in codes(HEAD + body.format("41,600"))
