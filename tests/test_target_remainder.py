"""LG102: a completion rate (完成率) whose achieved count is the nearest count before it — never a remainder
(其余2项 / 剩余3项 …达到进度要求 after 已完成16项): ``claims.reach.target_readings`` skips counts named as the rest of
the whole.  A false alarm of session 13 on a consistent written statement; wordings here are lintgov's own."""
import pytest

from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
RULES = [r({}) for r in REG.rules if r.category in ("arithmetic", "yoy")]


def found(text):
    return [(f.code, f.message("zh")) for f in lint_text(text, RULES, registry=REG)]


@pytest.mark.parametrize("text", [
    "年初向社会承诺办理24项重点实事。一年来，各单位挂图作战，截至年底已完成21项，剩余3项达到进度要求，完成率87.5%。",
    "年初向社会公开承诺办好30项民生实事，截至年底已完成27项，其余3项均达到年度进度要求，完成率90.0%。",
    "年初承诺办理民生实事二十项，年底已完成十八项，尚有2项正在推进，完成率90%。",
])
def test_remainder_is_not_what_was_achieved(text):
    assert found(text) == []


@pytest.mark.parametrize("text, shown", [
    ("年初向社会承诺办理24项重点实事。一年来，各单位挂图作战，截至年底已完成21项，剩余3项达到进度要求，完成率62.5%。",
     "21项÷24项"),
    ("年初向社会公开承诺办好30项民生实事，截至年底已完成27项，其余3项均达到年度进度要求，完成率75.0%。", "27项÷30项"),
])
def test_wrong_completion_rate_reported_over_what_was_done(text, shown):
    fs = found(text)
    assert [c for c, _ in fs] == ["LG102"]
    assert shown in fs[0][1]
