"""What a rule is: its declaration, its findings, its fixes, its examples.

A rule is a class.  Its class attributes are the declaration lintgov reads for
``lintgov rules``, ``lintgov rule CODE``, SARIF ``tool.driver.rules`` and the
README; its :meth:`Rule.check` method yields :class:`Finding` objects for one
document (or :meth:`Rule.check_corpus` for rules that compare documents).

Messages are templates (``str.format`` syntax) in Chinese (``zh``, the default)
and English (``en``); a finding stores the template key and the parameters, and
the output format renders it in the language the user chose.

Offsets are code-point offsets into ``Document.text``; the document converts
them to lines and to columns in code points, UTF-16 units or UTF-8 bytes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document
    from .engine import Context

#: The one category tag every rule carries.
CATEGORIES = (
    "arithmetic", "yoy", "numbering", "script", "encoding",
    "sections", "number-usage", "typography", "temporal", "references", "names", "drafting",
)
#: Levels from least to most severe (SARIF names).
LEVELS = ("note", "warning", "error")
LEVEL_RANK = {"none": 0, "note": 1, "warning": 2, "error": 3}

CODE_RE = re.compile(r"^[A-Z][A-Z0-9]*[0-9]{2,4}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

Text = Mapping[str, str]  # {"zh": "...", "en": "..."}


@dataclass(frozen=True)
class Option:
    """A per-rule setting, configurable under ``[tool.lintgov.rules.<code or name>]``."""

    default: Any
    help: str = ""
    type: Optional[type] = None  # defaults to type(default)
    choices: Optional[Sequence[Any]] = None

    def coerce(self, value: Any) -> Any:
        typ = self.type or type(self.default)
        if typ is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        ok = isinstance(value, bool) if typ is bool else isinstance(value, typ) and not isinstance(value, bool)
        if not ok:
            raise ValueError(f"expected {typ.__name__}, got {value!r}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"expected one of {', '.join(map(str, self.choices))}, got {value!r}")
        return value


@dataclass(frozen=True)
class Example:
    """A bad or good example.  Bad examples must produce at least one finding
    of the rule, good ones none; the test suite runs every example.

    ``text`` is a whole document (it may span several lines).  ``options`` are
    rule options for this example; ``settings`` are run settings (for instance
    ``{"script_target": "zh-Hant"}``); ``filename`` picks the reader by suffix.
    """

    text: str
    bad: bool
    note: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    settings: Mapping[str, Any] = field(default_factory=dict)
    filename: str = "example.txt"


def bad(text: str, note: str = "", **kw: Any) -> Example:
    return Example(text=text, bad=True, note=note, **kw)


def good(text: str, note: str = "", **kw: Any) -> Example:
    return Example(text=text, bad=False, note=note, **kw)


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the document with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    """A fix a rule offers (ruff's applicability levels).  ``safe`` fixes cannot change
    meaning and are applied by ``--fix``; unsafe ones only with ``--unsafe-fixes``;
    ``display_only`` ones (a fix touching what could be a name, see
    :mod:`lintgov.namespans`) are shown but never applied."""

    edits: Tuple[Edit, ...]
    description: Text
    safe: bool = True
    display_only: bool = False

    @property
    def applicability(self) -> str:
        """``"safe"``, ``"unsafe"`` or ``"display-only"``."""
        return "display-only" if self.display_only else ("safe" if self.safe else "unsafe")


@dataclass(frozen=True)
class Related:
    """Evidence span (SARIF ``relatedLocations``): a count used in a recomputation,
    the other half of a pair, a figure in another year's report.  ``doc`` is
    ``None`` for the finding's own document."""

    start: int
    end: int
    message: Text
    doc: Optional["Document"] = None


@dataclass
class Finding:
    """One problem at ``doc.text[start:end]``."""

    rule: "Rule"
    doc: "Document"
    start: int
    end: int
    key: str = "default"
    params: Dict[str, Any] = field(default_factory=dict)
    level: str = ""
    related: List[Related] = field(default_factory=list)
    fix: Optional[Fix] = None
    #: machine-readable evidence: recomputed values, tolerance, formula...
    evidence: Dict[str, Any] = field(default_factory=dict)
    #: remarks lintgov adds to the rule's message ({"zh": …, "en": …}), e.g. that a fix
    #: was held back because the text could be a name
    notes: List[Text] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.rule.code

    def message(self, lang: str = "zh") -> str:
        msg = self.rule.render(self.key, self.params, lang)
        for n in self.notes:
            extra = n.get(lang) or n.get("zh") or n.get("en") or ""
            msg += f"（{extra}）" if lang == "zh" else f" ({extra})"
        return msg

    def sort_key(self) -> tuple:
        return (self.doc.path, self.start, self.end, self.rule.code, self.key, self.message("en"))


def _json_safe(value: Any) -> Any:
    """Evidence as JSON can carry it: an open end of an interval (``inf``, ``-inf``) or an undefined ratio (``nan``)
    becomes ``null``.  The engine drops a finding whose evidence is not JSON (an ``invalid
    result`` note), so a rule reporting a one-sided bound (超过六成: [0.6, inf)) would lose its finding."""
    if isinstance(value, float):
        return value if value - value == 0.0 else None      # finite (inf - inf and nan - nan are nan)
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_json_safe(v) for v in value)
    return value


class Rule:
    """Base class of every rule.  Subclasses set the class attributes below and
    implement :meth:`check` (or :meth:`check_corpus` with ``scope = "corpus"``).
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    level: ClassVar[str] = "warning"
    #: one sentence, {"zh": ..., "en": ...}
    summary: ClassVar[Text] = {}
    #: what it does / why it matters, {"zh": ..., "en": ...}
    description: ClassVar[Text] = {}
    #: message templates by key, each {"zh": ..., "en": ...}; "default" is required
    messages: ClassVar[Mapping[str, Text]] = {}
    examples: ClassVar[Sequence[Example]] = ()
    options: ClassVar[Mapping[str, Option]] = {}
    #: the authority behind the rule (a standard clause, a regulation)
    authority: ClassVar[str] = ""
    #: "document": check() once per document; "corpus": check_corpus() once per run
    scope: ClassVar[str] = "document"
    #: a corpus rule that only compares the (this year, last year) pairs of
    #: ``lintgov.rules.yoy.pair_documents``: the runner may give it one pair at a time (documents
    #: linted in other processes or on other machines); a corpus rule without it sees every document
    #: of the run at once (and makes the run single-process)
    pairwise: ClassVar[bool] = False
    #: whether findings may carry safe fixes
    fixable: ClassVar[bool] = False
    #: False: the rule runs only when selected by its code, its name or a numbered prefix
    #: (``--extend-select LG404``), not by ``ALL``, a category or ``LG``
    default_enabled: ClassVar[bool] = True

    def __init__(self, settings: Optional[Mapping[str, Any]] = None) -> None:
        merged = {k: o.default for k, o in self.options.items()}
        for k, v in (settings or {}).items():
            if k not in self.options:
                raise KeyError(k)
            merged[k] = self.options[k].coerce(v)
        self.settings = merged

    # -- checking -------------------------------------------------------------
    def check(self, doc: "Document", ctx: "Context") -> Iterable[Finding]:
        return ()

    def check_corpus(self, docs: Sequence["Document"], ctx: "Context") -> Iterable[Finding]:
        return ()

    def finding(self, doc: "Document", start: int, end: int, key: str = "default", *,
                related: Iterable[Related] = (), fix: Optional[Fix] = None,
                evidence: Optional[Dict[str, Any]] = None, level: str = "",
                **params: Any) -> Finding:
        if key not in self.messages:
            raise KeyError(f"{self.code}: no message template {key!r}")
        return Finding(rule=self, doc=doc, start=start, end=end, key=key, params=params,
                       level=level or self.level, related=list(related), fix=fix,
                       evidence=_json_safe(evidence) if evidence else {})

    # -- texts ----------------------------------------------------------------
    @classmethod
    def text(cls, texts: Text, lang: str) -> str:
        return texts.get(lang) or texts.get("zh") or texts.get("en") or ""

    def render(self, key: str, params: Mapping[str, Any], lang: str = "zh") -> str:
        template = self.text(self.messages[key], lang)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    @classmethod
    def declaration_problems(cls) -> List[str]:
        """What is wrong with this rule's declaration (empty when it is sound)."""
        p = []
        where = cls.__module__ + "." + cls.__qualname__
        if not CODE_RE.match(cls.code or ""):
            p.append(f"{where}: code {cls.code!r} is not like LG101")
        if not NAME_RE.match(cls.name or ""):
            p.append(f"{where}: name {cls.name!r} is not kebab-case")
        if cls.category not in CATEGORIES:
            p.append(f"{where}: category {cls.category!r} is not one of {', '.join(CATEGORIES)}")
        if cls.level not in LEVELS:
            p.append(f"{where}: level {cls.level!r} is not one of {', '.join(LEVELS)}")
        for attr in ("summary", "description"):
            t = getattr(cls, attr)
            if not (t.get("zh") and t.get("en")):
                p.append(f"{where}: {attr} needs both zh and en")
        if "default" not in cls.messages:
            p.append(f"{where}: messages need a 'default' template")
        for k, t in cls.messages.items():
            if not (t.get("zh") and t.get("en")):
                p.append(f"{where}: message {k!r} needs both zh and en")
        if cls.scope not in ("document", "corpus"):
            p.append(f"{where}: scope must be 'document' or 'corpus'")
        if not any(e.bad for e in cls.examples) or not any(not e.bad for e in cls.examples):
            p.append(f"{where}: needs at least one bad and one good example")
        return p
