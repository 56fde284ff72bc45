"""The pluggy rule host: built-in plugins, third-party plugins, and what they provide.

Built-in rule families (``lintgov.rules.*``), the built-in readers and the
built-in output formats are registered exactly like third-party plugins, which
come from the entry-point group ``lintgov``.  Each plugin loads inside its own
``try``: a plugin that fails to import, or whose hook raises, becomes a
:class:`PluginError` the CLI reports (stderr, or a SARIF notification) while
every other plugin still loads.  ``LINTGOV_DISABLE_PLUGIN_AUTOLOAD=1`` skips
third-party plugins (like pytest's ``PYTEST_DISABLE_PLUGIN_AUTOLOAD``).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Tuple

import pluggy

from . import hookspecs
from .rule import Rule

ENTRY_POINT_GROUP = "lintgov"

#: built-in plugin modules, in registration order
BUILTIN_PLUGINS = (
    "lintgov.readers",
    "lintgov.formatters.text",
    # json, github, sarif, html, csv: stand-ins that import their module when the format is used
    "lintgov.deferred",
)


@dataclass
class PluginError:
    """A plugin or built-in rule module that failed to load or register, and why."""
    plugin: str
    message: str
    exc_type: str = ""
    exc_message: str = ""


@dataclass
class Registry:
    """What the plugins provide, collected once per run."""

    pm: pluggy.PluginManager
    rules: List["type[Rule]"] = field(default_factory=list)
    readers: List[Any] = field(default_factory=list)
    formatters: Dict[str, Any] = field(default_factory=dict)
    profiles: List[str] = field(default_factory=list)
    errors: List[PluginError] = field(default_factory=list)
    #: plugin name → (distribution name, version) for third-party plugins
    distributions: Dict[str, Tuple[str, str]] = field(default_factory=dict)

    def rule(self, code_or_name: str) -> Optional["type[Rule]"]:
        for r in self.rules:
            if code_or_name in (r.code, r.name) or code_or_name.upper() == r.code:
                return r
        return None


def _builtin_rules_package() -> Any:
    """``lintgov.rules``: installed from ``rules/`` at build time.  In a source
    checkout that was not installed, load ``rules/`` beside the ``lintgov`` folder
    under the same name."""
    try:
        return importlib.import_module("lintgov.rules")
    except ModuleNotFoundError as e:
        if e.name != "lintgov.rules":
            raise
    src = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "rules")
    spec = importlib.util.spec_from_file_location(
        "lintgov.rules", os.path.join(src, "__init__.py"), submodule_search_locations=[src])
    if spec is None or spec.loader is None:  # pragma: no cover
        raise ModuleNotFoundError("lintgov.rules")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["lintgov.rules"] = mod
    spec.loader.exec_module(mod)
    return mod


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _group_declared() -> bool:
    """Whether any distribution on ``sys.path`` declares the ``lintgov`` entry-point
    group: a scan of the ``entry_points.txt`` files, so that a run without
    third-party plugins does not pay for importing ``importlib.metadata``."""
    marker = f"[{ENTRY_POINT_GROUP}]"
    for entry in sys.path:
        if os.path.isfile(entry):  # a zipped distribution on the path: ask importlib.metadata
            return True
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                try:
                    with open(os.path.join(entry or ".", name, "entry_points.txt"), encoding="utf-8") as f:
                        if marker in f.read():
                            return True
                except OSError:
                    continue
            elif name.endswith(".egg") and os.path.isfile(os.path.join(entry or ".", name)):
                return True  # an egg beside the path's packages: ask importlib.metadata
    return False


def _entry_points() -> List[Any]:
    if not _group_declared():
        return []
    from importlib.metadata import entry_points
    try:
        return list(entry_points(group=ENTRY_POINT_GROUP))
    except TypeError:  # Python < 3.10
        return list(entry_points().get(ENTRY_POINT_GROUP, []))


def build_registry(load_entry_points: Optional[bool] = None, extra_plugins: Sequence[Any] = (), *,
                   strict: bool = False) -> Registry:
    """The registry of rules, readers and formats.  A plugin or built-in rule module that fails to load is
    recorded in ``errors`` (the command line prints them and exits 2); with ``strict`` it raises instead,
    for measurements (benchmarks, studies) that must never run on a partial set of rules."""
    from .engine import _InterruptWatch
    with _InterruptWatch():  # a plugin raising KeyboardInterrupt at import is contained, Ctrl-C is not
        reg = _build_registry(load_entry_points, extra_plugins)
    if strict and reg.errors:
        raise RegistryError("; ".join(e.message for e in reg.errors))
    return reg


class RegistryError(RuntimeError):
    """``build_registry(strict=True)``: some plugin or built-in rule module did not load."""


class _PluginManager(pluggy.PluginManager):
    """pluggy's manager, with a quicker look at plugin modules: pluggy inspects every name of
    a module (``inspect.getattr_static``, ~1,500 names over the built-in modules, ~7 ms a start);
    a module's attributes are its ``__dict__``, so a name whose value is not a function carrying
    lintgov's hook marker is passed over at once.  Anything but a plain module goes to pluggy."""

    def parse_hookimpl_opts(self, plugin: Any, name: str) -> Any:
        if type(plugin) is _ModuleType:
            d = plugin.__dict__
            if name in d:
                v = d[name]
                t = type(v)
                if t is _FunctionType:
                    if _IMPL_ATTR not in v.__dict__:
                        return None
                elif t not in _HOOKABLE:    # classes, instances, constants, patterns, modules
                    return None
        return super().parse_hookimpl_opts(plugin, name)


_ModuleType = type(sys)
_FunctionType = type(lambda: None)
#: what pluggy accepts as a hook implementation besides plain functions
_HOOKABLE = (type(Registry.rule.__get__(0)), classmethod, staticmethod)
_IMPL_ATTR = "lintgov_impl"


def _build_registry(load_entry_points: Optional[bool], extra_plugins: Sequence[Any]) -> Registry:
    pm = _PluginManager("lintgov")
    pm.add_hookspecs(hookspecs)
    reg = Registry(pm=pm)

    def register(obj: Any, name: str) -> None:
        try:
            pm.register(obj, name=name)
        except BaseException as e:  # noqa: B036 - pluggy validation errors: unknown hook, bad signature
            _reraise_interrupt(e)
            reg.errors.append(PluginError(name, f"插件 {name} 注册失败 / plugin {name} could not be registered: {_describe(e)}",
                                          type(e).__name__, str(e)))

    for modname in BUILTIN_PLUGINS:
        register(importlib.import_module(modname), modname)
    rules_pkg = _builtin_rules_package()
    for modname in rules_pkg.BUILTIN_RULE_MODULES:
        full = f"lintgov.rules.{modname}"
        try:
            mod = importlib.import_module(full)
        except Exception as e:
            reg.errors.append(PluginError(full, f"内置规则模块 {full} 导入失败 / built-in rule module {full} failed to import: {_describe(e)}",
                                          type(e).__name__, str(e)))
            continue
        register(mod, full)

    if load_entry_points is None:
        load_entry_points = not os.environ.get("LINTGOV_DISABLE_PLUGIN_AUTOLOAD")
    if load_entry_points:
        for ep in _entry_points():
            name = ep.name
            if pm.get_plugin(name) is not None or pm.is_blocked(name):
                continue
            try:
                plugin = ep.load()
            except BaseException as e:  # noqa: B036 - SystemExit at import time must not end the run
                _reraise_interrupt(e)
                reg.errors.append(PluginError(name, f"插件 {name}（{ep.value}）导入失败 / plugin {name} ({ep.value}) failed to import: {_describe(e)}",
                                              type(e).__name__, str(e)))
                continue
            register(plugin, name)
            dist = getattr(ep, "dist", None)
            if dist is not None:
                reg.distributions[name] = (dist.metadata["Name"], dist.version)
    for i, obj in enumerate(extra_plugins):
        register(obj, getattr(obj, "__name__", f"extra-{i}"))

    _collect(reg)
    return reg


def _reraise_interrupt(e: BaseException) -> None:
    """Let the user's Ctrl-C through; contain everything else a plugin raises."""
    if isinstance(e, KeyboardInterrupt):
        from .engine import _genuine_interrupt
        if _genuine_interrupt(e):
            raise e


#: most items one plugin's hook may return (a generator without end is cut here)
MAX_HOOK_ITEMS = 10_000


def _call_each(reg: Registry, hook_name: str) -> List[Tuple[str, Any]]:
    """Call a hook plugin by plugin, so that one raising plugin does not hide the others.
    A hook must return a list (or tuple); anything else is that plugin's error."""
    out = []
    hook = getattr(reg.pm.hook, hook_name)
    for impl in hook.get_hookimpls():  # registration order (tryfirst/trylast aside)
        name = reg.pm.get_name(impl.plugin) or repr(impl.plugin)
        try:
            result = impl.function()
            if result is None:
                continue
            if not isinstance(result, (list, tuple)):
                raise TypeError(f"returned {type(result).__name__}, not a list")
            items = list(result[:MAX_HOOK_ITEMS + 1])
            if len(items) > MAX_HOOK_ITEMS:
                raise ValueError(f"returned more than {MAX_HOOK_ITEMS} items")
        except BaseException as e:  # noqa: B036 - SystemExit and friends from a plugin
            _reraise_interrupt(e)
            reg.errors.append(PluginError(name, f"插件 {name} 的 {hook_name} 出错 / {hook_name} of plugin {name} failed: {_describe(e)}",
                                          type(e).__name__, str(e)))
            continue
        for item in items:
            out.append((name, item))
    return out


def _collect(reg: Registry) -> None:
    seen: Dict[str, str] = {}
    names: Dict[str, str] = {}
    for plugin, rule in _call_each(reg, "lintgov_rules"):
        if not (isinstance(rule, type) and issubclass(rule, Rule)):
            reg.errors.append(PluginError(plugin, f"插件 {plugin} 提供的 {rule!r} 不是 Rule 子类 / {rule!r} from {plugin} is not a Rule subclass"))
            continue
        try:
            problems = rule.declaration_problems()
        except Exception as e:  # a declaration whose attributes are not what they should be
            problems = [f"{_describe(e)}"]
        if problems:
            reg.errors.append(PluginError(plugin, "规则声明有误 / invalid rule declaration: " + "; ".join(problems)))
            continue
        if rule.code in seen or rule.name in names:
            other = seen.get(rule.code) or names.get(rule.name)
            reg.errors.append(PluginError(plugin, f"规则 {rule.code} ({rule.name}) 与插件 {other} 重复 / rule {rule.code} ({rule.name}) from {plugin} clashes with {other}"))
            continue
        seen[rule.code] = plugin
        names[rule.name] = plugin
        rule.plugin = plugin  # type: ignore[attr-defined]
        reg.rules.append(rule)
    reg.rules.sort(key=lambda r: r.code)
    reg.readers = []
    for plugin, r in _call_each(reg, "lintgov_readers"):
        sfx = getattr(r, "suffixes", None)
        if not callable(getattr(r, "read", None)) or not isinstance(sfx, (list, tuple)) \
                or not all(isinstance(x, str) for x in sfx):
            reg.errors.append(PluginError(plugin, f"插件 {plugin} 提供的读取器无效 / {r!r} from {plugin} is not a reader "
                                                  f"(needs suffixes and read())"))
            continue
        reg.readers.append(r)
    for plugin, f in _call_each(reg, "lintgov_formatters"):
        fname = getattr(f, "name", None)
        if not isinstance(fname, str) or not fname or not callable(getattr(f, "render", None)):
            reg.errors.append(PluginError(plugin, f"插件 {plugin} 提供的输出格式无效 / {f!r} from {plugin} is not an "
                                                  f"output format (needs name and render())"))
            continue
        reg.formatters[fname] = f
        aliases = getattr(f, "aliases", ())
        for alias in aliases if isinstance(aliases, (list, tuple)) else ():
            if isinstance(alias, str):
                reg.formatters.setdefault(alias, f)
    reg.profiles = [str(p) for _, p in _call_each(reg, "lintgov_profiles") if isinstance(p, (str, os.PathLike))]
