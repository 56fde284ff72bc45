"""``lintgov server``: the Language Server Protocol over stdio, on pygls.

Diagnostics are pushed (``textDocument/publishDiagnostics``) on open, on change
(debounced: ``initializationOptions.debounce`` milliseconds, default 250) and on
save.  Linting runs in one worker thread, one document at a time; a result for
a version the editor has already moved past is dropped.  Only the document that
changed is linted again.
"""
from __future__ import annotations

import asyncio
import os
import pathlib
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..rule import Edit, Finding
from .session import UNITS, LintSession, Outcome, Positions, findings_at, fixable, hover_markdown, \
    safe_fix, safe_fix_edits, source_kind, suppression_edit

SOURCE = "lintgov"
FIX_ALL_KIND = "source.fixAll.lintgov"
DEFAULT_DEBOUNCE_MS = 250
SEVERITY = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning,
            "note": types.DiagnosticSeverity.Information}
#: what the server asks the client to watch (configuration and report files)
WATCHED = ("**/pyproject.toml", "**/lintgov.toml", "**/.lintgov.toml",
           "**/*.{txt,text,md,markdown,docx,html,htm}")
#: languageId of an unsaved buffer → the file name that picks its reader
UNTITLED = {"markdown": "untitled.md", "plaintext": "untitled.txt", "text": "untitled.txt"}

_T = {
    "zh": {"fix_all": "lintgov：修复本文件中所有可安全修复的问题（{n} 处）",
           "suppress": "lintgov：在此段落前加注释，不再报告 {code}",
           "config": "lintgov 配置错误，本文件未检查：{error}",
           "crash": "lintgov：规则出错（其余规则照常运行）"},
    "en": {"fix_all": "lintgov: fix all safe fixes in this file ({n})",
           "suppress": "lintgov: add a comment before this paragraph to stop reporting {code}",
           "config": "lintgov configuration error, this file was not checked: {error}",
           "crash": "lintgov: a rule crashed (the other rules ran)"},
}


def _file_uri(path: str) -> str:
    return pathlib.Path(os.path.abspath(path)).as_uri()


class LintgovServer(LanguageServer):
    def __init__(self, registry: Any) -> None:
        super().__init__("lintgov", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.registry = registry
        self.session = LintSession(registry)
        self.debounce = DEFAULT_DEBOUNCE_MS / 1000
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lintgov-lint")
        self.outcomes: Dict[str, Outcome] = {}
        self.timers: Dict[str, asyncio.TimerHandle] = {}
        self.wanted: Dict[str, Optional[int]] = {}       # the version each open document should be linted at
        self.languages: Dict[str, str] = {}
        self.logged: Dict[str, tuple] = {}               # uri → the notifications last logged for it

    # -- helpers ------------------------------------------------------------------------------
    @property
    def unit(self) -> str:
        enc = self.workspace.position_encoding
        return UNITS.get(getattr(enc, "value", enc) or "utf-16", "utf16")

    def log(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def snapshot(self, uri: str):
        """(path, text or None, version, name) of an open document, read on the event loop."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        td = self.workspace.get_text_document(uri)
        name = path or UNTITLED.get(self.languages.get(uri, ""), "untitled.txt")
        return path, td.source, td.version, name

    def lint_job(self, uri: str, path: Optional[str], text: str, version: Optional[int], name: str) -> Optional[Outcome]:
        if self.wanted.get(uri, version) != version:
            return None  # the editor moved on: a newer lint is scheduled
        kind = source_kind(name, self.registry)
        return self.session.lint(uri, path, None if kind == "disk" else text, version, name=name)

    async def lint_now(self, uri: str) -> Optional[Outcome]:
        timer = self.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        if uri not in self.languages:
            return None
        path, text, version, name = self.snapshot(uri)
        self.wanted[uri] = version
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(self.pool, self.lint_job, uri, path, text, version, name)
        except Exception as e:  # a bug of the server itself: say so, keep serving
            import traceback
            self.log(f"lintgov: internal error while checking {uri}: {type(e).__name__}: {e}\n"
                     + traceback.format_exc(), types.MessageType.Error)
            return None
        if outcome is None or uri not in self.languages or self.wanted.get(uri) != version:
            return None
        self.outcomes[uri] = outcome
        self.publish(uri, outcome)
        return outcome

    def schedule(self, uri: str) -> None:
        old = self.timers.pop(uri, None)
        if old is not None:
            old.cancel()
        self.wanted[uri] = self.workspace.get_text_document(uri).version
        loop = asyncio.get_running_loop()
        self.timers[uri] = loop.call_later(self.debounce, lambda: asyncio.ensure_future(self.lint_now(uri)))

    async def current(self, uri: str) -> Optional[Outcome]:
        """The outcome for the document as the editor has it now (linting it if needed)."""
        out = self.outcomes.get(uri)
        if uri in self.languages:
            version = self.workspace.get_text_document(uri).version
            if out is None or (not out.from_disk and out.version != version):
                out = await self.lint_now(uri) or self.outcomes.get(uri)
        return out

    # -- diagnostics -------------------------------------------------------------------------
    def positions(self, outcome: Outcome) -> Positions:
        return Positions(outcome.doc or _empty(), self.unit, outcome.bom)

    @staticmethod
    def range_of(pos: Positions, start: int, end: int) -> types.Range:
        (sl, sc), (el, ec) = pos.range(start, end)
        return types.Range(types.Position(sl, sc), types.Position(el, ec))

    @staticmethod
    def edit_range(pos: Positions, start: int, end: int) -> types.Range:
        (sl, sc), (el, ec) = pos.edits.position(start), pos.edits.position(end)
        return types.Range(types.Position(sl, sc), types.Position(el, ec))

    def diagnostic(self, outcome: Outcome, f: Finding, pos: Positions) -> types.Diagnostic:
        lang = outcome.lang
        msg = f.message(lang)
        if outcome.from_disk and f.doc.text:
            from ..formatters.text import paragraph_note
            msg += paragraph_note(f, lang)
        related = []
        for r in f.related:
            rdoc = r.doc or f.doc
            if rdoc is f.doc:
                uri, rng = outcome.uri, self.range_of(pos, r.start, r.end)
            elif rdoc.source_path:
                uri, rng = _file_uri(rdoc.source_path), self.range_of(Positions(rdoc, self.unit), r.start, r.end)
            else:
                continue
            label = r.message.get(lang) or r.message.get("zh", "")
            related.append(types.DiagnosticRelatedInformation(
                types.Location(uri, rng), f"{label}「{rdoc.text[r.start:r.end]}」"))
        # there is no web page of the rules (their documentation is `lintgov rule CODE` and the
        # hover), so no codeDescription: a link that opens nothing would be worse than none
        return types.Diagnostic(
            range=self.range_of(pos, f.start, f.end) if f.doc.text else types.Range(types.Position(0, 0), types.Position(0, 0)),
            message=msg, severity=SEVERITY.get(f.level, types.DiagnosticSeverity.Warning), code=f.code,
            source=SOURCE, related_information=related or None,
            data={"name": f.rule.name, "fixable": safe_fix(f)})

    def own_findings(self, outcome: Outcome) -> List[Finding]:
        return [f for f in outcome.findings if outcome.doc is None or f.doc is outcome.doc]

    def publish(self, uri: str, outcome: Outcome) -> None:
        t = _T.get(outcome.lang, _T["zh"])
        diags: List[types.Diagnostic] = []
        if outcome.config_error:
            diags.append(types.Diagnostic(range=types.Range(types.Position(0, 0), types.Position(0, 0)),
                                          message=t["config"].format(error=outcome.config_error),
                                          severity=types.DiagnosticSeverity.Error, source=SOURCE, code="config"))
            if self.logged.get(uri) != ("config", outcome.config_error):
                self.logged[uri] = ("config", outcome.config_error)
                self.log(outcome.config_error, types.MessageType.Error)
        else:
            pos = self.positions(outcome)
            diags = [self.diagnostic(outcome, f, pos) for f in self.own_findings(outcome)]
            notes = tuple(n.message for n in outcome.notifications)
            if notes and self.logged.get(uri) != notes:
                for n in outcome.notifications:
                    self.log(f"{t['crash']}: {n.message}" + (f"\n{n.stack}" if n.stack else ""), types.MessageType.Error)
            self.logged[uri] = notes
            for w in outcome.warnings:
                self.log(w, types.MessageType.Warning)
        self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
            uri=uri, diagnostics=diags, version=outcome.version if not outcome.from_disk else None))

    # -- edits -----------------------------------------------------------------------------------
    def workspace_edit(self, uri: str, outcome: Outcome, edits: List[Edit]) -> types.WorkspaceEdit:
        doc = outcome.doc
        assert doc is not None
        pos = self.positions(outcome)
        nl = "\r\n" if doc.newline == "\r\n" else "\n"
        text_edits = [types.TextEdit(self.edit_range(pos, e.start, e.end), e.replacement.replace("\n", nl))
                      for e in sorted(edits, key=lambda e: (e.start, e.end))]
        caps = self.client_capabilities.workspace
        versioned = bool(caps and caps.workspace_edit and caps.workspace_edit.document_changes)
        if versioned:
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(
                types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=outcome.version), text_edits)])
        return types.WorkspaceEdit(changes={uri: text_edits})

    def code_actions(self, params: types.CodeActionParams, outcome: Outcome) -> List[types.CodeAction]:
        doc = outcome.doc
        if doc is None or outcome.from_disk or outcome.config_error:
            return []
        uri = params.text_document.uri
        t = _T.get(outcome.lang, _T["zh"])
        pos = self.positions(outcome)
        a = (params.range.start.line, params.range.start.character)
        b = (params.range.end.line, params.range.end.character)
        here = [f for f in self.own_findings(outcome) if pos.range(f.start, f.end)[0] <= b
                and a <= pos.range(f.start, f.end)[1]]
        only = params.context.only
        wanted = lambda kind: not only or any(kind == o or kind.startswith(o + ".") for o in only)  # noqa: E731
        actions: List[types.CodeAction] = []
        for f in here:
            diag = self.diagnostic(outcome, f, pos)
            if safe_fix(f) and wanted(types.CodeActionKind.QuickFix):
                edits = safe_fix_edits([f])
                if edits:
                    desc = f.fix.description.get(outcome.lang) or f.fix.description.get("zh", "")  # type: ignore[union-attr]
                    actions.append(types.CodeAction(title=f"{desc}（{f.code}）" if outcome.lang == "zh" else f"{desc} ({f.code})",
                                                    kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                                                    is_preferred=True, edit=self.workspace_edit(uri, outcome, edits)))
            if wanted(types.CodeActionKind.QuickFix):
                actions.append(types.CodeAction(title=t["suppress"].format(code=f.code),
                                                kind=types.CodeActionKind.QuickFix, diagnostics=[diag],
                                                edit=self.workspace_edit(uri, outcome, [suppression_edit(doc, f)])))
        all_fixable = fixable(outcome)
        if all_fixable:
            title = t["fix_all"].format(n=len(all_fixable))
            data = {"uri": uri, "version": outcome.version, "fixAll": True}
            if wanted(FIX_ALL_KIND):
                actions.append(types.CodeAction(title=title, kind=FIX_ALL_KIND, data=data))
            # also in the quick-fix menu, next to a fixable finding
            if len(all_fixable) > 1 and {id(f) for f in here} & {id(f) for f in all_fixable} and wanted(types.CodeActionKind.QuickFix):
                actions.append(types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, data=data))
        return actions

    def resolves_edits(self) -> bool:
        td = self.client_capabilities.text_document
        rs = td and td.code_action and td.code_action.resolve_support
        return bool(rs and "edit" in (rs.properties or []))

    async def resolve_fix_all(self, action: types.CodeAction) -> types.CodeAction:
        """The fix-all edit: every safe fix, in rounds as ``--fix`` applies them (each
        round lints the fixed text again), computed only when the client asks for it."""
        data = action.data if isinstance(action.data, dict) else {}
        uri = data.get("uri")
        outcome = await self.current(uri) if uri else None
        if outcome is None or outcome.doc is None:
            return action
        edit = await asyncio.get_running_loop().run_in_executor(self.pool, self.session.fixed_text, outcome)
        if edit is not None:
            action.edit = self.workspace_edit(uri, outcome, [edit])
        return action


def _empty():
    from ..document import Document
    return Document("")


def create_server(registry: Any) -> LintgovServer:
    server = LintgovServer(registry)

    @server.feature(types.INITIALIZE)
    def initialize(ls: LintgovServer, params: types.InitializeParams) -> None:
        opts = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        if isinstance(opts.get("debounce"), (int, float)) and opts["debounce"] >= 0:
            ls.debounce = opts["debounce"] / 1000
        overrides = {}
        if opts.get("lang") in ("zh", "en"):
            overrides["lang"] = opts["lang"]
        roots = [to_fs_path(f.uri) for f in (params.workspace_folders or [])]
        if not roots and params.root_uri:
            roots = [to_fs_path(params.root_uri)]
        elif not roots and params.root_path:
            roots = [params.root_path]
        ls.session = LintSession(registry, [r for r in roots if r], overrides)

    @server.feature(types.INITIALIZED)
    async def initialized(ls: LintgovServer, params: types.InitializedParams) -> None:
        for e in registry.errors:
            ls.log(e.message, types.MessageType.Error)
        if registry.errors:
            ls.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning, message="lintgov: " + "; ".join(e.message for e in registry.errors)))
        caps = ls.client_capabilities.workspace
        watch = caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration
        if watch:
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[types.Registration(
                    id="lintgov-watch", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                    register_options=types.DidChangeWatchedFilesRegistrationOptions(
                        watchers=[types.FileSystemWatcher(glob_pattern=g) for g in WATCHED]))]))
            except Exception as e:  # the configuration is still re-read on each lint (stat)
                ls.log(f"lintgov: could not register file watchers: {e}", types.MessageType.Warning)

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: LintgovServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.languages[params.text_document.uri] = params.text_document.language_id
        await ls.lint_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LintgovServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        out = ls.outcomes.get(uri)
        if uri in ls.languages and not (out is not None and out.from_disk):
            ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))
    async def did_save(ls: LintgovServer, params: types.DidSaveTextDocumentParams) -> None:
        await ls.lint_now(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LintgovServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        timer = ls.timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        for d in (ls.languages, ls.outcomes, ls.wanted, ls.logged):
            d.pop(uri, None)
        ls.session.forget(uri)
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched(ls: LintgovServer, params: types.DidChangeWatchedFilesParams) -> None:
        config = False
        for ch in params.changes:
            path = to_fs_path(ch.uri)
            if path and os.path.basename(path) in ("pyproject.toml", "lintgov.toml", ".lintgov.toml"):
                config = True
            elif path:
                ls.session.priors.invalidate(path)
        if config:
            ls.session.configs.clear()
        for uri in list(ls.languages):
            await ls.lint_now(uri)

    @server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_folders(ls: LintgovServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
        roots = set(ls.session.roots)
        for f in params.event.removed:
            roots.discard(os.path.abspath(to_fs_path(f.uri) or ""))
        for f in params.event.added:
            p = to_fs_path(f.uri)
            if p:
                roots.add(os.path.abspath(p))
        ls.session.roots = sorted(roots)
        ls.session.priors.invalidate()

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND], resolve_provider=True))
    async def code_action(ls: LintgovServer, params: types.CodeActionParams) -> Optional[List[types.CodeAction]]:
        outcome = await ls.current(params.text_document.uri)
        if outcome is None:
            return None
        actions = ls.code_actions(params, outcome)
        if not ls.resolves_edits():  # a client that cannot resolve gets the edit now
            actions = [await ls.resolve_fix_all(a) if a.edit is None else a for a in actions]
        return actions or None

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def code_action_resolve(ls: LintgovServer, action: types.CodeAction) -> types.CodeAction:
        if action.edit is None and isinstance(action.data, dict) and action.data.get("fixAll"):
            return await ls.resolve_fix_all(action)
        return action

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: LintgovServer, params: types.HoverParams) -> Optional[types.Hover]:
        outcome = await ls.current(params.text_document.uri)
        if outcome is None or outcome.doc is None:
            return None
        pos = ls.positions(outcome)
        found = findings_at(outcome, pos, params.position.line, params.position.character)
        if not found:
            return None
        text = "\n\n---\n\n".join(hover_markdown(f, outcome.lang) for f in found)
        return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value=text),
                           range=ls.range_of(pos, found[0].start, found[0].end))

    return server


def serve(no_plugins: bool = False) -> int:
    """Run the server on stdin/stdout until the client says exit."""
    from ..plugins import build_registry
    registry = build_registry(load_entry_points=False if no_plugins else None)
    create_server(registry).start_io()
    return 0
