"""A per-day average over a span of days shorter than the year is never checked against a total of the whole year
(LG108): 全年接待游客84万人次，春节假期7天日均2万人次 is the holiday's average, the 84万 the year's visitors.  A total
counted over those days stays checked.  Phrasings written for the test."""

from fresh_set import code_checks

SILENT = [
    "全年接待游客84万人次，春节假期7天日均2万人次。",
    "全年共受理诉求120万件，国庆假期7天日均受理1.1万件。",
    "春节假期7天共接待游客84万人次，日均12万人次。",
]
WRONG = [
    "春节假期7天共接待游客84万人次，日均2万人次。",
    "国庆假期7天共受理诉求7.7万件，日均受理2.1万件。",
]

test_silent, test_found = code_checks("LG108", SILENT, WRONG)
