"""Rule documentation in ruff's shape: what it does, why it matters, examples.

Used by ``lintgov rule CODE``, SARIF ``help`` and the README's rule table
(``python -m lintgov rules --format markdown``).
"""
from __future__ import annotations

from typing import List

_H = {
    "zh": {"what": "作用", "why": "说明", "bad": "会报告", "good": "不会报告", "options": "选项",
           "authority": "依据", "category": "类别", "level": "默认级别", "fix": "可自动修复"},
    "en": {"what": "What it does", "why": "Why it matters", "bad": "Flagged", "good": "Not flagged",
           "options": "Options", "authority": "Authority", "category": "Category", "level": "Default level",
           "fix": "Fixable"},
}


def _example_context(ex, lang: str) -> List[str]:
    """What an example depends on besides its text: last year's report, settings, options."""
    out: List[str] = []
    for k, v in dict(ex.settings).items():
        if k == "prior_documents_text":
            label = "上年报告" if lang == "zh" else "last year's report"
            out += [f"{label}: {t}" for t in v]
        else:
            out.append(f"{k} = {v!r}")
    out += [f"{k} = {v!r}" for k, v in dict(ex.options).items()]
    return out


def rule_help_text(rule, lang: str = "zh") -> str:
    h = _H[lang]
    t = rule.text
    out: List[str] = [f"{rule.code} {rule.name} ({h['category']}: {rule.category}; {h['level']}: {rule.level})", "",
                      t(rule.summary, lang), "", t(rule.description, lang)]
    if rule.authority:
        out += ["", f"{h['authority']}: {rule.authority}"]
    if rule.options:
        out += ["", f"{h['options']}:"]
        out += [f"  {k} = {o.default!r}  {o.help}" for k, o in rule.options.items()]
    for ex in rule.examples:
        label = h["bad"] if ex.bad else h["good"]
        note = f"  ({ex.note})" if ex.note else ""
        out += ["", f"{label}{note}:"] + ["    " + line for line in ex.text.split("\n")]
        out += ["    （" + c + "）" if lang == "zh" else "    (" + c + ")" for c in _example_context(ex, lang)]
    return "\n".join(out)


def rule_help_markdown(rule, lang: str = "zh") -> str:
    h = _H[lang]
    t = rule.text
    out: List[str] = [f"## {rule.code} `{rule.name}`", "",
                      f"*{h['category']}*: `{rule.category}` · *{h['level']}*: `{rule.level}`"
                      + (f" · *{h['fix']}*" if rule.fixable else ""), "",
                      f"**{h['what']}**: {t(rule.summary, lang)}", "", f"**{h['why']}**: {t(rule.description, lang)}"]
    if rule.authority:
        out += ["", f"**{h['authority']}**: {rule.authority}"]
    if rule.options:
        out += ["", f"**{h['options']}**:", ""] + [f"- `{k}` = `{o.default!r}` — {o.help}" for k, o in rule.options.items()]
    for ex in rule.examples:
        label = h["bad"] if ex.bad else h["good"]
        note = f" ({ex.note})" if ex.note else ""
        out += ["", f"**{label}**{note}:", "", "```text", ex.text, "```"]
        out += [f"- {c}" for c in _example_context(ex, lang)]
    return "\n".join(out)


def rules_table_markdown(rules, lang: str = "en") -> str:
    rows = ["| code | name | category | level | description |", "|---|---|---|---|---|"]
    for r in rules:
        off = " (off by default)" if not getattr(r, "default_enabled", True) else ""
        rows.append(f"| {r.code} | `{r.name}` | {r.category} | {r.level}{off} | {r.text(r.summary, lang)} |")
    return "\n".join(rows)
