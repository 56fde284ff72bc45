"""LG103's count of listed names shows the names as the document prints them, not as the list reader read them
(quoted names masked, traditional characters folded)."""
from lintgov.engine import lint_text
from lintgov.plugins import build_registry

REG = build_registry(load_entry_points=False)
LG103 = [r({}) for r in REG.rules if r.code == "LG103"]


def _names(text):
    fs = [f for f in lint_text(text + "\n", LG103, registry=REG) if f.code == "LG103"]
    assert len(fs) == 1
    return fs[0].evidence["names"], fs[0].message("zh")


def test_quoted_name_is_shown_as_printed():
    names, msg = _names("重点推进“一带一路”建设、京津冀协同发展、长江经济带发展“四大战略”。")
    assert names == ["“一带一路”建设", "京津冀协同发展", "长江经济带发展"]
    assert "Ｑ" not in msg and "“一带一路”建设" in msg


def test_traditional_names_are_shown_in_their_script():
    names, _ = _names("重點推進“一帶一路”建設、京津冀協同發展、長江經濟帶發展“四大戰略”。")
    assert names == ["“一帶一路”建設", "京津冀協同發展", "長江經濟帶發展"]


def test_plain_names_unchanged():
    names, _ = _names("加快打造文化旅游、生物医药、新能源四大千亿级产业集群。")
    assert names == ["文化旅游", "生物医药", "新能源"]
