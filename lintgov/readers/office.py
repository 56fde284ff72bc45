"""Old binary Word files (``.doc``, ``.dot``) and WPS files (``.wps``, ``.wpt``,
Word-97 compatible): converted to .docx by LibreOffice headless when ``soffice``
(or ``libreoffice``) is on ``PATH``, then read as .docx; otherwise a read error
that says how to convert.  Never a silent skip.

The conversion runs in a fresh temporary directory with its own LibreOffice
profile (so a running LibreOffice does not swallow the request), under a
timeout (:data:`TIMEOUT_S`); the temporary directory is removed afterwards.
A file that merely carries the suffix — a .docx renamed .doc (a zip), or text —
is read as what it is, and an encrypted OLE file is reported as encrypted.
"""
from __future__ import annotations

import os

from ..document import Document
from . import Reader, ReadError

#: seconds LibreOffice may take to convert one file
TIMEOUT_S = 120
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
HOW_TO = ("请用 Word 或 WPS 打开并“另存为 .docx”，或安装 LibreOffice 后运行："
          "soffice --headless --convert-to docx 文件名")
HOW_TO_EN = "open it in Word or WPS and save as .docx, or install LibreOffice and run: soffice --headless --convert-to docx FILE"


# shutil, subprocess and tempfile are imported where a .doc is read: a run over .txt reports does
# not pay for them (with what they import, ~2.5 ms of every start)


def soffice_path() -> str:
    import shutil
    return shutil.which("soffice") or shutil.which("libreoffice") or ""


def convert_to_docx(data: bytes, suffix: str, soffice: str, timeout: float = TIMEOUT_S) -> bytes:
    """The .docx LibreOffice makes of ``data``.  Raises :class:`ReadError`."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory(prefix="lintgov-office-") as tmp:
        src = os.path.join(tmp, "input" + suffix)
        with open(src, "wb") as fh:
            fh.write(data)
        profile = "file://" + os.path.join(tmp, "profile")
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nologo",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(tmp, "out"), src]
        try:
            proc = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=timeout, cwd=tmp)
        except subprocess.TimeoutExpired:
            raise ReadError(f"LibreOffice 转换超时（{timeout:.0f} 秒），未读取；{HOW_TO}",
                            f"LibreOffice did not finish converting within {timeout:.0f} s; not read; {HOW_TO_EN}") from None
        except OSError as e:
            raise ReadError(f"无法运行 LibreOffice（{e.strerror}）；{HOW_TO}",
                            f"cannot run LibreOffice ({e.strerror}); {HOW_TO_EN}") from None
        out = os.path.join(tmp, "out", "input.docx")
        if proc.returncode != 0 or not os.path.isfile(out):
            why = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip().splitlines()
            detail = why[-1][:160] if why else f"exit status {proc.returncode}"
            raise ReadError(f"LibreOffice 无法转换此文件（{detail}）；{HOW_TO}",
                            f"LibreOffice could not convert this file ({detail}); {HOW_TO_EN}")
        with open(out, "rb") as fh:
            return fh.read()


class OfficeReader(Reader):
    """``.doc``/``.dot``/``.wps``/``.wpt`` (see the module docs)."""

    name = "doc"
    suffixes = (".doc", ".dot", ".wps", ".wpt")
    writable = False

    def read(self, data: bytes, path: str) -> Document:
        from .docx import DocxReader
        if data.startswith(b"PK"):
            doc = DocxReader().read(data, path)  # a .docx under an old name
            doc.format = self.name
            return doc
        if not data.startswith(_OLE_MAGIC):
            if data[:5] == b"{\\rtf":
                kind = ("RTF 文件", "an RTF file")
            else:
                from .txt import TextReader
                try:
                    return TextReader().read(data, path)  # text saved under a Word name
                except ReadError:
                    kind = ("无法识别的文件", "an unrecognised file")
            raise ReadError(f"这不是 Word 97–2003 / WPS 文件，而是{kind[0]}；{HOW_TO}",
                            f"this is not a Word 97–2003 / WPS file but {kind[1]}; {HOW_TO_EN}")
        if any(m in data for m in _ENCRYPTED) or b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data[:65536]:
            raise ReadError("这是受密码保护（已加密）的文件，无法读取；请另存为未加密的 .docx 再检查",
                            "password-protected (encrypted) file; save an unencrypted copy as .docx to lint it")
        soffice = soffice_path()
        ext = os.path.splitext(path)[1].lower() or ".doc"
        if not soffice:
            what = "WPS 文件（.wps）" if ext in (".wps", ".wpt") else "旧版 Word 文件（.doc）"
            raise ReadError(f"{what}需要 LibreOffice 才能读取，当前未安装（找不到 soffice）；{HOW_TO}",
                            f"{'a WPS file' if ext in ('.wps', '.wpt') else 'an old Word file (.doc)'} needs "
                            f"LibreOffice (soffice is not on PATH); {HOW_TO_EN}")
        docx = convert_to_docx(data, ext, soffice)
        doc = DocxReader().read(docx, path)
        doc.format = self.name
        doc.meta["converted_by"] = "libreoffice"
        return doc
