"""Plain text (``.txt``, ``.text``): every non-blank line is a paragraph.

An empty file (no bytes, or only whitespace) is a read error ("empty file"):
a gate must never pass a report it did not see."""
from __future__ import annotations

from ..document import Document
from . import Reader, ReadError, decode, newline_of


class TextReader(Reader):
    name = "txt"
    suffixes = (".txt", ".text")
    writable = True

    def read(self, data: bytes, path: str) -> Document:
        text, enc, bom = decode(data, path)
        if not text.strip(" \t\r\n\f\v\u3000\u00a0\ufeff"):
            raise ReadError("空文件：没有任何文字" if not data[len(codecs_bom(data)):] else "文件只有空白，没有文字",
                            "empty file: no text at all" if not data[len(codecs_bom(data)):] else
                            "the file holds only whitespace, no text")
        return Document(text, path, format=self.name, encoding=enc, bom=bom,
                        newline=newline_of(text), paragraph_mode="line")


def codecs_bom(data: bytes) -> bytes:
    import codecs
    for bom in (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        if data.startswith(bom):
            return bom
    return b""
