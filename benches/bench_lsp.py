#!/usr/bin/env python3
"""Language-server latency benchmark (not a test: run it by hand and read the figures).

    .venv/bin/python benches/bench_lsp.py [--edits 40] [--chars 20000] [--file REPORT]

A 20,000-character draft is built at run time from ../shared/corpus/full: the first
``--chars`` characters of the first report, in name order, that is at least that long.  ``lintgov server`` is started over stdio with the
debounce set to 0, the draft is opened, then each edit (one character typed into a
different paragraph, sent as an incremental ``didChange``) is timed from the moment
the notification is written until the ``publishDiagnostics`` of that version is read:
the re-lint latency an editor sees, minus the debounce.  Target: median <= 150 ms.
The server's CPU time per edit is printed too (on a loaded machine, wall time includes
waiting for a CPU; the load average is printed before and after).

Interleaved with each server edit, the same text is linted in this process
(``LintSession.lint``, what the server runs for an edit), so that machine load
affects both alike; the ratio of the medians is the protocol's overhead.  Then one
profile of the in-process lint: the shared document services and each rule, the
slowest first (what dominates when the target is missed).
"""
import argparse
import glob
import json
import os
import queue
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "full")
sys.path.insert(0, ROOT)


def build_draft(chars, path=None):
    files = [path] if path else sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
    for f in files:
        with open(f, encoding="utf-8") as fh:
            text = fh.read()
        if len(text) >= chars:
            return text[:chars], f
    raise SystemExit(f"no report of {chars} characters in {CORPUS}")


class Client:
    """A minimal LSP client: JSON-RPC over the server's stdin/stdout."""

    def __init__(self, cmd, cwd):
        self.p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        self.q = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.p.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                k, _, v = line.decode("ascii").partition(":")
                if k.lower() == "content-length":
                    length = int(v)
            self.q.put((time.perf_counter(), json.loads(out.read(length))))

    def send(self, msg):
        body = json.dumps(msg, ensure_ascii=False).encode("utf-8")
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()
        return time.perf_counter()

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)

    def notify(self, method, params):
        return self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait(self, pred, timeout=60):
        deadline = time.perf_counter() + timeout
        while True:
            t, m = self.q.get(timeout=max(0.01, deadline - time.perf_counter()))
            if "method" in m and "id" in m:     # a request from the server: answer it
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})
            if pred(m):
                return t, m


def cpu_seconds(pid):
    """User + system CPU time of a process (Linux /proc), or None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edits", type=int, default=40)
    ap.add_argument("--chars", type=int, default=20000)
    ap.add_argument("--file", help="build the draft from this report instead")
    args = ap.parse_args()
    if not args.file and not os.path.isdir(CORPUS):
        raise SystemExit(f"{CORPUS} not found")
    text, source = build_draft(args.chars, args.file)
    lines = text.split("\n")
    print(f"draft: {len(text)} characters, {len(lines)} lines, from {os.path.relpath(source, ROOT)}")
    print("load average before: %.1f %.1f %.1f on %d CPUs" % (os.getloadavg() + (os.cpu_count(),)))

    from lintgov.plugins import build_registry
    from lintgov.server.session import LintSession
    work = tempfile.mkdtemp(prefix="lintgov-bench-lsp-")
    path = os.path.join(work, "draft.txt")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    uri = "file://" + path
    session = LintSession(build_registry(load_entry_points=False), [work])

    c = Client([sys.executable, "-m", "lintgov", "server", "--no-plugins"], work)
    c.request("initialize", {"processId": os.getpid(), "rootUri": "file://" + work, "capabilities": {},
                             "initializationOptions": {"debounce": 0}})
    c.notify("initialized", {})
    t0 = c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "plaintext", "version": 1,
                                                            "text": text}})
    t1, first = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    print(f"open: {1000 * (t1 - t0):.0f} ms, {len(first['params']['diagnostics'])} diagnostics")

    # one character typed into a different paragraph each time
    targets = [i for i, ln in enumerate(lines) if len(ln) > 20]
    server, local, cpu = [], [], []
    doc = list(lines)
    for k in range(args.edits):
        i = targets[(k * 7) % len(targets)]
        col = len(doc[i]) // 2
        doc[i] = doc[i][:col] + "，" + doc[i][col:]
        version = k + 2
        c0 = cpu_seconds(c.p.pid)
        t0 = c.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": i, "character": col}, "end": {"line": i, "character": col}},
                                "text": "，"}]})
        t1, _ = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                       and m["params"].get("version") == version)
        server.append(t1 - t0)
        c1 = cpu_seconds(c.p.pid)
        if c0 is not None and c1 is not None:
            cpu.append(c1 - c0)
        t = time.perf_counter()
        session.lint(uri, path, "\n".join(doc), version)
        local.append(time.perf_counter() - t)
    c.request("shutdown", None)
    c.notify("exit", None)
    c.p.wait(timeout=10)

    def ms(xs):
        xs = sorted(xs)
        return (f"median {1000 * statistics.median(xs):.0f} ms, p90 {1000 * xs[int(0.9 * (len(xs) - 1))]:.0f} ms, "
                f"min {1000 * xs[0]:.0f} ms, max {1000 * xs[-1]:.0f} ms")
    print(f"re-lint after an edit, server over stdio ({args.edits} edits): {ms(server)}")
    if cpu:
        print(f"server CPU time per re-lint (user+system, 10 ms ticks): median {1000 * statistics.median(cpu):.0f} ms")
    print(f"same text linted in-process (LintSession.lint):   {ms(local)}")
    print(f"ratio of medians (server / in-process): {statistics.median(server) / statistics.median(local):.2f}")
    print("load average after: %.1f %.1f %.1f" % os.getloadavg())
    verdict = "meets" if statistics.median(server) <= 0.150 else "MISSES"
    print(f"target 150 ms: {verdict} the target")
    profile("\n".join(doc), session)


def profile(text, session):
    """Where the time of one lint goes: reading, document services, each rule."""
    from lintgov.config import Settings
    from lintgov.engine import Context, instantiate_rules, read_document
    reg = session.registry
    data = text.encode("utf-8")
    t = time.perf_counter()
    doc = read_document("-", "draft.txt", reg, data)
    read = time.perf_counter() - t
    services = []
    for name in ("masks", "paragraphs", "sentences", "clauses", "headings", "script_profile", "quantities", "kind",
                 "report_year", "issuer"):
        t = time.perf_counter()
        getattr(doc, name)
        services.append((time.perf_counter() - t, name))
    settings = Settings()
    rules = instantiate_rules(reg, settings, {})
    ctx = Context(settings=settings.run_settings(), registry=reg, documents=[doc])
    timed = []
    for r in rules:
        t = time.perf_counter()
        try:
            list(r.check(doc, ctx) if r.scope == "document" else r.check_corpus([doc], ctx))
        except Exception as e:  # reported by the engine in real runs
            print(f"  {r.code} raised {type(e).__name__}: {e}")
        timed.append((time.perf_counter() - t, r.code))
    total = read + sum(x for x, _ in services) + sum(x for x, _ in timed)
    print(f"profile of one lint (after the edits), total {1000 * total:.0f} ms:")
    print(f"  read {1000 * read:.1f} ms")
    print("  services: " + ", ".join(f"{n} {1000 * x:.1f}" for x, n in sorted(services, reverse=True) if x >= 0.0005))
    print("  rules (slowest 10): " + ", ".join(f"{c} {1000 * x:.1f}" for x, c in sorted(timed, reverse=True)[:10]))


if __name__ == "__main__":
    main()
