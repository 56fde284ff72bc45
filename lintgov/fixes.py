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
import errno
import os
import stat
import tempfile
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

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


def _fix_applies(fix, unsafe: bool) -> bool:
    if fix is None or not fix.edits or fix.display_only:
        return False
    return fix.safe or unsafe


class _Taken:
    """Edits already chosen for one document, kept sorted (by start, end) for
    bisection: choosing n fixes costs O(n log n), not O(n²)."""

    def __init__(self) -> None:
        self.keys: List[Tuple[int, int]] = []
        self.edits: List[Edit] = []
        self.members: set = set()

    def overlaps(self, e: Edit) -> bool:
        i = bisect.bisect_left(self.keys, (e.start, e.end))
        # the edit before may reach into e; those from i on start at or after e.start.  Taken
        # edits never overlap each other, so only a bounded few can start inside e without
        # overlapping it (one insertion per point): the scan stops at the first overlap.
        j = max(0, i - 1)
        stop = max(e.end, e.start + 1)
        while j < len(self.edits):
            t = self.edits[j]
            if t.start >= stop and j >= i:
                break
            if _overlaps(e, t):
                return True
            j += 1
        return False

    def add(self, e: Edit) -> None:
        k = (e.start, e.end)
        i = bisect.bisect_right(self.keys, k)
        self.keys.insert(i, k)
        self.edits.insert(i, e)
        self.members.add(e)


def _in_spans(starts: List[int], spans: List[Tuple[int, int]], e: Edit) -> bool:
    """Whether ``e`` touches one of the sorted, disjoint ``spans``."""
    if not spans:
        return False
    i = bisect.bisect_right(starts, e.start) - 1
    end = max(e.end, e.start + 1)
    for j in (i, i + 1):
        if 0 <= j < len(spans):
            a, b = spans[j]
            if e.start < b and a < end:
                return True
    return False


def _merge(spans: Iterable[Tuple[int, int]]) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def plan_fixes(findings: Iterable[Finding], readers: Sequence = (), include_unwritable: bool = False,
               unsafe: bool = False) -> List[FilePlan]:
    """Choose non-overlapping fixes per writable document (stdin included when
    ``include_unwritable`` is set, for ``--diff``): safe fixes, and unsafe ones too
    with ``unsafe`` (``--unsafe-fixes``).  A fix touching what could be a name
    (:mod:`lintgov.namespans`) is never chosen.  Linear in the number of fixes (up to a log)."""
    from .namespans import guard_findings
    by_doc: Dict[int, Tuple[Document, List[Finding]]] = {}
    candidates = [f for f in findings if _fix_applies(f.fix, unsafe)]
    guard_findings(candidates)  # the engine did this already; a plan built from other findings gets it too
    for f in candidates:
        if not _fix_applies(f.fix, unsafe):
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
        protected = _merge((m.start, m.end) for m in doc.extra_masks if m.kind == "code")
        pstarts = [a for a, _ in protected]
        taken = _Taken()
        chosen: List[Finding] = []
        skipped = 0
        n = len(doc.text)
        for f in fs:
            edits = sorted(f.fix.edits, key=lambda e: (e.start, e.end))  # type: ignore[union-attr]
            bad = any(not (isinstance(e.start, int) and isinstance(e.end, int) and isinstance(e.replacement, str)
                           and 0 <= e.start <= e.end <= n) for e in edits)
            if not bad:
                own = _Taken()
                for e in edits:
                    if own.overlaps(e):
                        bad = True
                        break
                    own.add(e)
            if bad or any(_in_spans(pstarts, protected, e) for e in edits):
                skipped += 1
                continue
            # identical fixes from two findings: apply once
            if all(e in taken.members for e in edits):
                chosen.append(f)
                continue
            if any(taken.overlaps(e) for e in edits):
                skipped += 1
                continue
            for e in edits:
                taken.add(e)
            chosen.append(f)
        edits = list(taken.edits)
        if doc.source_map is not None:
            # the reader extracted the text from markup (Markdown): edits go back to the
            # source only when they lie inside a run of the file's own characters
            edits, chosen, lost = _to_source(doc, edits, chosen)
            skipped += lost
        plans.append(FilePlan(doc, chosen, edits, apply_edits(doc.fix_text, edits), skipped))
    plans.sort(key=lambda p: p.doc.path)
    return plans


def _to_source(doc: Document, edits: List[Edit], chosen: List[Finding]) -> Tuple[List[Edit], List[Finding], int]:
    """Edits mapped from ``doc.text`` to source offsets; a finding any of whose edits
    cannot be mapped safely is dropped whole (counted as skipped)."""
    sm = doc.source_map
    keep: List[Finding] = []
    out: List[Edit] = []
    seen = set()
    lost = 0
    for f in chosen:
        mapped = []
        for e in f.fix.edits:  # type: ignore[union-attr]
            r = sm.edit(e.start, e.end)
            if r is None:
                break
            mapped.append(Edit(r[0], r[1], e.replacement))
        if len(mapped) != len(f.fix.edits):  # type: ignore[union-attr]
            lost += 1
            continue
        keep.append(f)
        for m in mapped:
            if (m.start, m.end, m.replacement) not in seen:
                seen.add((m.start, m.end, m.replacement))
                out.append(m)
    out.sort(key=lambda e: (e.start, e.end))
    return out, keep, lost


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
    if original.replace("\r\n", "\n") != doc.fix_text:
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
    """Write ``data`` to the file ``path`` names, keeping what makes it that file.

    * A symbolic link is followed: its target is rewritten and the link stays a link.
    * Normally the new bytes go to a temporary file in the target's directory that
      then replaces it (``os.replace``): a kill or a full disk leaves the old file
      whole.  The temporary file gets the original's permission bits and, where the
      process may set them, its owner and group.
    * A file with several hard links, or whose owner this process cannot give the
      temporary file, is rewritten in place instead (same inode: the links, owner,
      ACLs and extended attributes stay); space for the new size is reserved first
      and the old bytes are put back if writing fails.
    """
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    try:
        st: Optional[os.stat_result] = os.stat(target)
    except OSError:
        st = None
    if st is not None and not stat.S_ISREG(st.st_mode):
        raise OSError(f"not a regular file: {path}")
    in_place = st is not None and st.st_nlink > 1
    if st is not None and not in_place and hasattr(os, "geteuid"):
        if (st.st_uid != os.geteuid() or st.st_gid != os.getegid()) and os.geteuid() != 0:
            in_place = True  # only root can give a new file someone else's owner
    if in_place:
        _write_in_place(target, data)
        return
    fd, tmp = tempfile.mkstemp(prefix=".lintgov-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != _owner(tmp):
                os.chown(tmp, st.st_uid, st.st_gid)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _owner(path: str) -> Tuple[int, int]:
    st = os.stat(path)
    return st.st_uid, st.st_gid


def _write_in_place(target: str, data: bytes) -> None:
    with open(target, "r+b") as fh:
        old = fh.read()
        fd = fh.fileno()
        if len(data) > len(old) and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(data))  # ENOSPC now, before a byte changes
            except OSError as e:
                if e.errno not in (errno.EOPNOTSUPP, errno.EINVAL, getattr(errno, "ENOSYS", -1)):
                    raise  # not supported by this file system: write anyway
        try:
            fh.seek(0)
            fh.write(data)
            fh.truncate(len(data))
            fh.flush()
            os.fsync(fd)
        except BaseException:
            fh.seek(0)
            fh.write(old)
            fh.truncate(len(old))
            fh.flush()
            raise


def apply_plan(plan: FilePlan) -> bool:
    """Write one plan to disk.  Returns whether the file changed; sets ``plan.error``."""
    doc = plan.doc
    if not plan.edits or plan.new_text == doc.fix_text:
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


def _line_starts(text: str) -> List[int]:
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    if starts[-1] == len(text) and len(starts) > 1:
        starts.pop()  # no empty last line after a final newline
    return starts


def _diff_lines(text: str) -> List[str]:
    return text.splitlines(keepends=True) if "\r" not in text and "\x0b" not in text and "\x0c" not in text \
        and "\x1c" not in text and "\x1d" not in text and "\x1e" not in text and "\x85" not in text \
        and "\u2028" not in text and "\u2029" not in text else _split_lf(text)


def _split_lf(text: str) -> List[str]:
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def unified_diff(plan: FilePlan, context: int = 3) -> str:
    """A unified diff of the plan (over ``Document.text``: line ends shown as LF).

    Built from the edits themselves: only the lines an edit touches are compared
    (with ``difflib``, line by line, inside each changed block) and the rest are
    known to be equal, so it costs time linear in the file however many fixes there
    are; hunks are grouped as ``difflib.unified_diff`` groups them."""
    import difflib
    text = plan.doc.fix_text
    edits = sorted(plan.edits, key=lambda e: (e.start, e.end))
    if not edits or plan.new_text == text:
        return ""
    starts = _line_starts(text)
    nlines = len(starts)

    def line_of(off: int) -> int:
        return max(0, bisect.bisect_right(starts, off) - 1)

    # changed blocks of old lines [a, b) with the edits inside
    groups: List[List[Any]] = []
    for e in edits:
        a = line_of(e.start)
        b = line_of(max(e.start, e.end - 1)) + 1 if e.end > e.start else a + 1
        if e.end > e.start and text[e.end - 1] == "\n":
            b = max(b, line_of(e.end) + 1) if e.end < len(text) else b
        if groups and a <= groups[-1][1]:
            groups[-1][1] = max(groups[-1][1], b)
            groups[-1][2].append(e)
        else:
            groups.append([a, b, [e]])
    old_lines = _diff_lines(text)
    new_lines: List[str] = []
    codes: List[Tuple[str, int, int, int, int]] = []
    i_old = 0

    def equal_to(i: int) -> None:
        nonlocal i_old
        if i > i_old:
            j = len(new_lines)
            new_lines.extend(old_lines[i_old:i])
            codes.append(("equal", i_old, i, j, len(new_lines)))
            i_old = i

    for a, b, es in groups:
        equal_to(a)
        lo = starts[a]
        hi = starts[b] if b < nlines else len(text)
        new_block = _diff_lines(apply_edits(text[lo:hi], [Edit(x.start - lo, x.end - lo, x.replacement) for x in es]))
        old_block = old_lines[a:b]
        j0 = len(new_lines)
        if len(old_block) * len(new_block) <= 250_000:
            sm = difflib.SequenceMatcher(None, old_block, new_block, autojunk=False)
            ops = sm.get_opcodes()
        else:  # one enormous block: shown as replaced
            ops = [("replace", 0, len(old_block), 0, len(new_block))]
        for tag, i1, i2, j1, j2 in ops:
            codes.append((tag, a + i1, a + i2, j0 + j1, j0 + j2))
        new_lines.extend(new_block)
        i_old = b
    equal_to(len(old_lines))
    # merge neighbouring equal runs, then group as difflib.SequenceMatcher.get_grouped_opcodes
    merged: List[Tuple[str, int, int, int, int]] = []
    for c in codes:
        if c[1] == c[2] and c[3] == c[4]:
            continue
        if merged and merged[-1][0] == "equal" == c[0]:
            t, i1, _, j1, _ = merged[-1]
            merged[-1] = ("equal", i1, c[2], j1, c[4])
        else:
            merged.append(c)
    if all(c[0] == "equal" for c in merged):
        return ""
    out = [f"--- a/{plan.doc.path}\n", f"+++ b/{plan.doc.path}\n"]
    for group in _grouped(merged, context):
        f, l = group[0], group[-1]
        out.append(f"@@ -{_range_of(f[1], l[2])} +{_range_of(f[3], l[4])} @@\n")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for line in old_lines[i1:i2]:
                    _emit(out, " ", line)
                continue
            for line in old_lines[i1:i2]:
                _emit(out, "-", line)
            for line in new_lines[j1:j2]:
                _emit(out, "+", line)
    return "".join(out)


def _emit(out: List[str], prefix: str, line: str) -> None:
    out.append(prefix + line)
    if not line.endswith("\n"):
        out.append("\n\\ No newline at end of file\n")


def _range_of(start: int, stop: int) -> str:
    """``start,length`` of a hunk side, as difflib writes it."""
    beginning = start + 1
    length = stop - start
    if length == 1:
        return f"{beginning}"
    if not length:
        beginning -= 1
    return f"{beginning},{length}"


def _grouped(codes: List[Tuple[str, int, int, int, int]], n: int) -> List[List[Tuple[str, int, int, int, int]]]:
    """difflib's ``get_grouped_opcodes`` over precomputed opcodes."""
    codes = list(codes)
    if codes[0][0] == "equal":
        tag, i1, i2, j1, j2 = codes[0]
        codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
    if codes[-1][0] == "equal":
        tag, i1, i2, j1, j2 = codes[-1]
        codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
    nn = n + n
    groups: List[List[Tuple[str, int, int, int, int]]] = []
    group: List[Tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > nn:
            group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
            groups.append(group)
            group = []
            i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
        group.append((tag, i1, i2, j1, j2))
    if group and not (len(group) == 1 and group[0][0] == "equal"):
        groups.append(group)
    return groups
