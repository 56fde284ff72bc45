"""Input problems: a file lintgov cannot read (LG001)."""
from lintgov import hookimpl
from lintgov.rule import Rule, bad, good


class FileUnreadable(Rule):
    """Reported by the engine itself for a file it cannot read or decode."""

    code = "LG001"
    name = "file-unreadable"
    category = "encoding"
    level = "error"
    summary = {"zh": "文件无法读取或解码。", "en": "The file cannot be read or decoded."}
    description = {
        "zh": "文件不存在、无读取权限、是二进制文件，或既不是 UTF-8 也不是 GB18030/GBK、Big5 编码的中文文本。"
              "其他文件照常检查；本文件的内容没有被检查。",
        "en": "The file is missing, unreadable, binary, or neither UTF-8 nor Chinese text in GB18030/GBK or Big5. "
              "Other files are still linted; this file's content was not checked.",
    }
    messages = {"default": {"zh": "无法读取文件：{reason_zh}", "en": "cannot read file: {reason_en}"}}
    examples = (
        bad("\x00\x01binary", note="a binary file (the engine reports it while reading)"),
        good("2023年，本区法治政府建设取得积极成效。"),
    )

    # No check(): the engine reports read errors under this code (a document
    # that was read has nothing for this rule).


@hookimpl
def lintgov_rules():
    return [FileUnreadable]
