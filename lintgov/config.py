"""Configuration: ``[tool.lintgov]`` in ``pyproject.toml``, or ``lintgov.toml`` /
``.lintgov.toml`` (same keys, no ``tool.lintgov`` prefix).

Discovery (ruff's rule): starting from the working directory and walking up,
the first directory holding ``lintgov.toml``, ``.lintgov.toml`` or a
``pyproject.toml`` *that has a* ``[tool.lintgov]`` *table* wins; ``--config FILE``
names the file instead and ``--isolated`` ignores all files.  Command-line
options override the file.  Relative paths in a file resolve against its folder.

Unknown keys and bad values raise :class:`ConfigError` (the CLI exits 2).
"""
from __future__ import annotations

import fnmatch
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple



def _toml():
    """tomllib (Python >= 3.11) or tomli, imported when a file is actually read."""
    if sys.version_info >= (3, 11):
        import tomllib
        return tomllib
    import tomli  # pragma: no cover - exercised on Python < 3.11
    return tomli

from . import recache as _recache
from .rule import CATEGORIES, LEVEL_RANK, Rule

LANGS = ("zh", "en")
FAIL_LEVELS = ("error", "warning", "note")
SCRIPT_TARGETS = ("auto", "zh-Hans", "zh-Hant", "zh-Hant-TW", "zh-Hant-HK")
COLUMN_UNITS = ("utf16", "codepoint", "utf8")


class ConfigError(Exception):
    """A configuration or usage problem; the message names the file and the key."""


@dataclass
class Settings:
    """The settings of one run or file: rule selection, rule options, language, output and limits (from the configuration and the command line)."""
    select: Optional[List[str]] = None          # None: every rule
    extend_select: List[str] = field(default_factory=list)
    ignore: List[str] = field(default_factory=list)
    per_file_ignores: Dict[str, List[str]] = field(default_factory=dict)
    rule_options: Dict[str, Dict[str, Any]] = field(default_factory=dict)
    lang: str = "zh"
    fail_level: str = "warning"
    exclude: List[str] = field(default_factory=list)
    extend_exclude: List[str] = field(default_factory=list)
    output_format: Optional[str] = None
    column_unit: str = "utf16"
    profile: Optional[str] = None               # section profile name (None: by document kind)
    profile_paths: List[str] = field(default_factory=list)
    script_target: str = "auto"
    #: [tool.lintgov.data]: reference lists for the protected-names rules (see lintgov.data.DATA_KEYS)
    data: Dict[str, List[str]] = field(default_factory=dict)
    source: Optional[str] = None                # the file the settings came from
    root: str = "."                             # the folder paths are reported relative to
    limits: Any = None                          # lintgov.limits.Limits ([tool.lintgov.limits]); None: defaults
    cache_dir: Optional[str] = None             # `cache-dir` (relative to the configuration's folder)
    respect_gitignore: bool = True              # `respect-gitignore`: directory walks skip what .gitignore ignores

    def run_settings(self) -> Dict[str, Any]:
        """Document-level knobs rules read through ``ctx.settings``."""
        return {"profile": self.profile, "profile_paths": list(self.profile_paths),
                "script_target": self.script_target, "lang": self.lang, "data": dict(self.data)}


_KEYS = {
    "select", "extend-select", "ignore", "extend-ignore", "per-file-ignores", "rules", "lang",
    "fail-level", "exclude", "extend-exclude", "output-format", "column-unit", "profile",
    "profile-paths", "script-target", "data", "limits", "cache-dir", "respect-gitignore",
}


def find_config(start: str) -> Optional[str]:
    d = os.path.abspath(start)
    while True:
        for name in ("lintgov.toml", ".lintgov.toml"):
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        p = os.path.join(d, "pyproject.toml")
        if os.path.isfile(p):
            try:
                with open(p, "rb") as f:
                    raw = f.read(MAX_CONFIG_BYTES + 1)
            except OSError:
                raw = b""
            # a pyproject.toml that does not parse may be the one meant to configure this run:
            # an error naming the file (as ruff does), never a silent run with defaults
            if _has_lintgov_table(p, raw):
                return p
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


#: (path, bytes) of a pyproject.toml → whether it has a [tool.lintgov] table: the configuration of the
#: file's folder and the working directory's are looked up separately, and each parse cost ~1 ms
_HAS_LINTGOV: Dict[Tuple[str, bytes], bool] = {}


def _has_lintgov_table(path: str, raw: bytes) -> bool:
    key = (path, raw)
    got = _HAS_LINTGOV.get(key)
    if got is None:
        tool = _parse_toml(path, raw).get("tool")   # a ConfigError is raised at every look-up
        got = isinstance(tool, dict) and "lintgov" in tool
        if len(_HAS_LINTGOV) < 64:
            _HAS_LINTGOV[key] = got
    return got


#: a configuration file larger than this is refused (it is a few lines of TOML)
MAX_CONFIG_BYTES = 4 * 1024 * 1024


def _parse_toml(path: str, raw: bytes) -> Dict[str, Any]:
    """Parse TOML bytes; any problem is a :class:`ConfigError` naming ``path``."""
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: 配置文件过大 / config file larger than {MAX_CONFIG_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: 不是 UTF-8 编码 / not UTF-8 (TOML must be UTF-8): byte {e.start}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        data = _recache.toml_loads(text)       # the parse of a text seen before is read back (recache)
    except _toml().TOMLDecodeError as e:
        raise ConfigError(f"{path}: TOML 语法错误 / invalid TOML: {e}") from None
    except (RecursionError, ValueError, TypeError) as e:  # deeply nested arrays and tables
        raise ConfigError(f"{path}: 无法解析 / cannot parse: {type(e).__name__}") from None
    return data


def load_table(path: str) -> Dict[str, Any]:
    try:
        if os.path.isdir(path):
            raise ConfigError(f"{path}: 这是一个目录 / is a directory, not a config file")
        with open(path, "rb") as f:
            raw = f.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: 配置文件不存在 / config file not found") from None
    except OSError as e:
        raise ConfigError(f"{path}: 无法读取配置文件 / cannot read config file: {e.strerror}") from None
    data = _parse_toml(path, raw)
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("lintgov", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: `tool.lintgov` 应为表 / must be a table")
        return table
    tool = data.get("tool")
    if isinstance(tool, dict) and "lintgov" in tool and set(data) == {"tool"}:
        return tool["lintgov"]  # a [tool.lintgov] table in a file named with --config
    return data


def _str_list(path: str, key: str, value: Any) -> List[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: `{key}` 应为字符串列表 / `{key}` must be a list of strings, got {value!r}")
    return list(value)


def _choice(path: str, key: str, value: Any, choices: Sequence[str]) -> str:
    if value not in choices:
        raise ConfigError(f"{path}: `{key}` 的取值无效 / invalid `{key}`: {value!r} (expected one of {', '.join(choices)})")
    return value


def settings_from_table(table: Mapping[str, Any], path: str, base: Optional[Settings] = None) -> Settings:
    s = base or Settings()
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(f"{path}: 未知配置项 / unknown key(s): {', '.join(unknown)} "
                          f"(known: {', '.join(sorted(_KEYS))})")
    folder = os.path.dirname(os.path.abspath(path))
    if "select" in table:
        s.select = _str_list(path, "select", table["select"])
    if "extend-select" in table:
        s.extend_select = _str_list(path, "extend-select", table["extend-select"])
    for k in ("ignore", "extend-ignore"):
        if k in table:
            s.ignore += _str_list(path, k, table[k])
    if "per-file-ignores" in table:
        pfi = table["per-file-ignores"]
        if not isinstance(pfi, dict):
            raise ConfigError(f"{path}: `per-file-ignores` 应为表 / must be a table of glob = [codes]")
        s.per_file_ignores = {g: _str_list(path, f"per-file-ignores.{g}", v) for g, v in pfi.items()}
    if "rules" in table:
        rules = table["rules"]
        if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
            raise ConfigError(f"{path}: `rules` 应为每条规则一个表 / must hold one table per rule, "
                              f"e.g. [tool.lintgov.rules.LG101]")
        s.rule_options = {k: dict(v) for k, v in rules.items()}
    if "lang" in table:
        s.lang = _choice(path, "lang", table["lang"], LANGS)
    if "fail-level" in table:
        s.fail_level = _choice(path, "fail-level", table["fail-level"], FAIL_LEVELS)
    if "exclude" in table:
        s.exclude = _str_list(path, "exclude", table["exclude"])
    if "extend-exclude" in table:
        s.extend_exclude = _str_list(path, "extend-exclude", table["extend-exclude"])
    if "output-format" in table:
        if not isinstance(table["output-format"], str):
            raise ConfigError(f"{path}: `output-format` 应为字符串 / must be a string")
        s.output_format = table["output-format"]
    if "column-unit" in table:
        s.column_unit = _choice(path, "column-unit", table["column-unit"], COLUMN_UNITS)
    if "profile" in table:
        if not isinstance(table["profile"], str):
            raise ConfigError(f"{path}: `profile` 应为字符串 / must be a string")
        s.profile = table["profile"]
    if "profile-paths" in table:
        s.profile_paths = [os.path.join(folder, p) for p in _str_list(path, "profile-paths", table["profile-paths"])]
        for p in s.profile_paths:
            if not os.path.isfile(p):
                raise ConfigError(f"{path}: `profile-paths` 指向的文件不存在 / `profile-paths` names a missing file: {p}")
    if "cache-dir" in table:
        if not isinstance(table["cache-dir"], str):
            raise ConfigError(f"{path}: `cache-dir` 应为字符串 / must be a string (a folder)")
        s.cache_dir = os.path.join(folder, os.path.expanduser(table["cache-dir"]))
    if "respect-gitignore" in table:
        if not isinstance(table["respect-gitignore"], bool):
            raise ConfigError(f"{path}: `respect-gitignore` 应为 true 或 false / must be true or false")
        s.respect_gitignore = table["respect-gitignore"]
    if "script-target" in table:
        s.script_target = _choice(path, "script-target", table["script-target"], SCRIPT_TARGETS)
    if "data" in table:
        s.data = _data_table(path, folder, table["data"])
    if "limits" in table:
        from .limits import LimitError, from_table
        try:
            s.limits = from_table(table["limits"], path)
        except LimitError as e:
            raise ConfigError(str(e)) from None
    s.source = path
    s.root = folder
    return s


def _data_table(path: str, folder: str, table: Any) -> Dict[str, List[str]]:
    """``[tool.lintgov.data]``: files (resolved against the configuration's folder, and
    required to exist) and inline lists for the protected-names rules."""
    from .data import DATA_KEYS
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: `data` 应为表 / must be a table ([tool.lintgov.data])")
    unknown = sorted(set(table) - set(DATA_KEYS))
    if unknown:
        raise ConfigError(f"{path}: [data] 未知配置项 / unknown key(s): {', '.join(unknown)} "
                          f"(known: {', '.join(DATA_KEYS)})")
    out: Dict[str, List[str]] = {}
    for key, value in table.items():
        items = _str_list(path, f"data.{key}", value)
        if DATA_KEYS[key][0] == "paths":
            items = [os.path.join(folder, os.path.expanduser(p)) for p in items]
            missing = [p for p in items if not os.path.exists(p)]
            if missing:
                raise ConfigError(f"{path}: data.{key}: 文件不存在 / file not found: {', '.join(missing)}")
        out[key] = items
    return out


# -- rule selection ------------------------------------------------------------------

def selector_matches(selector: str, rule: "type[Rule]") -> int:
    """How specifically ``selector`` names ``rule`` (0: not at all).

    ``ALL`` (1) < a letters-only prefix such as ``LG`` (2) < a category such as
    ``arithmetic`` (3) < a numbered prefix such as ``LG1`` (3 + digits) < the full
    code ``LG101`` or the rule's name ``rate-mismatch`` (100).  The most specific
    selector wins; on a tie, ignore wins over select."""
    if selector == "ALL":
        return 1
    if selector == rule.category:
        return 3
    if selector == rule.name or selector == rule.code:
        return 100
    if rule.code.startswith(selector) and selector[:1].isalpha() and selector.upper() == selector:
        digits = sum(c.isdigit() for c in selector)
        return 3 + digits if digits else 2
    return 0


def check_selectors(selectors: Iterable[str], rules: Sequence["type[Rule]"], where: str) -> None:
    for sel in selectors:
        if sel == "ALL" or sel in CATEGORIES:
            continue
        if not any(selector_matches(sel, r) for r in rules):
            raise ConfigError(f"{where}: 未知的规则选择器 / unknown rule selector {sel!r} "
                              f"(use a code such as LG101, a prefix such as LG1, a rule name, or a category)")


def enabled(rule: "type[Rule]", select: Optional[Sequence[str]], extend_select: Sequence[str],
            ignore: Sequence[str]) -> bool:
    sel = list(select) if select is not None else ["ALL"]
    best_sel = max((selector_matches(s, rule) for s in list(sel) + list(extend_select)), default=0)
    best_ign = max((selector_matches(s, rule) for s in ignore), default=0)
    if not getattr(rule, "default_enabled", True) and best_sel < 4:
        return False  # an opt-in rule needs its code, name or a numbered prefix
    return best_sel > 0 and best_sel > best_ign


def ignored_for_file(path: str, rule: "type[Rule]", per_file_ignores: Mapping[str, Sequence[str]]) -> bool:
    norm = path.replace(os.sep, "/")
    base = os.path.basename(norm)
    for glob, sels in per_file_ignores.items():
        if fnmatch.fnmatch(norm, glob) or fnmatch.fnmatch(base, glob) or fnmatch.fnmatch(norm, "*/" + glob):
            if any(selector_matches(s, rule) for s in sels):
                return True
    return False


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    norm = path.replace(os.sep, "/")
    parts = norm.split("/")
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(norm, pat) or any(fnmatch.fnmatch(p, pat) for p in parts):
            return True
    return False


def validate_rule_options(settings: Settings, rules: Sequence["type[Rule]"]) -> Dict[str, Dict[str, Any]]:
    """Per-rule options keyed by code, validated against each rule's declared options."""
    by_key = {}
    for r in rules:
        by_key[r.code] = r
        by_key[r.name] = r
    out: Dict[str, Dict[str, Any]] = {}
    where = settings.source or "configuration"
    for key, opts in settings.rule_options.items():
        rule = by_key.get(key)
        if rule is None:
            raise ConfigError(f"{where}: [rules.{key}] 没有这条规则 / no rule with code or name {key!r}")
        for name, value in opts.items():
            if name == "level":  # every rule: its findings' level in this project
                if value not in ("error", "warning", "note"):
                    raise ConfigError(f"{where}: [rules.{key}] level: expected error, warning or note, got {value!r}")
                continue
            if name not in rule.options:
                known = ", ".join(["level"] + list(rule.options))
                raise ConfigError(f"{where}: [rules.{key}] 未知选项 / unknown option {name!r} (known: {known})")
            try:
                rule.options[name].coerce(value)
            except ValueError as e:
                raise ConfigError(f"{where}: [rules.{key}] {name}: {e}") from None
        out.setdefault(rule.code, {}).update(opts)
    return out


def validate_settings(settings: Settings, rules: Sequence["type[Rule]"], profiles: Iterable[str] = (),
                      where: Optional[str] = None) -> Dict[str, Dict[str, Any]]:
    """The checks a run makes on its settings before linting (selectors, per-rule options,
    the section profile); returns the per-rule options by code.  Used by ``lintgov check``
    and, per file, by the language server.  Raises :class:`ConfigError`."""
    where = where or settings.source or "command line"
    check_selectors((settings.select or []) + settings.extend_select + settings.ignore
                    + [s for v in settings.per_file_ignores.values() for s in v], rules, where)
    options = validate_rule_options(settings, rules)
    if settings.profile:
        known = profile_names(list(profiles) + list(settings.profile_paths))
        if settings.profile not in known:
            raise ConfigError(f"{where}: 没有这个板块模板 / no section profile named "
                              f"{settings.profile!r} (known: {', '.join(sorted(known)) or 'none'})")
    return options


def level_at_least(level: str, threshold: str) -> bool:
    return LEVEL_RANK[level] >= LEVEL_RANK[threshold]


def resolve_settings(config: Optional[str], isolated: bool, cwd: str) -> Tuple[Settings, Optional[str]]:
    if isolated:
        return Settings(root=cwd), None
    path = config or find_config(cwd)
    if not path:
        return Settings(root=cwd), None
    return settings_from_table(load_table(path), path), path


def profile_names(paths: Iterable[str]) -> List[str]:
    """The ``name`` of each section profile file (see ``lintgov_profiles``)."""
    names = []
    for p in paths:
        try:
            with open(p, "rb") as f:
                raw = f.read(MAX_CONFIG_BYTES + 1)
        except OSError as e:
            raise ConfigError(f"{p}: 无法读取模板 / cannot read section profile: {e.strerror}") from None
        name = _parse_toml(p, raw).get("name")
        if isinstance(name, str):
            names.append(name)
    return names
