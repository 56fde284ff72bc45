"""Repeated text (a shared service): paragraphs that repeat an earlier paragraph (a paragraph
pasted twice, a whole report pasted twice by a collector), clauses repeated inside one sentence
(加强监管，加强监管。) and doubled function characters (共共).

The numbering rules skip repeated paragraphs (a doubled 四是… paragraph is a duplication, not
an ordinal error); LG807 reports the repetitions.  Cached per document.
"""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass
from typing import Any, Dict, List, Set, Tuple

from . import lazyre

#: shorter paragraphs (headings such as 一、总体情况, dates, signatures) repeat legitimately
MIN_PARAGRAPH = 16
_NORM = re.compile(r"[\s\u3000]+")
_PROSE = re.compile(r"[，。；,;]")


@dataclass(frozen=True)
class RepeatedBlock:
    """Paragraphs that repeat earlier ones: their span, the earlier copy and whether the first repeats a tail."""
    start: int                 # offset of the first repeated paragraph
    end: int
    first: int                 # offset of the earlier copy of the first paragraph
    paragraphs: Tuple[int, ...]
    tail: bool = False         # the first paragraph repeats the end of the paragraph before it


def _cache(doc: Any) -> Dict[str, Any]:
    return doc.__dict__.setdefault("_lintgov_repeats", {})


def _counts(para: str) -> bool:
    """Whether a paragraph is prose long enough to count as a repetition (not a heading or byline)."""
    key = _NORM.sub("", para)
    return len(key) >= MIN_PARAGRAPH and bool(_PROSE.search(key))


def repeated_paragraphs(doc: Any) -> Dict[int, int]:
    """paragraph index -> index of the earlier paragraph it repeats (same text, ignoring spaces)."""
    cache = _cache(doc)
    if "paras" in cache:
        return cache["paras"]
    seen: Dict[str, int] = {}
    out: Dict[int, int] = {}
    tails: Dict[int, int] = {}
    text = doc.text
    prev_key, prev_para = "", None
    for p in doc.paragraphs:
        para = text[p.start:p.end]
        key = _NORM.sub("", para)       # (what _counts computes, once)
        if not (len(key) >= MIN_PARAGRAPH and _PROSE.search(key)):
            if para.strip():
                prev_key, prev_para = "", None
            continue  # headings, titles and bylines repeat legitimately (a list of cited documents)
        if key in seen:
            out[p.index] = seen[key]
        else:
            seen[key] = p.index
            if prev_para is not None and len(prev_key) > len(key) and prev_key.endswith(key) \
                    and prev_key[-len(key) - 1] in _SENTENCE_END:
                # the last sentences of the paragraph before, pasted again as a paragraph of their
                # own (…三是积极扩大直接融资。四是加强风险管理…。 / 四是加强风险管理…。)
                out[p.index] = prev_para.index
                tails[p.index] = _tail_offset(text, prev_para, key)
        prev_key, prev_para = key, p
    cache["paras"] = out
    cache["tails"] = tails
    return out


_SENTENCE_END = "。！？；!?;"


def _tail_offset(text: str, para: Any, key: str) -> int:
    """Offset in ``text`` where the repeated tail ``key`` (spaces removed) begins inside ``para``."""
    n = 0
    i = para.end
    while i > para.start and n < len(key):
        i -= 1
        if not _NORM.match(text[i]):
            n += 1
    return i


def repeated_tail_of(doc: Any) -> Dict[int, int]:
    """paragraph index -> offset of the earlier copy, for paragraphs that repeat the end of the
    paragraph just before them."""
    repeated_paragraphs(doc)
    return _cache(doc)["tails"]


def repeated_block_paragraphs(doc: Any) -> Set[int]:
    """Every paragraph inside a repeated block (the short headings between repeated paragraphs too)."""
    cache = _cache(doc)
    if "inside" not in cache:
        inside: Set[int] = set()
        for b in repeated_blocks(doc):
            inside.update(b.paragraphs)
        cache["inside"] = inside
    return cache["inside"]


def repeated_blocks(doc: Any) -> List[RepeatedBlock]:
    """Runs of consecutive repeated paragraphs (short paragraphs between them do not break a run)."""
    cache = _cache(doc)
    if "blocks" in cache:
        return cache["blocks"]
    reps = repeated_paragraphs(doc)
    paras = doc.paragraphs
    blocks: List[List[int]] = []
    for i in sorted(reps):
        if blocks:
            last = blocks[-1][-1]
            between = paras[last + 1:i]
            if all(q.index in reps or not _PROSE.search(doc.text[q.start:q.end]) for q in between):
                blocks[-1].append(i)
                continue
        blocks.append([i])
    # a block begins with the headings repeated just before its first paragraph (一、… of the second copy)
    texts = {}
    for p in paras if blocks else ():   # (only blocks look these up)
        texts.setdefault(_NORM.sub("", doc.text[p.start:p.end]), p.index)
    out = []
    for b in blocks:
        first, src = b[0], reps[b[0]]
        while first - 1 > src and src - 1 >= 0 and not _PROSE.search(doc.text[paras[first - 1].start:paras[first - 1].end]):
            key = _NORM.sub("", doc.text[paras[first - 1].start:paras[first - 1].end])
            if not key or texts.get(key, first - 1) >= first - 1:
                break
            first, src = first - 1, src - 1
        tails = cache.get("tails", {})
        tail = first == b[0] and first in tails
        out.append(RepeatedBlock(paras[first].start, paras[b[-1]].end, tails[first] if tail else paras[src].start,
                                 tuple(range(first, b[-1] + 1)), tail))
    cache["blocks"] = out
    return out


_CLAUSE_SPLIT = re.compile(r"[，,；;、：:]")
_SENT_END = re.compile(r"[。！？!?\n]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ANY_SPLIT = re.compile(r"[，,；;、：:。！？!?\n]")
_eq = operator.eq


def repeated_clauses(doc: Any) -> List[Tuple[int, int, int]]:
    """(start, end, earlier start): a clause of four or more characters repeated word for word right
    after itself in the same sentence (加强监管，加强监管。).  Repetition further apart is rhetoric
    (难以忘怀…难以忘怀) or data (高于全国0.7个百分点 for two indicators) and is not reported."""
    out = []
    text = doc.masked()
    split_any = _ANY_SPLIT.split
    for p in doc.paragraphs:
        # a paragraph in which no two neighbouring pieces (split at clause and sentence ends alike,
        # stripped) are the same holds no repeated clause: passed over after three calls in C
        pieces = list(map(str.strip, split_any(text[p.start:p.end])))
        if not any(map(_eq, pieces, pieces[1:])):
            continue
        s = p.start
        for m in list(_SENT_END.finditer(text, p.start, p.end)) + [None]:
            e = m.start() if m else p.end
            prev = None   # (clause, offset) of the clause just before
            pos = s
            for part in _CLAUSE_SPLIT.split(text[s:e]):
                c = part.strip()
                if prev is not None and c == prev[0] and len(_HAN.findall(c)) >= 4:   # (cheap tests first)
                    a = pos + part.index(c)
                    out.append((a, a + len(c), prev[1]))
                prev = (c, pos + part.index(c)) if c else None
                pos += len(part) + 1
            s = (m.end() if m else e)
    return out


#: a doubled 共 or 已 is a typing slip (全年共共受理…, 已已完成) unless the first one ends a word
#: (公共共享, 中共共青团, 总共) or the second begins one (共享, 共建, 共识, 共同…); other doubled
#: characters are too often two words (现在在押, 目的的, 及其其他, 参与与否, 从从容容) to flag
_DOUBLED = re.compile(r"(?<![公中总一合])(?P<c>[共已])(?P=c)(?![享建识赢同治青有商生])")


def doubled_characters(doc: Any) -> List[Tuple[int, int]]:
    text = doc.masked()
    return [(m.start() + 1, m.end()) for m in lazyre.finditer(_DOUBLED, text)]   # (tried only at 共/已)
