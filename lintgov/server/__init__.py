"""The language server (``lintgov server``): live diagnostics, fixes and hovers in
editors that speak the Language Server Protocol (VS Code, Neovim, Emacs, Helix).

Needs the optional extra: ``pip install 'lintgov[lsp]'`` (pygls).  Only the
``server`` command imports this package, so ``lintgov check`` never pays for it.
:mod:`.session` does the work without pygls; :mod:`.protocol` speaks LSP.
"""
from __future__ import annotations


def serve(no_plugins: bool = False) -> int:
    from .protocol import serve as _serve
    return _serve(no_plugins=no_plugins)
