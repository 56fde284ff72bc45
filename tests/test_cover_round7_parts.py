"""The grammar parts of the cover engineer's round 7, each tested with phrasings written for it (not those of the
fresh set in tests/cover_round7_set.py) and silent traps: every consistent statement gives no arithmetic or
year-over-year finding, every wrong one gives the finding named, and every finding passes the engine's validation
(fresh_set.codes: a finding the engine refuses is lost in a real run)."""
import pytest

from fresh_set import codes as valid_codes


# -- a share in words or a bounded share over a part stated among its whole (claims.grammar.among_in, LG101): the share
# qualifies the things counted (逾九成的村…), makes a clause of its own right after the part's clause, or names its
# subject and the part is named by it
AMONG_SHARE_SILENT = [
    "八成以上的社区建成智慧安防小区，全区150个社区中有126个完成建设。",
    "全市86所中小学中有47所建成标准化心理辅导室，超过半数。",
    "逾期办结的事项不足一成，在办结的3,600件事项中逾期办结212件。",
    "不到三成的企业完成数字化改造，全县420家规上企业中已有88家完成改造。",
    "近三分之一的村建成电商服务站点，全镇48个村中已有15个建成。",
    # traps: the share is about something else than the part among its whole
    "近六成的资金投向民生领域，全县236个村中有98个达到标准。",
    "超过九成的企业享受减税政策，全县48个乡镇中已有12个设立服务站。",
    "全市100个社区中61个建成嵌入式养老服务机构，其中超过六成在城区。",
]
AMONG_SHARE_FOUND = [
    "八成以上的社区建成智慧安防小区，全区150个社区中有96个完成建设。",        # 96/150 = 64%
    "全市86所中小学中有41所建成标准化心理辅导室，超过半数。",                 # 47.7%
    "逾期办结的事项不足一成，在办结的3,600件事项中逾期办结472件。",           # 13.1%
    "不到三成的企业完成数字化改造，全县420家规上企业中已有188家完成改造。",    # 44.8%
    "近三分之一的村建成电商服务站点，全镇48个村中已有9个建成。",               # 18.8%, more than a fifth below
    "过九成的行政村通了公交，全县212个行政村中有180个通公交。",               # 84.9%
]


@pytest.mark.parametrize("text", AMONG_SHARE_SILENT)
def test_share_over_among_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", AMONG_SHARE_FOUND)
def test_share_over_among_found(text):
    assert valid_codes(text) == ["LG101"]


# -- 过N成 and 突破N成 are bounds of a share in tenths (claims.roles.cheng_figures), as 超过N成 is
TENTHS_BOUND_SILENT = [
    "城乡居民养老保险应参保42万人，实际参保40.1万人，参保率过九成。",
    "全县规上企业研发机构覆盖率突破四成，全县规上企业312家，其中建有研发机构的148家。",
    "通过三成的验收比例抽查项目48个。",        # 通过 is no bound
]
# -- a share naming its subject with a measure noun (销量, 人数) whose part is named by the things alone
SUBJECT_MEASURE_SILENT = [
    "新能源汽车销量占比突破三成，全年汽车销量4.6万辆，其中新能源汽车1.5万辆。",
    "参保职工人数占比近六成，全县从业人员12万人，其中参保职工6.8万人。",
]
SUBJECT_MEASURE_FOUND = [
    "参保职工人数占比近六成，全县从业人员12万人，其中参保职工4.8万人。",        # 40%
    "新能源汽车产量占比超过两成，全年汽车产量8.6万辆，其中新能源汽车1.2万辆。",  # 14.0%
]


@pytest.mark.parametrize("text", SUBJECT_MEASURE_SILENT)
def test_subject_measure_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", SUBJECT_MEASURE_FOUND)
def test_subject_measure_found(text):
    assert valid_codes(text) == ["LG101"]
TENTHS_BOUND_FOUND = [
    "城乡居民养老保险应参保42万人，实际参保35.1万人，参保率过九成。",           # 83.6%
    "全县规上企业研发机构覆盖率突破五成，全县规上企业312家，其中建有研发机构的148家。",  # 47.4%
]


@pytest.mark.parametrize("text", TENTHS_BOUND_SILENT)
def test_tenths_bound_silent(text):
    assert valid_codes(text) == []


@pytest.mark.parametrize("text", TENTHS_BOUND_FOUND)
def test_tenths_bound_found(text):
    assert valid_codes(text) == ["LG101"]


# -- a one-sided bound's open end is null in the evidence (JSON has no infinity): before, the engine refused every such
# LG101 finding (其中涉企案件不足四成（41件）) and a real run lost it
def test_bound_share_finding_is_valid():
    assert valid_codes("全年受理行政复议案件86件，其中涉企案件不足四成（41件）。") == ["LG101"]
    assert valid_codes("全年受理行政复议案件86件，其中涉企案件超过六成（41件）。") == ["LG101"]
