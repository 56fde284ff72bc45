"""Applying the safe fixes rules offer (``lintgov check --fix`` / ``--diff``).

* Only ``safe`` fixes are applied, and only to formats whose reader is
  ``writable`` (``.txt`` and ``.md``); ``.docx`` and ``.html`` are never modified.
* Fixes of one file are taken in document order; a fix whose edits overlap an
  edit already taken is left for the next pass (``--fix`` re-lints and repeats,
  as ruff does).  Edits inside spans the reader marked as not text (Markdown
  code blocks, front matter, inline code) are never applied.
* Bytes outside the edits are kept exactly: the file is re-read, the edits are
  mapped from ``Document.text`` offsets (BOM stripped, CRLF folded) back to
  byte offsets of the file, and only the edited byte ranges are replaced —
  encoding, BOM and line endings (CRLF, even mixed) stay as they were.  A
  replacement containing a line break gets the file's own line ending.
* The file is checked before writing (its decoded text must still be the text
  that was linted: otherwise it changed meanwhile and is left alone) and
  written atomically: a temporary file in the same directory, then
  ``os.replace``, with the original's permission bits.
"""
from __future__ import annotations

import bisect
import codecs
import difflib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .document import Document
from .rule import Edit, Finding

WRITABLE_FORMATS = ("txt", "md")


class FixError(Exception):
    """A file whose fixes cannot be applied; ``zh``/``en`` say why."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh
        self.en = en


@dataclass
class FilePlan:
    """The fixes chosen for one document and the text they give."""

    doc: Document
    findings: List[Finding]            # the findings whose fixes are applied
    edits: List[Edit]                  # all their edits, sorted, non-overlapping
    new_text: str                      # Document.text after the edits
    skipped: int = 0                   # fixes left out because they overlap
    error: Optional[FixError] = field(default=None)


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start           # two insertions at one point: order unknown
    if a.start == a.end:
        return b.start < a.start < b.end
    if b.start == b.end:
        return a.start < b.start < a.end
    return a.start < b.end and b.start < a.end


def is_writable(doc: Document, readers: Sequence = ()) -> bool:
    """Whether ``--fix`` may rewrite ``doc``'s file."""
    if doc.format not in WRITABLE_FORMATS or not doc.source_path:
        return False
    if readers:
        from .readers import reader_for
        r = reader_for(doc.source_path, readers)
        return bool(r is not None and r.writable)
    return True


def plan_fixes(findings: Iterable[Finding], readers: Sequence = (), include_unwritable: bool = False) -> List[FilePlan]:
    """Choose non-overlapping safe fixes per writable document (stdin included
    when ``include_unwritable`` is set, for ``--diff``)."""
    by_doc: Dict[int, Tuple[Document, List[Finding]]] = {}
    for f in findings:
        if f.fix is None or not f.fix.safe or not f.fix.edits:
            continue
        doc = f.doc
        if doc.format not in WRITABLE_FORMATS:
            continue  # .docx / .html / plugin formats are never modified
        if not is_writable(doc, readers) and not (include_unwritable and doc.source_path is None):
            continue
        by_doc.setdefault(id(doc), (doc, []))[1].append(f)
    plans = []
    for doc, fs in by_doc.values():
        fs.sort(key=lambda f: (min(e.start for e in f.fix.edits), f.sort_key()))  # type: ignore[union-attr]
        # never edit what the reader marked as not text: Markdown code blocks, front matter
        protected = [(m.start, m.end) for m in doc.extra_masks if m.kind == "code"]
        taken: List[Edit] = []
        chosen: List[Finding] = []
        skipped = 0
        n = len(doc.text)
        for f in fs:
            edits = sorted(f.fix.edits, key=lambda e: (e.start, e.end))  # type: ignore[union-attr]
            bad = any(not (0 <= e.start <= e.end <= n) for e in edits) or \
                any(_overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1:])
            if bad or any(e.start < b and a < max(e.end, e.start + 1) for e in edits for a, b in protected):
                skipped += 1
                continue
            # identical fixes from two findings: apply once
            if all(e in taken for e in edits):
                chosen.append(f)
                continue
            if any(_overlaps(e, t) for e in edits for t in taken):
                skipped += 1
                continue
            taken.extend(edits)
            chosen.append(f)
        taken.sort(key=lambda e: (e.start, e.end))
        plans.append(FilePlan(doc, chosen, taken, apply_edits(doc.text, taken), skipped))
    plans.sort(key=lambda p: p.doc.path)
    return plans


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """``text`` with sorted, non-overlapping ``edits`` applied."""
    out: List[str] = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


# -- writing ----------------------------------------------------------------------------------
def _codec_and_bom(data: bytes, encoding: str) -> Tuple[str, bytes]:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return enc, bom
    return encoding, b""


def fixed_bytes(doc: Document, data: bytes, edits: Sequence[Edit]) -> bytes:
    """The file's bytes ``data`` with ``edits`` (offsets into ``doc.text``)
    applied; every byte outside the edited ranges is kept.  Raises :class:`FixError`."""
    enc, bom = _codec_and_bom(data, doc.encoding)
    body = data[len(bom):]
    try:
        original = body.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise FixError("文件内容已无法按原编码解码，未修改", f"the file no longer decodes as {enc}; left unchanged") from None
    if original.replace("\r\n", "\n") != doc.text:
        raise FixError("文件在检查之后被修改过，未修改", "the file changed since it was linted; left unchanged")
    # normalised offset → offset in `original` (each CRLF before it adds one)
    crlf_norm = []
    i = original.find("\r\n")
    while i != -1:
        crlf_norm.append(i - len(crlf_norm))
        i = original.find("\r\n", i + 2)

    def orig(off: int) -> int:
        return off + bisect.bisect_left(crlf_norm, off)

    newline = "\r\n" if doc.newline == "\r\n" else "\n"
    out: List[bytes] = [bom]
    pos_chr = 0    # position in `original`
    pos_byte = 0   # position in `body`
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        a, b = orig(e.start), orig(e.end)
        try:
            a_byte = pos_byte + len(original[pos_chr:a].encode(enc))
            b_byte = a_byte + len(original[a:b].encode(enc))
            repl = e.replacement.replace("\r\n", "\n").replace("\n", newline).encode(enc)
        except UnicodeEncodeError:
            raise FixError(f"修复后的文字无法用 {enc} 编码，未修改",
                           f"the fixed text cannot be encoded in {enc}; left unchanged") from None
        out.append(body[pos_byte:a_byte])
        out.append(repl)
        pos_chr, pos_byte = b, b_byte
    out.append(body[pos_byte:])
    return b"".join(out)


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        mode = None
    fd, tmp = tempfile.mkstemp(prefix=".lintgov-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def apply_plan(plan: FilePlan) -> bool:
    """Write one plan to disk.  Returns whether the file changed; sets ``plan.error``."""
    doc = plan.doc
    if not plan.edits or plan.new_text == doc.text:
        return False
    if not doc.source_path:
        plan.error = FixError("标准输入无法原地修复", "standard input cannot be fixed in place")
        return False
    try:
        with open(doc.source_path, "rb") as fh:
            data = fh.read()
        new = fixed_bytes(doc, data, plan.edits)
        if new != data:
            write_atomic(doc.source_path, new)
            return True
        return False
    except FixError as e:
        plan.error = e
    except OSError as e:
        plan.error = FixError(f"无法写入：{e.strerror}", f"cannot write: {e.strerror}")
    return False


def unified_diff(plan: FilePlan) -> str:
    """A unified diff of the plan (over ``Document.text``: line ends shown as LF)."""
    a = plan.doc.text.splitlines(keepends=True)
    b = plan.new_text.splitlines(keepends=True)
    lines = []
    for line in difflib.unified_diff(a, b, fromfile=f"a/{plan.doc.path}", tofile=f"b/{plan.doc.path}"):
        if not line.endswith("\n"):
            line += "\n\\ No newline at end of file\n"
        lines.append(line)
    return "".join(lines)
