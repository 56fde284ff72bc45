"""End to end: a real LSP client (pytest-lsp, JSON-RPC over stdio) drives `lintgov server`
in a subprocess: diagnostics at UTF-16 ranges, code actions applied, hover, configuration
reloads, last year's report in the workspace, a crashing plugin rule."""
import asyncio
import os
import pathlib
import sys

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

from conftest import fake_dist, run_cli  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.asyncio]

SERVER = [sys.executable, "-m", "lintgov", "server"]
ENV = {k: v for k, v in os.environ.items() if k != "LINTGOV_DISABLE_PLUGIN_AUTOLOAD"}
ENV["LINTGOV_DISABLE_PLUGIN_AUTOLOAD"] = "1"       # the developer's own plugins stay out of these tests

ASTRAL = "\U00020000"                               # 𠀀, outside the BMP: two UTF-16 code units
RATE_LINE = f"{ASTRAL}审结100件，直接纠错20件，纠错率为25%。"
SPACE_LINE = "全区共有3 个部门参加。"
DRAFT = f"# 关于{ASTRAL}区的报告\n\n{RATE_LINE}\n\n{SPACE_LINE}\n"


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


async def wait_diagnostics(client: LanguageClient, uri: str, pred, timeout: float = 30.0):
    """Poll until the diagnostics the client holds for ``uri`` satisfy ``pred``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        got = client.diagnostics.get(uri)
        if got is not None and pred(got):
            return got
        if loop.time() > deadline:
            raise AssertionError(f"no matching diagnostics for {uri}; last: {got!r}")
        await asyncio.sleep(0.05)


def codes(diags):
    return [d.code for d in diags]


def apply_text_edits(text: str, edits) -> str:
    """Apply LSP TextEdits (UTF-16 positions) the way an editor does."""
    lines = text.split("\n")

    def offset(p):
        before = sum(len(line) + 1 for line in lines[:p.line])
        seg = lines[p.line] if p.line < len(lines) else ""
        return before + len(seg.encode("utf-16-le")[:2 * p.character].decode("utf-16-le"))
    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for a, b, new in spans:
        text = text[:a] + new + text[b:]
    return text


def edits_of(action: types.CodeAction, uri: str):
    if action.edit.document_changes:
        return [e for dc in action.edit.document_changes if dc.text_document.uri == uri for e in dc.edits]
    return action.edit.changes[uri]


async def start(client: LanguageClient, root: pathlib.Path, **init):
    await client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(
            workspace=types.WorkspaceClientCapabilities(
                workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True)),
            text_document=types.TextDocumentClientCapabilities(code_action=types.CodeActionClientCapabilities(
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"])))),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="ws")],
        initialization_options={"debounce": 50, **init}))


def open_doc(client: LanguageClient, path: pathlib.Path, text: str, language: str = "markdown", version: int = 1):
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)))
    return uri


def change_doc(client: LanguageClient, uri: str, text: str, version: int):
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER, server_env=ENV))
async def client(lsp_client: LanguageClient):
    yield
    await lsp_client.shutdown_session()


async def test_rate_diagnostic_fix_suppress_and_hover(client: LanguageClient, tmp_path):
    await start(client, tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    uri = open_doc(client, draft, DRAFT)
    diags = await wait_diagnostics(client, uri, lambda d: "LG101" in codes(d))

    # LG101 at "25%" on line 2, in UTF-16 code units (the astral character before it counts twice)
    d101 = next(d for d in diags if d.code == "LG101")
    col = utf16(RATE_LINE[:RATE_LINE.index("25%")])
    assert col == RATE_LINE.index("25%") + 1
    assert (d101.range.start.line, d101.range.start.character) == (2, col)
    assert (d101.range.end.line, d101.range.end.character) == (2, col + 3)
    assert d101.severity == types.DiagnosticSeverity.Error and d101.source == "lintgov"
    assert "25%" in d101.message and "20.00%" in d101.message
    related = {r.message.split("「")[1].rstrip("」"): r.location for r in d101.related_information}
    assert related["20件"].uri == uri and related["20件"].range.start.line == 2
    assert related["20件"].range.start.character == utf16(RATE_LINE[:RATE_LINE.index("20件")])

    # hover on the finding: the recomputation and the rule's explanation
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri), position=types.Position(2, col + 1)))
    assert hover is not None
    assert "20/100*100" in hover.contents.value and "容差" in hover.contents.value
    assert "lintgov rule LG101" in hover.contents.value
    nothing = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri), position=types.Position(0, 0)))
    assert nothing is None

    # a safe fix (LG801 stray spaces): apply it, the diagnostic goes, LG101 stays
    d801 = next(d for d in diags if d.code == "LG801")
    assert d801.range.start.line == 4
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=d801.range,
        context=types.CodeActionContext(diagnostics=[d801])))
    fix = next(a for a in actions if a.kind == types.CodeActionKind.QuickFix and a.is_preferred)
    text = apply_text_edits(DRAFT, edits_of(fix, uri))
    assert "全区共有3个部门参加。" in text and RATE_LINE in text
    change_doc(client, uri, text, 2)
    diags = await wait_diagnostics(client, uri, lambda d: "LG801" not in codes(d))
    assert "LG101" in codes(diags)

    # the suppression comment for LG101: the finding disappears, nothing new appears
    d101 = next(d for d in diags if d.code == "LG101")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=d101.range,
        context=types.CodeActionContext(diagnostics=[d101])))
    sup = next(a for a in actions if "LG101" in a.title and not a.is_preferred)
    text2 = apply_text_edits(text, edits_of(sup, uri))
    assert "<!-- lintgov: disable-next-line LG101 -->\n" + RATE_LINE in text2
    change_doc(client, uri, text2, 3)
    diags = await wait_diagnostics(client, uri, lambda d: "LG101" not in codes(d))
    assert list(diags) == []


async def test_fix_all_and_txt_crlf(client: LanguageClient, tmp_path):
    await start(client, tmp_path)
    text = f"{ASTRAL}一、总体 情况\r\n共有3 个部门 和 5个街道， 共计 8 个 。\r\n"
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("utf-8"))
    uri = open_doc(client, path, text, language="plaintext")
    diags = await wait_diagnostics(client, uri, lambda d: "LG801" in codes(d))
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=types.Range(types.Position(0, 0), types.Position(0, 0)),
        context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll])))
    assert [a.kind for a in actions] == ["source.fixAll.lintgov"]
    # the edit is computed when the client resolves the action (VS Code, Neovim do)
    assert actions[0].edit is None
    action = await client.code_action_resolve_async(actions[0])
    fixed = apply_text_edits(text.replace("\r\n", "\n"), edits_of(action, uri))
    # the same text `lintgov check --fix` writes (which keeps the CRLF line ends)
    run_cli(["check", "--fix", "-q", "draft.txt"], cwd=tmp_path)
    assert path.read_bytes().decode("utf-8") == fixed.replace("\n", "\r\n") != text
    assert "部门和" in fixed
    change_doc(client, uri, fixed.replace("\n", "\r\n"), 2)
    diags = await wait_diagnostics(client, uri, lambda d: "LG801" not in codes(d))
    assert all(d.code != "LG801" for d in diags)


async def test_configuration_per_folder_and_reload(client: LanguageClient, tmp_path):
    await start(client, tmp_path)
    sub = tmp_path / "en"
    sub.mkdir()
    (sub / "lintgov.toml").write_text('lang = "en"\n', encoding="utf-8")
    a, b = tmp_path / "a.md", sub / "b.md"
    for p in (a, b):
        p.write_text(DRAFT, encoding="utf-8")
    ua, ub = open_doc(client, a, DRAFT), open_doc(client, b, DRAFT)
    da = await wait_diagnostics(client, ua, lambda d: "LG101" in codes(d))
    db = await wait_diagnostics(client, ub, lambda d: "LG101" in codes(d))
    assert "与所给数字不符" in next(d for d in da if d.code == "LG101").message
    assert "does not match" in next(d.message for d in db if d.code == "LG101") or \
        next(d.message for d in db if d.code == "LG101").isascii()
    # the folder's configuration changes: the next lint uses it (no client watcher needed)
    (sub / "lintgov.toml").write_text('lang = "en"\nignore = ["LG101"]\n', encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(types.TextDocumentIdentifier(ub)))
    await wait_diagnostics(client, ub, lambda d: "LG101" not in codes(d))
    # a bad configuration is shown, not silently ignored
    (sub / "lintgov.toml").write_text('lang = "fr"\n', encoding="utf-8")
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
        uri=(sub / "lintgov.toml").as_uri(), type=types.FileChangeType.Changed)]))
    bad = await wait_diagnostics(client, ub, lambda d: codes(d) == ["config"])
    assert "lang" in bad[0].message and bad[0].severity == types.DiagnosticSeverity.Error


async def test_prior_report_in_workspace(client: LanguageClient, tmp_path):
    await start(client, tmp_path)
    (tmp_path / "2022").mkdir()
    prior = tmp_path / "2022" / "通州区2022年报告.txt"
    prior.write_text("2022年，通州区坚持依法行政。全年办理行政复议案件440件。\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("2022年，海淀区坚持依法行政。全年办理行政复议案件420件。\n", encoding="utf-8")
    text = "2023年，通州区坚持依法行政。办理行政复议案件512件，比上年的420件增长21.9%。\n"
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    uri = open_doc(client, path, text, language="plaintext")
    diags = await wait_diagnostics(client, uri, lambda d: "LG207" in codes(d))
    d = next(d for d in diags if d.code == "LG207")
    assert any(r.location.uri == prior.as_uri() and r.location.range.start.line == 0 for r in d.related_information)


async def test_docx_is_read_from_disk(client: LanguageClient, tmp_path):
    from test_formats import make_docx, para
    await start(client, tmp_path)
    path = tmp_path / "report.docx"
    path.write_bytes(make_docx(para("关于本区的报告") + para(RATE_LINE)))
    uri = open_doc(client, path, "PK\x03\x04 (what an editor shows of a zip file)", language="plaintext")
    diags = await wait_diagnostics(client, uri, lambda d: "LG101" in codes(d))
    d = next(d for d in diags if d.code == "LG101")
    assert d.range.start.line == 1 and "第 2 段" in d.message       # paragraph 2, as in the text output
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri), range=d.range, context=types.CodeActionContext(diagnostics=[d])))
    assert not actions                                               # a .docx is never edited


async def test_utf8_position_encoding(client: LanguageClient, tmp_path):
    """A client that prefers UTF-8 positions (Neovim, Helix) gets byte columns."""
    await client.initialize_session(types.InitializeParams(
        capabilities=types.ClientCapabilities(general=types.GeneralClientCapabilities(
            position_encodings=[types.PositionEncodingKind.Utf8, types.PositionEncodingKind.Utf16])),
        workspace_folders=[types.WorkspaceFolder(uri=tmp_path.as_uri(), name="ws")],
        initialization_options={"debounce": 50}))
    path = tmp_path / "d.txt"
    uri = open_doc(client, path, RATE_LINE + "\n", language="plaintext")
    diags = await wait_diagnostics(client, uri, lambda d: "LG101" in codes(d))
    d = next(d for d in diags if d.code == "LG101")
    assert d.range.start.character == len(RATE_LINE[:RATE_LINE.index("25%")].encode("utf-8"))


@pytest.fixture
def crash_env(tmp_path):
    site = tmp_path / "_site"
    site.mkdir()
    fake_dist(str(site), "lintgov_crashing_plugin", "lintgov_crashing_plugin", "crashing")
    env = dict(ENV, PYTHONPATH=str(site))
    env.pop("LINTGOV_DISABLE_PLUGIN_AUTOLOAD")
    return env


async def test_crashing_rule_is_logged_and_server_keeps_answering(crash_env, tmp_path):
    client = await ClientServerConfig(server_command=SERVER, server_env=crash_env).start()
    try:
        await start(client, tmp_path)
        path = tmp_path / "d.md"
        uri = open_doc(client, path, DRAFT)
        diags = await wait_diagnostics(client, uri, lambda d: "LG101" in codes(d))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 20
        while not any("CRASH01" in m.message for m in client.log_messages) and loop.time() < deadline:
            await asyncio.sleep(0.05)
        crash = [m for m in client.log_messages if "CRASH01" in m.message]
        assert crash and crash[0].type == types.MessageType.Error and "boom" in crash[0].message
        # still serving: a hover and a re-lint after an edit
        d101 = next(d for d in diags if d.code == "LG101")
        hover = await client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri), position=d101.range.start))
        assert hover is not None and "LG101" in hover.contents.value
        change_doc(client, uri, DRAFT.replace("25%", "20%"), 2)
        await wait_diagnostics(client, uri, lambda d: "LG101" not in codes(d))
        await client.shutdown_session()
    finally:
        server = getattr(client, "_server", None)
        if server is not None and server.returncode is None:   # a failed assertion: do not wait for it
            server.kill()
        await client.stop()
