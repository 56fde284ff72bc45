"""OpenCC conversions of one text with only the dictionary entries that text can use.

Loading OpenCC's ``s2t`` configuration builds every entry of its phrase dictionary
(``STPhrases``, ~49,000 entries): ~35 ms in a warm process and ~75 ms of CPU in a fresh one,
more than linting a short traditional report.  OpenCC converts by maximal prefix matching:
at each position the longest dictionary key that starts there is replaced by its first value,
so a conversion of a text reads only the entries whose keys occur in that text.  A dictionary
holding only those entries (any superset of them) therefore gives exactly the same conversion,
for the text and for every substring of it.

:func:`converter_for` gives such a converter: OpenCC itself, run with the configuration's own
file (its normalisation, groups and match policies unchanged) in which each ``ocd2`` dictionary
is replaced by a small text dictionary holding the entries whose key is one character of the
text or starts with one of its pairs of neighbouring characters.  The entries are read once from
the installed dictionaries (``.ocd2`` files: a MARISA trie, read with ``marisa-trie``, then the
values) and kept in the user's cache folder, keyed by the OpenCC version, the configuration and
the dictionary files' sizes and times; OpenCC stays the authority on every conversion.

When the entries cannot be had (``marisa-trie`` missing, an unexpected file, a cache folder that
cannot be written to and nothing derived in this process) and for long texts (where the whole
dictionary is as cheap), the converter is the plain ``opencc.OpenCC(config)``: the same
conversions.  A bulk run builds a subset for every document that needs one (~10 ms of CPU for a
report of 20,000 characters) and lets it go with the document: the whole dictionary costs ~29 MiB
of native memory for the rest of the process, which a run of 1,000 files then held and a run of
72 did not (issue 14: memory flat in the number of files), while a subset costs ~2 MiB and only
while its document is linted.  ``tests/test_opencc_subset.py`` checks
the equivalence on every dictionary key and on the reports of the corpora and seeds.
"""
from __future__ import annotations

import itertools
import marshal
import operator
import os
import struct
import threading
from typing import Any, Dict, List, Optional, Tuple

from .digest import sha256

#: configurations converted through subsets (the others load in a few milliseconds)
SUBSET_CONFIGS = frozenset({"s2t"})
#: texts longer than this use the whole dictionary (its load is then a small part of the work)
MAX_TEXT = 300_000
_FORMAT = 4
_OCD2_HEADER = b"OPENCC_MARISA_0.2.5"

_lock = threading.Lock()
_loaded: Dict[str, Any] = {}          # config → (parsed configuration, {file: _Table}) or None
_last: Dict[str, Tuple[str, Any]] = {}  # config → (the text of the last subset, its converter)
_serial = [0]


def _share_dir() -> Optional[str]:
    try:
        import opencc
    except ImportError:  # pragma: no cover
        return None
    d = getattr(opencc, "_opencc_share_dir", None) or os.path.join(os.path.dirname(opencc.__file__), "clib",
                                                                   "share", "opencc")
    return d if os.path.isdir(d) else None


def cache_dir() -> str:
    """Where derived tables are kept: the pattern cache's folder (``$LINTGOV_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/lintgov``, else ``~/.cache/lintgov``)."""
    return os.environ.get("LINTGOV_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "lintgov")


def _dict_files(cfg: Any) -> List[str]:
    out: List[str] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            if x.get("type") == "ocd2" and isinstance(x.get("file"), str):
                out.append(x["file"])
            elif "type" in x and x.get("type") not in ("group",) and "file" in x:
                raise ValueError(f"dictionary type {x.get('type')!r}")
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(cfg)
    return out


def read_ocd2(path: str) -> Dict[str, List[str]]:
    """The entries (key → values, in OpenCC's order) of an OpenCC ``.ocd2`` dictionary."""
    import marisa_trie
    with open(path, "rb") as fh:
        data = fh.read()
    if not data.startswith(_OCD2_HEADER):
        raise ValueError(f"{path}: not an ocd2 dictionary")
    trie = marisa_trie.Trie()
    trie.frombytes(data[len(_OCD2_HEADER):])
    pos = len(_OCD2_HEADER) + len(trie.tobytes())
    num, total = struct.unpack_from("<II", data, pos)
    pos += 8
    buf = data[pos:pos + total]
    pos += total
    if num != len(trie):
        raise ValueError(f"{path}: {num} values for {len(trie)} keys")
    out: Dict[str, List[str]] = {}
    vp = 0
    for i in range(num):
        (nv,) = struct.unpack_from("<H", data, pos)
        pos += 2
        values = []
        for _ in range(nv):
            (nb,) = struct.unpack_from("<H", data, pos)
            pos += 2
            raw = buf[vp:vp + nb]
            vp += nb
            if not raw.endswith(b"\0"):
                raise ValueError(f"{path}: a value without its terminator")
            values.append(raw[:-1].decode("utf-8"))
        out[trie.restore_key(i)] = values
    if pos != len(data) or vp != total:
        raise ValueError(f"{path}: unexpected length")
    return out


_BAD = (" ", "\t", "\n", "\r", "\0", "\ufeff")


class _Table:
    """The entries of one dictionary as text-dictionary lines (``key\\tvalue value\\n``, UTF-8: read
    and written without decoding), grouped by the key's first character (one-character keys) or first
    two characters (longer keys): group ``i`` is ``lines[offsets[i]:offsets[i + 1]]`` and ``names[i]``
    its characters."""

    __slots__ = ("names", "lines", "offsets")

    def __init__(self, names: List[str], lines: bytes, offsets: Any) -> None:
        self.names, self.lines, self.offsets = names, lines, offsets

    def select(self, wanted: Any) -> bytes:
        """The lines of every group whose characters are in the set ``wanted`` (the groups' names
        tested in C: no index of the ~38,000 groups is built)."""
        lines, off = self.lines, self.offsets
        got = itertools.compress(range(len(self.names)), map(wanted.__contains__, self.names))
        return b"".join([lines[off[i]:off[i + 1]] for i in got])


def _derive(share: str, files: List[str]) -> Dict[str, Tuple[str, bytes, bytes]]:
    """file → (the groups' characters separated by NUL, the lines, the groups' offsets)."""
    import array
    out = {}
    for f in files:
        groups: Dict[str, List[str]] = {}
        for k, vs in read_ocd2(os.path.join(share, f)).items():
            if not k or not vs or any(b in k for b in _BAD) or any(not v or any(b in v for b in _BAD) for v in vs):
                raise ValueError(f"{f}: an entry a text dictionary cannot hold")
            groups.setdefault(k[:2], []).append(k + "\t" + " ".join(vs) + "\n")
        names = sorted(groups)
        lines = ["".join(groups[g]).encode("utf-8") for g in names]
        offsets = array.array("I", [0])
        for x in lines:
            offsets.append(offsets[-1] + len(x))
        out[f] = ("\0".join(names), b"".join(lines), offsets.tobytes())
    return out


def _tables(raw: Dict[str, Tuple[str, bytes, bytes]]) -> Dict[str, _Table]:
    import array
    out = {}
    for f, (names, lines, offsets) in raw.items():
        off = array.array("I")
        off.frombytes(offsets)
        keys = names.split("\0") if names else []
        if len(off) != len(keys) + 1 or off[-1] != len(lines):
            raise ValueError("a damaged table")
        out[f] = _Table(keys, lines, off)
    return out


def _load(config: str) -> Any:
    """(configuration, tables) for ``config``, from the cache or derived (None: not available)."""
    share = _share_dir()
    if share is None:
        return None
    try:
        import opencc
        with open(os.path.join(share, config + ".json"), "rb") as fh:
            raw = fh.read()
        import json             # (only for a traditional text: a simplified one's start does not import json)
        cfg = json.loads(raw)
        files = _dict_files(cfg)
        h = sha256(f"{_FORMAT}|{getattr(opencc, '__version__', '')}|{config}|".encode() + raw)
        for f in files:
            st = os.stat(os.path.join(share, f))
            h.update(f"|{f}|{st.st_size}|{st.st_mtime_ns}".encode())
    except (OSError, ValueError):
        return None
    path = os.path.join(cache_dir(), f"opencc-{config}-{h.hexdigest()[:24]}.tables")
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        version, got = marshal.loads(blob)
        if version == _FORMAT and sorted(got) == sorted(files):
            return cfg, _tables(got)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    try:
        derived = _derive(share, files)
        tables = _tables(derived)
    except Exception:  # marisa-trie missing, an unexpected file: the whole dictionary will do
        return None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            fh.write(marshal.dumps((_FORMAT, derived)))
        os.replace(tmp, path)
    except OSError:
        pass
    return cfg, tables


def _tables_for(config: str) -> Any:
    with _lock:
        if config not in _loaded:
            _loaded[config] = _load(config)
        return _loaded[config]


def subset_converter(config: str, text: str) -> Any:
    """An OpenCC instance of ``config`` whose dictionaries hold only the entries ``text`` can use
    (None when the entries cannot be had)."""
    got = _tables_for(config)
    return None if got is None else _subset(config, got[0], got[1], text)


def converter_for(config: str, text: str) -> Any:
    """A converter whose ``convert(s)`` is ``opencc.OpenCC(config).convert(s)`` for ``text`` and
    every substring of it (an OpenCC instance of ``config`` with a subset of its dictionaries, or
    the whole configuration: see the module's description)."""
    from .scripts import converter
    if config not in SUBSET_CONFIGS or len(text) > MAX_TEXT:
        return converter(config)
    last = _last.get(config)
    if last is not None and last[0] is text:
        return last[1]
    got = _tables_for(config)
    if got is None:
        return converter(config)
    cfg, tables = got
    conv = _subset(config, cfg, tables, text)
    if conv is None:
        return converter(config)
    _last[config] = (text, conv)
    return conv


def _write_subsets(x: Any, prefix: str, tables: Any, wanted: Any, written: List[str]) -> None:
    """Write, to files named ``prefix`` + a number, the entries of ``wanted`` of each ``ocd2`` dictionary
    the configuration ``x`` names and point the configuration at them.  (A module function, not a recursive closure: a
    closure that calls itself is a reference cycle, which kept the text's character pairs alive until
    a full garbage collection — rare in a command-line run, where they piled up over a bulk run.)"""
    if isinstance(x, dict):
        if x.get("type") == "ocd2":
            path = f"{prefix}{len(written)}.txt"
            with open(path, "wb") as fh:
                fh.write(tables[x["file"]].select(wanted))
            written.append(path)
            x["type"], x["file"] = "text", path
        for v in x.values():
            _write_subsets(v, prefix, tables, wanted, written)
    elif isinstance(x, list):
        for v in x:
            _write_subsets(v, prefix, tables, wanted, written)


def _subset(config: str, cfg: Any, tables: Any, text: str) -> Any:
    import opencc
    # the keys the text can use are among those of its characters and those starting with one of its
    # pairs of neighbouring characters (a superset is enough: entries whose keys do not occur in the
    # text are never matched)
    wanted = set(text)
    wanted.update(map(operator.add, text, text[1:]))
    with _lock:
        _serial[0] += 1
        serial = _serial[0]
    # the files go straight into the cache folder (which holds the tables): a folder of their own cost a
    # mkdir and an rmdir of the cache folder's entry, ~3.5 ms a subset on ext4 against ~0.2 ms for the files
    prefix = os.path.join(cache_dir(), f"subset-{os.getpid()}-{threading.get_ident()}-{serial}-")
    written: List[str] = []
    import json
    cfg = json.loads(json.dumps(cfg))
    try:
        try:
            _write_subsets(cfg, prefix, tables, wanted, written)
            path = f"{prefix}config.json"
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(json.dumps(cfg, ensure_ascii=False))   # dumps: json.dump encodes through closures that form a reference cycle
            written.append(path)
            return opencc.OpenCC(path)
        finally:
            for p in written:
                try:
                    os.remove(p)
                except OSError:
                    pass
    except Exception:  # a folder that cannot be written, a dictionary OpenCC refuses: the whole one
        return None
