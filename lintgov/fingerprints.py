"""Fingerprints for SARIF ``partialFingerprints``.

``primaryLocationLineHash``: GitHub code scanning's own line hash (the algorithm
of github/codeql-action ``src/fingerprints.ts``, re-implemented): for each line,
a polynomial hash (base 37, modulo 2**64) of the next 100 UTF-16 code units of
the file from the line's first character on, skipping spaces and tabs, with
CRLF read as LF and end-of-file as U+FFFF followed by zeros; ``:N`` counts
earlier lines with the same hash.  upload-sarif keeps a value we supply, so
ours must equal what it would compute.

``lintgovFindingHash/v1``: first 32 hex digits of SHA-256 over the rule code,
message key, the flagged text, the sentence around it (spaces removed) and the
occurrence number of that tuple in the file: it survives edits elsewhere in the
file, moves of the paragraph, and line re-wrapping.  (A context or flagged text
longer than :data:`MAX_CONTEXT` enters as its SHA-256 digest; shorter ones, i.e.
every real sentence, hash exactly as before.)
"""
from __future__ import annotations

import operator
import re
import sys
from array import array
from typing import Any, Dict, Iterable, List, Sequence

_MOD = 1 << 64
_BLOCK = 100
_SPACES = re.compile(r"[ \t]+")


def _units(s: str) -> List[int]:
    b = s.encode("utf-16-le", "surrogatepass")
    return [b[i] | (b[i + 1] << 8) for i in range(0, len(b), 2)]


#: 37**(99 - i) modulo 2**64: the weight of the i-th unit of a window in its hash
_POW = [pow(37, _BLOCK - 1 - i, _MOD) for i in range(_BLOCK)]
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _window_hash(units: Sequence[int]) -> int:
    """The hash of one window (at most :data:`_BLOCK` units; a shorter one is the end of the file)."""
    v = sum(map(operator.mul, units, _POW))
    if len(units) < _BLOCK:
        v += 0xFFFF * _POW[len(units)]
    return v % _MOD


def line_hashes(text: str) -> List[str]:
    """``hash:occurrence`` for every line of ``text`` (``\\n`` line ends).

    The hash of a window is the sum of its units times the powers of 37 (what the polynomial
    evaluation of ``fingerprints.ts`` computes), summed in C by ``map``/``sum`` over an array
    of the UTF-16 units: no per-character Python loop."""
    stripped = _SPACES.sub("", text)
    starts = [0] + [m.end() for m in re.finditer("\n", stripped)]
    counts: Dict[int, int] = {}
    out = []
    if _ASTRAL.search(stripped):  # offsets in characters and in UTF-16 units differ: one line at a time
        windows: Iterable[Sequence[int]] = (_units(stripped[s:s + _BLOCK])[:_BLOCK] for s in starts)
    else:
        units = array("H")
        units.frombytes(stripped.encode("utf-16-le", "surrogatepass"))
        if sys.byteorder != "little":  # pragma: no cover - big-endian machines
            units.byteswap()
        windows = (units[s:s + _BLOCK] for s in starts)
    for window in windows:
        v = _window_hash(window)
        n = counts[v] = counts.get(v, 0) + 1
        out.append(f"{v:x}:{n}")
    return out


def line_hashes_reference(text: str) -> List[str]:
    """:func:`line_hashes` as ``fingerprints.ts`` writes it, one unit at a time (for the tests)."""
    stripped = _SPACES.sub("", text)
    starts = [0] + [m.end() for m in re.finditer("\n", stripped)]
    counts: Dict[str, int] = {}
    out = []
    for s in starts:
        window = _units(stripped[s:s + _BLOCK])[:_BLOCK]
        if len(window) < _BLOCK:
            window.append(0xFFFF)
        v = 0
        for c in window:
            v = (v * 37 + c) % _MOD
        for _ in range(_BLOCK - len(window)):
            v = (v * 37) % _MOD
        h = format(v, "x")
        counts[h] = counts.get(h, 0) + 1
        out.append(f"{h}:{counts[h]}")
    return out


def _sha256(data: bytes) -> "Any":
    from .digest import sha256  # lazily: only SARIF and JSON output need it
    return sha256(data)


#: a sentence context longer than this (spaces removed) enters the hash as its own SHA-256
#: digest, so that many findings in one enormous "sentence" (a file of brackets, a report
#: without full stops) cost one pass over it, not one per finding
MAX_CONTEXT = 1000


def finding_hashes(findings) -> List[str]:
    """``lintgovFindingHash/v1`` for each finding of one document, in order.

    The sentence around each finding is stripped of spaces (and, when longer than
    :data:`MAX_CONTEXT`, digested) once per sentence, not once per finding: the cost is
    linear in the text plus the findings."""
    seen: Dict[str, int] = {}
    contexts: Dict[Any, str] = {}
    out = []
    for f in findings:
        doc = f.doc
        sent = doc.sentence_at(f.start) if doc.text else None
        key = (id(doc), sent.start, sent.end) if sent else None
        context = contexts.get(key) if key else ""
        if context is None:
            context = _SPACES.sub("", doc.text[sent.start:sent.end])
            if len(context) > MAX_CONTEXT:
                context = "sha256:" + _sha256(context.encode("utf-8", "surrogatepass")).hexdigest()
            contexts[key] = context
        flagged = doc.text[f.start:f.end]
        if len(flagged) > MAX_CONTEXT:
            flagged = "sha256:" + _sha256(flagged.encode("utf-8", "surrogatepass")).hexdigest()
        base = "\x1f".join((f.code, f.key, flagged, context))
        seen[base] = seen.get(base, 0) + 1
        out.append(_sha256(f"{base}\x1f{seen[base]}".encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out
