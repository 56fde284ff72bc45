"""A persistent cache of compiled regular expressions (start-up speed).

lintgov's rules use several hundred regular expressions; ``re`` parses and
compiles each of them in Python at every start (40–80 ms, a third of a check of
one short file).  The expensive part is the translation of the pattern into the
``_sre`` engine's code; the engine object itself is built in C from that code in
microseconds.  This module records, for each pattern ``re`` compiles, the exact
arguments ``re``'s compiler passed to ``_sre.compile`` and stores them on disk
(``marshal``, keyed by the interpreter's version and ``_sre.MAGIC``); the next
process builds the same pattern objects straight from them.  The file is an index
of keys (bytes: nothing to decode) followed by the entries, which are mapped into
memory and unpacked one by one when a pattern asks for them.  Nothing about
matching changes: the pattern objects are the ones ``re`` would have built (the
same code, flags and groups), and any error falls back to ``re``'s own compiler.

* :func:`install` hooks ``re``'s compiler (done by the command line and the
  language server, not by ``import lintgov``);
* :func:`save` writes the new entries (``lintgov check`` calls it before exiting).

The file lives in ``$LINTGOV_CACHE_DIR`` or the user cache directory
(``$XDG_CACHE_HOME/lintgov``, ``~/.cache/lintgov``); ``LINTGOV_NO_PATTERN_CACHE=1``
turns the cache off.  An unwritable directory or a damaged file costs only the
compilation it would have saved.
"""
from __future__ import annotations

import array
import marshal
import os
import zlib
import re
import sys
from typing import Any, Dict, Optional, Tuple

try:  # Python ≥ 3.11
    from re import _compiler as _compiler_mod  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.9/3.10
    import sre_compile as _compiler_mod  # type: ignore[no-redef]

_sre: Any = _compiler_mod._sre  # type: ignore[attr-defined]
_DEBUG = int(getattr(re, "DEBUG", 128))   # a plain int: & with the RegexFlag costs ~0.4 µs a pattern
#: a process records at most this many new patterns (a runaway producer of distinct patterns); the
#: stored ones do not count (new entries are in both tables, and counting the file's entries left a
#: full file unable to take a new workload's patterns)
MAX_ENTRIES = 4000
#: how many patterns ``re``'s own cache of its module functions holds once :func:`install` ran (``re._MAXCACHE``: 512)
RE_CACHE = 4096

# every table is keyed by bytes (the pattern's or source text's UTF-8 with its flags: see _re_key): the
# stored keys are then read without decoding ~2,000 pattern texts at every start
_entries: Dict[bytes, Any] = {}      # key → stored entry (int: its place in the file), or its unpacked arguments
_new: Dict[bytes, tuple] = {}
# the same for the third-party ``regex`` module, whose patterns carry their own build data
# (``Pattern._pickled_data``, what pickling them stores); replayed patterns are kept in _live
_rx_entries: Dict[bytes, Any] = {}
_rx_new: Dict[bytes, tuple] = {}
_rx_live: Dict[bytes, Any] = {}
# the functions ``dataclasses`` writes for each class (__init__, __eq__, __hash__, __setattr__ of
# frozen classes…) are compiled from source text at every start (~0.5 ms a class, 50 classes): the
# code objects are stored too, keyed by that text, and ``dataclasses`` runs them instead
_code_entries: Dict[bytes, Any] = {}
_code_new: Dict[bytes, Any] = {}
_code_used: set = set()
_dc_module: Any = None
# parsed TOML: the configuration's pyproject.toml and the built-in section profile were parsed at every
# start, and ``tomllib`` imported for them (~1.5 ms); a text parsed before is read back from its
# marshalled result (see :func:`toml_loads`).  key → place in the file (int) or the marshalled result
_toml_entries: Dict[bytes, Any] = {}
_toml_new: Dict[bytes, bytes] = {}
_toml_used: set = set()
#: TOML texts longer than this are parsed every time (a configuration is a few lines)
MAX_TOML = 65_536
#: stored entries this process used (kept first when the file is rewritten)
_used: set = set()
_rx_used: set = set()
#: entries a rewritten file keeps: this process's, then earlier ones up to this many.  A bulk run uses more
#: patterns than a one-file check (corpus/gwr: 2,345, the year-specific ones of each report included); with
#: room for 2,000 such a run found ~350 of its patterns missing at every start, compiled them (~0.4 ms each)
#: and rewrote the file, evicting others it needed next time.  Entries are unpacked only when used and the
#: index is read as bytes, so a larger file costs a one-file start little.
MAX_SAVED = 4000
#: the file's layout (format 4): ``_MAGIC``, the length of the index (8 bytes, little-endian), the index
#: (marshal: section name → (the keys, as bytes, in order; the offsets of their entries in the data that
#: follows, ``array('Q')`` bytes, one more than the keys)), then the entries, each a marshal string.  The
#: index is read at start-up (keys as bytes: nothing to decode) and the entries are mapped, not read:
#: a run touches the pages of the ~800 entries it uses, not the ~3 MB of the file (format 2, one
#: marshal dict of every entry, cost ~4.5 ms a start to read).  Format 4 stores a pattern's engine code
#: (the third argument, a list of ~500 integers on average) as the bytes of an array of ``_sre``'s code
#: units: ``marshal`` reads a list of integers one object at a time, ``array.tolist`` makes the list in
#: one C loop (the 785 entries a seed's check unpacks: ~9 → ~3.5 ms; format 3 stored the list)
_FORMAT = 4
_MAGIC = b"lintgov-recache\x04"
#: the array type of one ``_sre`` code unit (``_sre.CODESIZE`` bytes, unsigned), or None: lists are stored
_CODE_TYPE: Optional[str] = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)
#: section → offsets of its stored entries in _data (``array('Q')``)
_offsets: Dict[str, Any] = {}
_data: Any = None
_mapped: Any = None
_rx_main: Any = None
_rx_orig: Any = None
_installed = False
_orig_compile: Any = None
_path: Optional[str] = None


def _cache_file() -> Optional[str]:
    if os.environ.get("LINTGOV_NO_PATTERN_CACHE"):
        return None
    base = os.environ.get("LINTGOV_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "lintgov")
    tag = f"{sys.implementation.cache_tag}-{sys.version_info[0]}.{sys.version_info[1]}.{sys.version_info[2]}" \
          f"-{sys.version_info[3]}{sys.version_info[4]}-{_sre.MAGIC}-{_sre.CODESIZE}"
    # one file per installation (its folder): two checkouts or virtual environments of different
    # versions do not evict each other's patterns from one shared file at every start
    here = os.path.dirname(os.path.abspath(__file__))
    inst = f"{zlib.crc32(here.encode('utf-8', 'surrogatepass')):08x}"
    return os.path.join(base, f"patterns-{tag}-{inst}.marshal")


class _Recorder:
    """Stands in for ``_sre`` while ``re`` compiles one pattern, to record the arguments."""

    def __init__(self) -> None:
        self.calls: list = []

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.calls.append(args)
        return _sre.compile(*args)


def _re_key(p: Any, flags: int) -> bytes:
    if type(p) is str:
        return b"s%d\0" % flags + p.encode("utf-8", "surrogatepass")
    return b"b%d\0" % flags + p


def _stored(section: str, i: int) -> Any:
    """The unpacked entry ``i`` of ``section`` of the file."""
    off = _offsets[section]
    return marshal.loads(_data[off[i]:off[i + 1]])


def _compile(p: Any, flags: int = 0) -> Any:
    if type(p) not in (str, bytes) or not isinstance(flags, int) or flags & _DEBUG:
        return _orig_compile(p, flags)
    key = _re_key(p, int(flags))
    args = _entries.get(key)
    if args is not None:
        _used.add(key)
        try:
            if type(args) is int:        # stored entries are unpacked when first used
                args = _entries[key] = _stored("re", args)
            code = args[2]
            if type(code) is bytes:      # the engine code as an array's bytes (format 4)
                units = array.array(_CODE_TYPE)  # type: ignore[arg-type]
                units.frombytes(code)
                return _sre.compile(args[0], args[1], units.tolist(), *args[3:])
            return _sre.compile(*args)
        except Exception:  # pragma: no cover - a damaged entry: compile it again
            _entries.pop(key, None)
    rec = _Recorder()
    _compiler_mod._sre = rec
    try:
        compiled = _orig_compile(p, flags)
    finally:
        _compiler_mod._sre = _sre
    if len(rec.calls) == 1 and len(_new) < MAX_ENTRIES:
        args = _plain(rec.calls[0])
        if args is not None:
            _new[key] = _entries[key] = args
    return compiled


def _plain(args: tuple) -> Optional[tuple]:
    """``args`` with ``re``'s named opcode constants (int subclasses) as plain ints, so that
    ``marshal`` can store them; None when something else is in there."""
    out = []
    for a in args:
        if isinstance(a, bool) or a is None or type(a) in (str, bytes):
            out.append(a)
        elif isinstance(a, int):
            out.append(int(a))
        elif isinstance(a, list) and all(isinstance(x, int) for x in a):
            out.append([int(x) for x in a])
        elif isinstance(a, dict) and all(type(k) is str and isinstance(v, int) for k, v in a.items()):
            out.append({k: int(v) for k, v in a.items()})
        elif isinstance(a, tuple) and all(x is None or type(x) is str for x in a):
            out.append(a)
        else:
            return None
    if len(out) > 2 and type(out[2]) is list and _CODE_TYPE is not None:
        try:
            out[2] = array.array(_CODE_TYPE, out[2]).tobytes()
        except OverflowError:  # pragma: no cover - a code unit beyond CODESIZE bytes: keep the list
            pass
    return tuple(out)


def _regex_compile(pattern: Any, flags: Any, ignore_unused: Any, kwargs: Any, cache_it: Any) -> Any:
    if type(pattern) is not str or kwargs or not isinstance(flags, int) or not cache_it \
            or flags & (_rx_main.DEBUG | _rx_main.LOCALE):
        return _rx_orig(pattern, flags, ignore_unused, kwargs, cache_it)
    key = b"%d,%d\0" % (int(flags), int(_rx_main.DEFAULT_VERSION)) + pattern.encode("utf-8", "surrogatepass")
    live = _rx_live.get(key)
    if live is not None:
        return live
    args = _rx_entries.get(key)
    if args is not None:
        _rx_used.add(key)
        try:
            if type(args) is int:
                args = _rx_entries[key] = _stored("rx", args)
            live = _rx_main._regex.compile(*args)
        except Exception:  # pragma: no cover - a damaged entry
            _rx_entries.pop(key, None)
        else:
            _rx_live[key] = live
            return live
    compiled = _rx_orig(pattern, flags, ignore_unused, kwargs, cache_it)
    data = getattr(compiled, "_pickled_data", None)
    # patterns with an inline locale flag depend on the locale: never stored
    if isinstance(data, tuple) and _rx_main._locale_sensitive.get((str, pattern)) is False \
            and len(_rx_new) < MAX_ENTRIES:
        try:
            marshal.dumps(data)
        except ValueError:
            return compiled
        _rx_new[key] = _rx_entries[key] = data
        _rx_live[key] = compiled
    return compiled


def _dataclass_exec(source: Any, globals: Any = None, locals: Any = None) -> None:
    """``exec`` as ``dataclasses`` calls it, with the code object of a known source text."""
    if type(source) is str:
        source = _cached_code(source.encode("utf-8", "surrogatepass"), lambda: compile(source, "<string>", "exec"))
    exec(source, globals, locals)


def _cached_code(key: bytes, make: Any) -> Any:
    """The code object stored under ``key`` in the code section (read back from its marshal bytes on first use),
    else ``make()``'s, stored for the next start while the section has room."""
    code = _code_entries.get(key)
    if type(code) is int:
        try:
            code = _code_entries[key] = _stored("code", code)
        except Exception:  # pragma: no cover - a damaged entry
            code = None
        if type(code) is not type(_read.__code__):
            code = None
    if code is None:
        code = make()
        if len(_code_entries) < MAX_ENTRIES:
            _code_entries[key] = _code_new[key] = code
    else:
        _code_used.add(key)
    return code


#: the code section's keys of ``compile(…, '<string>', 'eval')`` as ``typing.ForwardRef`` calls it (a dataclass
#: source text never starts with a NUL)
_EVAL_KEY = b"\0eval\0"


def _forward_compile(source: Any, filename: Any, mode: Any, *rest: Any, **kw: Any) -> Any:
    """``compile`` as ``typing.ForwardRef`` calls it, ``compile(arg, '<string>', 'eval')``, with the code object
    of a known expression: the fields of a ``NamedTuple`` declared in a module under ``from __future__ import
    annotations`` are strings, and ``typing`` compiles each (``int``, ``str``, ``Optional[str]``…) at every start,
    ~250,000 instructions apiece for the parser's set-up (44 of them in a one-file check).  The code is the one
    ``compile`` makes: ``typing`` inherits no future flags and neither does this call; an expression that
    is not valid raises the same ``SyntaxError``."""
    if type(source) is str and filename == "<string>" and mode == "eval" and not rest and not kw:
        return _cached_code(_EVAL_KEY + source.encode("utf-8", "surrogatepass"),
                            lambda: compile(source, filename, mode, 0, True))
    return compile(source, filename, mode, *rest, **kw)


def _tomllib() -> Any:
    if sys.version_info >= (3, 11):
        import tomllib
        return tomllib
    import tomli  # pragma: no cover - Python < 3.11
    return tomli  # pragma: no cover


def toml_loads(text: str) -> Dict[str, Any]:
    """``tomllib.loads(text)`` (``tomli`` before Python 3.11), a new object at every call.  Once the
    cache is installed, a text this process or an earlier one parsed is read back from the marshalled
    result instead (without importing ``tomllib``).  Only results ``marshal`` keeps exactly are stored
    (tables, arrays, strings, numbers, booleans: a date or a NaN is parsed every time); a text that
    does not parse raises as ``tomllib`` does and is not stored."""
    key = text.encode("utf-8", "surrogatepass") if _installed and len(text) <= MAX_TOML else None
    if key is not None:
        got = _toml_entries.get(key)
        if got is not None:
            try:
                data = _stored("toml", got) if type(got) is int else marshal.loads(got)
            except Exception:  # pragma: no cover - a damaged entry: parse again
                data = None
            if type(data) is dict:
                _toml_used.add(key)
                return data
            _toml_entries.pop(key, None)
    data = _tomllib().loads(text)
    if key is not None and len(_toml_entries) < MAX_ENTRIES:
        try:
            blob = marshal.dumps(data)
        except ValueError:  # a date or a time
            return data
        if marshal.loads(blob) == data:
            _toml_entries[key] = _toml_new[key] = blob
    return data


_rx_tag: Optional[str] = None
_rx_files: Optional[Tuple[str, str]] = None   # (the regex package's folder, its engine's extension file name)


def _regex_place() -> Optional[Tuple[str, str]]:
    """(folder, extension file name) of the installed ``regex`` package, found without importing it."""
    global _rx_files
    if _rx_files is None:
        try:
            import importlib.machinery
            import importlib.util
            spec = importlib.util.find_spec("regex")
            folder = os.path.dirname(spec.origin) if spec is not None and spec.origin else None
            names = os.listdir(folder) if folder else []
            ext = next((n for n in sorted(names) for suf in importlib.machinery.EXTENSION_SUFFIXES
                        if n == "_regex" + suf), None)
            _rx_files = (folder, ext) if folder and ext else ("", "")
        except Exception:  # pragma: no cover - regex is a dependency
            _rx_files = ("", "")
    return _rx_files if _rx_files[0] else None


def _regex_tag() -> str:
    """The name of the file's section of ``regex`` patterns: the installed package's version, read from its files
    without importing it (its compiler, ``regex._regex_core``, costs ~12 ms to import): the sizes and times of its
    compiler, its module and its engine.  Another installation or version of ``regex`` reads another section."""
    global _rx_tag
    if _rx_tag is None:
        place = _regex_place()
        tag = ""
        if place is not None:
            try:
                parts = ["regex-files", place[1]]
                for n in ("_regex_core.py", "_main.py", place[1]):
                    st = os.stat(os.path.join(place[0], n))
                    parts.append(f"{st.st_size}-{st.st_mtime_ns}")
                tag = "|".join(parts)
            except OSError:
                tag = ""
        _rx_tag = tag
    return _rx_tag


#: ``regex``'s default version flag (``regex.DEFAULT_VERSION``, ``VERSION0``) as its compiler keys a pattern; a
#: ``regex`` whose default differs keys its patterns otherwise, and :func:`regex_pattern` then finds none (it compiles)
_RX_DEFAULT_VERSION = 8192
_rx_engine: Any = None


def _regex_engine() -> Any:
    """``regex``'s engine (the C extension ``regex._regex``, where ``regex._regex.compile`` builds a pattern from
    its build data), loaded without the package when ``regex`` was not imported yet.  It is registered as
    ``regex._regex``, so that a later ``import regex`` uses the same engine."""
    global _rx_engine
    if _rx_engine is None:
        mod = sys.modules.get("regex._regex")
        if mod is None:
            place = _regex_place()
            if place is None:
                raise ImportError("regex")
            import importlib.machinery
            import importlib.util
            path = os.path.join(place[0], place[1])
            loader = importlib.machinery.ExtensionFileLoader("regex._regex", path)
            spec = importlib.util.spec_from_file_location("regex._regex", path, loader=loader)
            if spec is None:  # pragma: no cover
                raise ImportError("regex._regex")
            mod = importlib.util.module_from_spec(spec)
            loader.exec_module(mod)
            mod = sys.modules.setdefault("regex._regex", mod)
        _rx_engine = mod
    return _rx_engine


def regex_pattern(pattern: Any, flags: Any = 0) -> Any:
    """``regex.compile(pattern, flags)`` when this process or an earlier one stored that pattern's build data
    (the same pattern object: ``regex``'s engine builds it from the data ``regex``'s compiler gave it), without
    importing ``regex``'s compiler; None when it is not stored (the caller then compiles it with ``regex``, which
    stores it for the next start).  Only while :func:`install` is in effect and ``regex``'s compiler is not imported
    (once it is, ``regex.compile`` itself reads the store: :func:`hook_regex`)."""
    if not _installed or _rx_main is not None or type(pattern) is not str or type(flags) is not int \
            or "regex._main" in sys.modules:
        return None
    key = b"%d,%d\0" % (flags, _RX_DEFAULT_VERSION) + pattern.encode("utf-8", "surrogatepass")
    live = _rx_live.get(key)
    if live is not None:
        return live
    args = _rx_entries.get(key)
    if args is None:
        return None
    try:
        if type(args) is int:
            args = _rx_entries[key] = _stored("rx", args)
        live = _regex_engine().compile(*args)
    except Exception:  # a damaged entry, an engine that cannot be loaded: regex compiles it
        return None
    _rx_used.add(key)
    _rx_live[key] = live
    return live


def hook_regex() -> None:
    """Hook ``regex``'s compiler (once ``regex`` is imported, while :func:`install` is in effect), so that the
    patterns it compiles are read from the store and new ones are stored."""
    global _rx_main, _rx_orig
    pkg, engine = sys.modules.get("regex"), sys.modules.get("regex._regex")
    if pkg is not None and engine is not None and not hasattr(pkg, "_regex"):
        # the engine was loaded before the package (_regex_engine): bound on it as an import of the package binds it
        pkg._regex = engine
    if not _installed or _rx_main is not None:
        return
    rx_main = sys.modules.get("regex._main")
    if rx_main is not None and callable(getattr(rx_main, "_compile", None)) and hasattr(rx_main, "_regex") \
            and isinstance(getattr(rx_main, "_locale_sensitive", None), dict):
        _rx_main, _rx_orig = rx_main, rx_main._compile
        rx_main._compile = _regex_compile


#: the file's sections: (name in the file, table) — the ``regex`` module's section is named by its version
def _sections() -> Tuple[Tuple[str, str, Dict[bytes, Any]], ...]:
    return (("re", "re", _entries), ("rx", _regex_tag(), _rx_entries), ("code", "code", _code_entries),
            ("toml", "toml", _toml_entries))


def _read(path: str) -> Any:
    """(index, data) of a format-3 file — the index maps a section's name to (keys, offsets) — or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(_MAGIC) + 8)
            if len(head) != len(_MAGIC) + 8 or not head.startswith(_MAGIC):
                return None
            n = int.from_bytes(head[len(_MAGIC):], "little")
            raw = fh.read(n)
            if len(raw) != n:
                return None
            index = marshal.loads(raw)
            if os.name == "nt":  # a mapped file cannot be replaced there: read it
                data: Any = memoryview(fh.read())
            else:
                import mmap
                size = os.fstat(fh.fileno()).st_size
                global _mapped
                _mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size > len(head) + n else b""
                data = memoryview(_mapped)[len(head) + n:]
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return (index, data) if isinstance(index, dict) else None


def _load(path: str) -> None:
    global _data
    got = _read(path)
    if got is None:
        return
    index, data = got
    for name, filed, into in _sections():
        sec = index.get(filed)
        if not (isinstance(sec, tuple) and len(sec) == 2 and isinstance(sec[0], list) and type(sec[1]) is bytes):
            continue
        keys, raw = sec
        off = array.array("Q")
        try:
            off.frombytes(raw)
        except ValueError:
            continue
        if len(off) != len(keys) + 1 or (keys and (off[0] > off[-1] or off[-1] > len(data))) \
                or not all(type(k) is bytes for k in keys):
            continue
        _offsets[name] = off
        # each entry is unpacked only when a pattern asks for it (a run uses a part of the file)
        into.update(zip(keys, range(len(keys))))
    _data = data


#: ``re``'s own ``_compile`` (restored by :func:`_uninstall_re_compile`, for tests)
_re_orig_compile: Any = None
#: the names CPython 3.11's ``re._compile`` reads from its module: :func:`_re_compile` is its copy
_RE_COMPILE_NAMES = frozenset({"isinstance", "RegexFlag", "value", "_cache", "type", "KeyError", "Pattern",
                               "ValueError", "_compiler", "isstring", "TypeError", "T", "warnings", "warn",
                               "DeprecationWarning", "compile", "DEBUG", "len", "_MAXCACHE", "next", "iter",
                               "StopIteration", "RuntimeError"})


def _re_compile(pattern: Any, flags: Any) -> Any:
    """CPython 3.11's ``re._compile`` (what ``re.compile``, ``re.search``… call), with the flag tests on plain
    integers: ``re`` tests ``flags & T`` and ``flags & DEBUG`` with its ``RegexFlag`` members, and ``int & RegexFlag``
    runs ``enum``'s ``__rand__`` in Python (~2.4 µs a pattern ``re`` compiles, ~1,000 patterns a one-file check:
    every lazily compiled pattern passes here once).  Same cache, same eviction, same errors and warning; any
    flags that are not a plain integer after ``RegexFlag.value`` go to ``re``'s own function."""
    if type(flags) is not int:
        if not isinstance(flags, re.RegexFlag):
            return _re_orig_compile(pattern, flags)
        flags = flags.value
        if type(flags) is not int:  # pragma: no cover - RegexFlag values are ints
            return _re_orig_compile(pattern, flags)
    cache = re._cache  # type: ignore[attr-defined]
    try:
        return cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if flags & _TEMPLATE or type(pattern) not in (str, bytes):
        return _re_orig_compile(pattern, flags)  # the deprecation warning, compiled patterns, type errors
    p = _compiler_mod.compile(pattern, flags)
    if not (flags & _DEBUG):
        if len(cache) >= re._MAXCACHE:  # type: ignore[attr-defined]
            try:
                del cache[next(iter(cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        cache[type(pattern), pattern, flags] = p
    return p


_TEMPLATE = int(getattr(re, "TEMPLATE", 1))


def _install_re_compile() -> None:
    """Put :func:`_re_compile` in ``re`` where ``re._compile`` is the function it copies (CPython 3.11)."""
    global _re_orig_compile
    cur = getattr(re, "_compile", None)
    code = getattr(cur, "__code__", None)
    if _re_orig_compile is not None or code is None or sys.version_info[:2] != (3, 11) \
            or set(code.co_names) != _RE_COMPILE_NAMES or code.co_varnames[:2] != ("pattern", "flags") \
            or not isinstance(getattr(re, "_cache", None), dict) or int(re.DEBUG) != _DEBUG:
        return
    _re_orig_compile = cur
    re._compile = _re_compile  # type: ignore[attr-defined]


def _uninstall_re_compile() -> None:
    global _re_orig_compile
    if _re_orig_compile is not None:
        re._compile = _re_orig_compile  # type: ignore[attr-defined]
        _re_orig_compile = None


def install() -> None:
    """Hook ``re``'s compiler (idempotent) and load the stored patterns."""
    global _installed, _orig_compile, _path
    if _installed:
        return
    _path = _cache_file()
    if _path is None:
        return
    _installed = True
    _load(_path)
    # re keeps the patterns its module functions (re.sub(r"…", …), re.compile) compiled in a FIFO of 512: a bulk run
    # uses ~2,300 (each lazily compiled pattern passes through it once), so every document pushed out patterns the
    # next one asked for again, and each came back through _compile (~2,900 times a run of corpus/gwr)
    if getattr(re, "_MAXCACHE", RE_CACHE) < RE_CACHE:
        re._MAXCACHE = RE_CACHE  # type: ignore[attr-defined]
    _orig_compile = _compiler_mod.compile
    _compiler_mod.compile = _compile
    _install_re_compile()
    # regex's compiler is hooked when regex is imported (lintgov.regexlite imports it only for a pattern not stored)
    hook_regex()
    global _dc_module
    import dataclasses
    # only where dataclasses calls the builtin exec by name from its own module (CPython 3.9-3.12)
    create = getattr(dataclasses, "_create_fn", None)
    if "exec" not in vars(dataclasses) and "exec" in getattr(getattr(create, "__code__", None), "co_names", ()):
        dataclasses.exec = _dataclass_exec  # type: ignore[attr-defined]
        _dc_module = dataclasses
    # the same for typing's forward references, which call the builtin compile by name from their module
    import typing
    init = getattr(getattr(typing, "ForwardRef", None), "__init__", None)
    if "compile" not in vars(typing) and "compile" in getattr(getattr(init, "__code__", None), "co_names", ()):
        typing.compile = _forward_compile  # type: ignore[attr-defined]


def _packed(name: str, v: Any) -> bytes:
    if type(v) is int:
        off = _offsets[name]
        return bytes(_data[off[v]:off[v + 1]])
    return v if type(v) is bytes else marshal.dumps(v)


def save() -> None:
    """Write the patterns compiled in this process that were not stored yet (atomically).
    Nothing is written when every pattern came from the file (a steady state: no start pays
    for rewriting it)."""
    if not _installed or _path is None:
        return
    if not (_new or _rx_new or _code_new or _toml_new):
        return
    try:
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        index: Dict[str, Any] = {}
        blobs: list = []
        at = 0
        # what this process compiled or used first, then the other entries the file held when this
        # process read it, while there is room (patterns other programs compiled in a test run do not
        # accumulate for ever; a concurrent writer's entries may be lost: only a cache miss)
        news = {"re": (_new, _used), "rx": (_rx_new, _rx_used), "code": (_code_new, _code_used),
                "toml": (_toml_new, _toml_used)}
        for name, filed, mine in _sections():
            new, used = news[name]
            keep = {key: _packed(name, v) for key, v in new.items()}
            keep.update((u, _packed(name, mine[u])) for u in used if u in mine and u not in keep)
            for key, v in mine.items():
                if len(keep) >= MAX_SAVED:
                    break
                if key not in keep:
                    keep[key] = _packed(name, v)
            off = array.array("Q", [at])
            for v in keep.values():
                at += len(v)
                off.append(at)
            blobs += keep.values()
            index[filed] = (list(keep), off.tobytes())
        head = marshal.dumps(index)
        tmp = f"{_path}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as fh:
                fh.write(_MAGIC + len(head).to_bytes(8, "little") + head)
                fh.write(b"".join(blobs))
            os.replace(tmp, _path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
        _new.clear()
        _rx_new.clear()
        _used.clear()
        _rx_used.clear()
        _code_new.clear()
        _code_used.clear()
        _toml_new.clear()
        _toml_used.clear()
    except (OSError, ValueError):
        pass
