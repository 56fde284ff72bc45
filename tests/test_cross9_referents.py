"""A figure whose sentence names its metric only by pointing back (这一数字, 该指标), by the metric's head (产量 for
新能源汽车产量) or not at all, after an opening time label and its comma (2024年，…): the metric the sentence before names
at its first figure (``claims.lookback.elided_subject``, ``refers_back``), read by the growth (LG201), multiple (LG205)
and average (LG208) relations against that year's level.  Wordings are lintgov's own (cross9)."""
import pytest

from lintgov.claims.lookback import _head_of, refers_back
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.code in ("LG201", "LG202", "LG205", "LG208")]


def codes(text):
    return [f.code for f in lint_text(text + "\n", RULES, registry=REG)]


# (text with {} for the derived figure, consistent value, wrong value)
FOUND = [
    # 这一数字 after the year and its comma: growth against the sentence before
    ("2023年全市接待入境游客86.2万人次。2024年，这一数字攀升至132.5万人次，增长{}%。", "53.7", "63.7"),
    # 该数字, Chinese numerals, 同比
    ("2023年，全区受理行政复议申请四百一十二件。2024年，该数字增至五百零六件，同比增长{}%。", "22.8", "28.8"),
    # the metric's head (产量) and a multiple of the named year
    ("2019年全市新能源汽车产量为2.1万辆。2024年产量达到13.6万辆，是2019年的{}倍。", "6.5", "4.5"),
    # the sentence before opens with its year and a comma; the later one names nothing (average over four years)
    ("2020年，全市公证办证量为8,620件。2024年达到11,820件，年均增长{}%。", "8.2", "14.2"),
    # …or names the head after its comma
    ("2020年，全市公证办证量为8,620件。2024年，办证量达到11,820件，年均增长{}%。", "8.2", "12.2"),
]


@pytest.mark.parametrize("body,ok,wrong", FOUND)
def test_a_figure_refers_to_the_metric_the_sentence_before_names(body, ok, wrong):
    assert codes(body.format(ok)) == []
    assert codes(body.format(wrong)) != []


SILENT = [
    # a head with a character that makes another metric (出口额 is no head of 进出口额)
    "2023年全市进出口额1,000亿元。2024年出口额达到600亿元，增长20%。",
    # a head after a modifier of kind or scope (农村居民 / 税收 / 新增 name other metrics)
    "2023年全市农村居民人均可支配收入2.1万元。2024年人均可支配收入达到2.6万元，增长8%。",
    "2023年全市税收收入80亿元。2024年收入达到120亿元，增长6%。",
    "2023年全区新增市场主体2.1万户。2024年总量达到25万户，增长8%。",
    # a part of the year
    "2023年全市接待入境游客86.2万人次。2024年上半年，这一数字达到70万人次，增长20%。",
    # another metric named in full
    "2023年全市接待入境游客86.2万人次。2024年，国内游客达到1,320万人次，增长20%。",
    # the figure is not the first of its sentence's first clause
    "2023年全市接待入境游客86.2万人次。2024年，旅游市场加快回暖，这一数字攀升至132.5万人次，增长20%。",
    # the sentence before opens with no time label
    "全市接待入境游客86.2万人次。2024年，这一数字攀升至132.5万人次，增长20%。",
]


@pytest.mark.parametrize("body", SILENT)
def test_silent_when_the_figure_does_not_point_back(body):
    assert codes(body) == []


def test_heads_and_keys():
    assert _head_of("产量", "新能源汽车产量")
    assert _head_of("办证量", "公证办证量")
    assert not _head_of("汽车产量", "新能源汽车产量")     # four characters: a metric of its own
    assert not _head_of("出口额", "进出口额")
    assert not _head_of("收入", "一般公共预算收入")
    assert refers_back("这一数字攀升至") and refers_back("办理") and refers_back("产量")
    assert not refers_back("接待入境游客")


# a text whose year is not known: a sentence opening with its year and a comma frames the sentences after it
FRAMED = [
    ("2023年全区共办理法律援助案件1,496件。2024年，我们进一步降低法律援助门槛。全年办理法律援助案件1,642件，同比上升{}%。",
     "9.8", "15.8"),
    ("2023年，全市受理消费投诉8,120件。2024年，市场监管部门开通线上调解通道，全年共受理消费投诉九千零六十件，比上年增长{}%。",
     "11.6", "17.6"),
]


@pytest.mark.parametrize("body,ok,wrong", FRAMED)
def test_the_year_a_sentence_before_opens_with_frames_the_figure(body, ok, wrong):
    assert codes(body.format(ok)) == []
    assert codes(body.format(wrong)) != []


NOT_FRAMED = [
    # the prior is two years before the frame
    "2022年全区共办理法律援助案件1,496件。2024年，我们进一步降低法律援助门槛。全年办理法律援助案件1,642件，同比上升15.8%。",
    # a part of the year opens the sentence before: no frame of a year
    "2023年全区共办理法律援助案件1,496件。2024年上半年，我们进一步降低法律援助门槛。全年办理法律援助案件1,642件，同比上升15.8%。",
    # the year is not a frame (no comma after it, inside the sentence)
    "2023年全区共办理法律援助案件1,496件。我们在2024年进一步降低法律援助门槛。全年办理法律援助案件1,642件，同比上升15.8%。",
]


@pytest.mark.parametrize("body", NOT_FRAMED)
def test_silent_without_a_frame_of_the_year_after_the_prior(body):
    assert codes(body) == []


# a value stated for a kind of the metric (新能源汽车产量) is no value of the metric (汽车产量), nor the reverse
KINDS = [
    "2023年全市新能源汽车产量为2.1万辆。2024年汽车产量达到30万辆，增长10%。",
    "2023年，全市公证办证量为8,620件（含涉外公证）。2024年，全市民事公证办证量达到5,000件，增长12%。",
    "2019年全市民营企业进出口额为300亿元。2024年全市进出口额达到900亿元，年均增长6.0%。",
]


@pytest.mark.parametrize("body", KINDS)
def test_a_kind_of_the_metric_is_not_the_metric(body):
    assert codes(body) == []


def test_names_a_kind():
    from lintgov.claims.metric import names_a_kind
    assert names_a_kind("新能源汽车产量", "汽车产量") and names_a_kind("公证办证量", "民事公证办证量")
    assert not names_a_kind("接待游客", "游客") and not names_a_kind("实现营业收入", "营业收入")
    assert not names_a_kind("受理行政复议申请", "受理行政复议申请")


# LG209: a rate's difference from last year's, last year's rate opening the next sentence under the rate's own words
# (a remark of one clause with no figure may stand between)
POINTS = [
    ("诉求满意率为91.6%，低于上年{}个百分点。上年满意率为93.7%。", "2.1", "5.1"),
    ("诉求满意率为91.6%，低于上年{}个百分点，主要是城市管理类诉求满意率偏低。上年满意率为93.7%。", "2.1", "5.1"),
    ("政务服务好评率达到99.2%，高于去年同期{}个百分点。去年同期好评率为97.6%。", "1.6", "3.6"),
]


@pytest.mark.parametrize("body,ok,wrong", POINTS)
def test_points_against_last_years_rate_in_the_next_sentence(body, ok, wrong):
    assert codes_all(body.format(ok)) == []
    assert "LG209" in codes_all(body.format(wrong))


POINTS_SILENT = [
    # the next sentence names another rate
    "诉求满意率为91.6%，低于上年5.1个百分点。上年办结率为93.7%。",
    # a figure between the difference and the next sentence
    "诉求满意率为91.6%，低于上年5.1个百分点，其中城市管理类满意率为85.2%。上年满意率为93.7%。",
]


@pytest.mark.parametrize("body", POINTS_SILENT)
def test_points_silent_when_the_next_sentence_is_not_last_years_rate(body):
    assert codes_all(body) == []


ALL = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def codes_all(text):
    return [f.code for f in lint_text(text + "\n", ALL, registry=REG)]
