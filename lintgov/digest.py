"""SHA-256 for lintgov's digests (file contents, configurations, cache keys) without loading OpenSSL for a
short run (issue 14: single-file latency).

``import hashlib`` loads OpenSSL's libcrypto (~2.5 ms of a ~150 ms single-file check).  CPython's own SHA-256 module
gives the same digests but hashes about seven times slower (70 against 480 MB/s on the development machine), so it
serves only the first :data:`BUILTIN_BYTES` a process hashes (a configuration and a report or two); everything after
(an archive, a 50 MB file) goes through hashlib.
"""
from __future__ import annotations

from typing import Any, Optional

#: bytes a process hashes with CPython's own module before it loads hashlib (at most ~4 ms at 70 MB/s)
BUILTIN_BYTES = 256 * 1024

_used = 0
_hashlib_sha256: Optional[Any] = None


def _builtin() -> Optional[Any]:
    try:
        from _sha256 import sha256 as f  # CPython 3.8-3.11
        return f
    except ImportError:
        pass
    try:
        from _sha2 import sha256 as f  # CPython 3.12+
        return f
    except ImportError:  # pragma: no cover - another interpreter
        return None


def sha256(data: bytes = b"") -> Any:
    """``hashlib.sha256(data)``: an object with the same ``update``, ``digest``, ``hexdigest`` and ``copy``.
    (Only ``data`` counts towards :data:`BUILTIN_BYTES`: later updates are small in lintgov.)"""
    global _used, _hashlib_sha256
    if _hashlib_sha256 is None:
        _used += len(data)
        if _used <= BUILTIN_BYTES:
            f = _builtin()
            if f is not None:
                return f(data)
        import hashlib
        _hashlib_sha256 = hashlib.sha256
    return _hashlib_sha256(data)
