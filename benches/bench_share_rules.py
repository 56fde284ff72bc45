#!/usr/bin/env python3
"""Linearity of the rate, share, target and bound rules (LG101, LG102, LG104–LG109): the same statements repeated
100/200/400 times as separate paragraphs, as one paragraph and as one sentence; CPU time of the rules alone (the
claims layer is built first) and the ratio per doubling (≈2 when linear).

    .venv/bin/python benches/bench_share_rules.py
"""
from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from lintgov.claims import claims_of  # noqa: E402
from lintgov.engine import read_document  # noqa: E402
from lintgov.plugins import build_registry  # noqa: E402

UNIT = ("全年受理行政复议案件86件，其中涉企案件不足四成（31件），高新技术产品产值1321亿元，增长24.1%，占工业总产值的比重达45.9%。"
        "空气质量优良天数335天、优良率91.8%。全年完成固定资产投资500亿元，工业投资占44%，基础设施投资占16%，房地产开发投资占23%。"
        "男性人口51.2万人，女性人口48.8万人，女性人口占比48.8%。全年新增城镇就业逾5.2万人，完成年度目标任务1.2万人的110%。\n")


def main() -> int:
    reg = build_registry(load_entry_points=False, strict=True)
    codes = ("LG101", "LG102", "LG104", "LG105", "LG106", "LG107", "LG108", "LG109")
    rules = [r({}) for r in reg.rules if r.code in codes]
    shapes = (("paragraphs", UNIT), ("one paragraph", UNIT.replace("\n", "")),
              ("one sentence", UNIT.replace("。", "，").replace("\n", "")))
    for label, unit in shapes:
        row = []
        for k in (100, 200, 400):
            text = "一、2023年工作回顾\n" + unit * k + "。\n"
            doc = read_document("x.txt", "x.txt", reg, text.encode("utf-8"))
            claims_of(doc)
            t0 = time.process_time()
            for r in rules:
                list(r.check(doc, None) or ())
            row.append(time.process_time() - t0)
        print(f"{label:14s} ×100/200/400: " + " ".join(f"{t:.3f}" for t in row)
              + f" s CPU; per doubling {row[1] / row[0]:.2f}, {row[2] / row[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
