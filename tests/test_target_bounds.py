"""A level against its stated target, the target a bound on the level on the side its verb names (LG102,
claims.thresholds.TARGET_CLAUSE / target_side / level_interval / side_holds): paraphrases of our own, consistent and
wrong, in either order, both sides."""
import pytest

from lintgov.claims.thresholds import level_interval, side_holds, target_side
from lintgov.document import Document
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def _codes(text):
    return [f.code for f in lint_text(text, RULES, registry=REG)]


WRONG = [
    "全年城镇新增就业10.2万人，超过11万人的预期目标。",
    "城镇调查失业率5.8%，低于5.5%的预期目标。",
    "居民消费价格上涨3.6%，低于3%的预期目标。",
    "建成高标准农田69.8万亩、超额完成省下达的100万亩年度任务。",
    "超额完成国家下达的110万人就业任务，城镇新增就业102万人。",
    "城镇新增就业超143万人、超额完成国家下达的150万人年度任务。",
    "全年新建保障性住房4,120套，提前一年完成5,000套保障性住房的目标任务。",
]
RIGHT = [
    "全年城镇新增就业12.2万人，超过11万人的预期目标。",
    "城镇调查失业率5.2%，低于5.5%的预期目标。",
    "居民消费价格上涨2.4%，低于3%左右的预期目标。",
    "建成高标准农田169.8万亩、超额完成省下达的100万亩年度任务。",
    "超额完成国家下达的110万人就业任务，城镇新增就业132万人。",
    "城镇新增就业超143万人、超额完成国家下达的110万人年度任务。",
    "2014年本市生产总值超过1.6万亿元，提前实现“十二五”规划1.5万亿元的目标。",
    "能耗下降4%，低于3%的控制目标。",
    "超额完成国家下达的110万人就业任务，其中高校毕业生就业32万人。",
    "力争城镇新增就业超过11万人的预期目标，城镇调查失业率低于5.5%。",
    # a task over years finished early is of its own metric: the year's figure before it is another thing
    "处置闲置土地34公顷，提前两年完成400公顷建设用地清退任务。",
]


@pytest.mark.parametrize("text", WRONG)
def test_a_level_on_the_wrong_side_of_its_target_is_flagged(text):
    assert "LG102" in _codes(text)


@pytest.mark.parametrize("text", RIGHT)
def test_a_level_on_its_targets_side_is_silent(text):
    assert _codes(text) == []


def test_target_side_reads_the_verb():
    assert target_side("超额完成") == ">" and target_side("提前一年完成") == ">" and target_side("超过") == ">"
    assert target_side("低于") == "<" and target_side("不超过") == "<"
    assert target_side("优于") == "better"


def test_a_lower_bound_level_is_a_little_more_than_its_figure():
    q = Document("超143万人", "x.txt").quantities[0]
    lo, hi = level_interval(q, q.interval())
    assert hi == pytest.approx(1.44e6)
    q = Document("超过1.6万亿元", "x.txt").quantities[0]
    assert level_interval(q, q.interval())[1] == pytest.approx(1.7e12)
    q = Document("3000多亿元", "x.txt").quantities[0]     # 多 keeps its own reading
    assert level_interval(q, q.interval()) == q.interval()


def test_side_holds_in_its_direction():
    assert side_holds(">", (10, 12), (11, 11)) and not side_holds(">", (10, 10.5), (11, 11))
    assert side_holds("<", (5.15, 5.25), (5.45, 5.5)) and not side_holds("<", (5.75, 5.85), (5.45, 5.5))
