"""Names of ways of serving that hold 一次 (一次办, 一次性告知) are no counts inside a list's items: the list after a
count and a colon is read."""
import pytest

from conftest import consistency_codes


def test_wrong_count_is_found(consistency_rules):
    text = "全面推行六项服务机制：首问负责、一次性告知、限时办结、容缺受理、一次办好。"
    assert "LG103" in consistency_codes(consistency_rules, text)


@pytest.mark.parametrize("text", [
    "全面推行五项服务机制：首问负责、一次性告知、限时办结、容缺受理、一次办好。",
    # a count inside an item still makes the list unread (三次 is a count)
    "开展四项活动：三次集中宣传、法律进社区、以案释法、普法讲座。",
])
def test_right_is_silent(consistency_rules, text):
    assert consistency_codes(consistency_rules, text) == [], text
