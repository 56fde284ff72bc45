"""Input decoding: UTF-8 with/without BOM, UTF-16 BOM, GB18030/GBK, Big5, CRLF."""
import os

import pytest

from conftest import SEEDS, run_cli
from lintgov.readers import ReadError, decode

SIMP = "2022年，区政府坚持以习近平法治思想为统领，审结977件，纠错率约为24.2%。\n二、存在的问题\n"
TRAD = "2023年，通州區堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹落實黨的二十大精神。\n"


@pytest.mark.parametrize("text,enc,name", [
    (SIMP, "utf-8", "utf-8"),
    (SIMP, "gb18030", "gb18030"),
    (SIMP, "gbk", "gb18030"),
    (TRAD, "big5", "big5"),
    (TRAD, "gb18030", "gb18030"),
    (TRAD, "utf-8", "utf-8"),
])
def test_detects_encoding(text, enc, name):
    got, used, bom = decode(text.encode(enc))
    assert got == text and used == name and not bom


def test_boms():
    assert decode(b"\xef\xbb\xbf" + SIMP.encode("utf-8")) == (SIMP, "utf-8", True)
    assert decode(b"\xff\xfe" + SIMP.encode("utf-16-le")) == (SIMP, "utf-16", True)


@pytest.mark.parametrize("data,word", [
    (b"\x00\x01\x02\x03", "binary"),
    (bytes(range(128, 256)) * 4, "cannot decode"),
])
def test_undecodable(data, word):
    with pytest.raises(ReadError) as e:
        decode(data)
    assert word in e.value.en and e.value.zh


def _can(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def test_seed_in_every_encoding_gives_same_findings(tmp_path):
    """The same seed as UTF-8, UTF-8+BOM, GB18030, CRLF (and Big5 for the traditional seed)
    produces the same findings at the same lines and columns."""
    results = {}
    for n, encs in (("001", ("utf-8", "utf-8-sig", "gb18030", "crlf")), ("000", ("utf-8", "big5", "crlf"))):
        name = next(f for f in os.listdir(SEEDS) if f.startswith(n))
        text = open(os.path.join(SEEDS, name), encoding="utf-8").read()
        # keep the lines every encoding of the group can represent (a few seed characters are not in Big5)
        encodable = lambda ln: all(e in ("utf-8", "utf-8-sig", "crlf") or _can(ln, e) for e in encs)  # noqa: E731
        text = "".join(ln for ln in text.splitlines(True) if encodable(ln))
        assert len(text) > 3000
        outs = {}
        for enc in encs:
            d = tmp_path / enc
            d.mkdir(exist_ok=True)
            if enc == "crlf":
                data = text.replace("\n", "\r\n").encode("utf-8")
            else:
                data = text.encode(enc)
            (d / name).write_bytes(data)
            r = run_cli(["check", "--output-format", "concise", "--exit-zero", "-v", f"{enc}/{name}"], tmp_path)
            assert r.returncode == 0, r.stderr
            outs[enc] = [ln.split("/", 1)[1] for ln in r.stdout.splitlines()]
            shown = "utf-8" if enc in ("utf-8-sig", "crlf") else enc
            assert f"encoding {shown}" in r.stderr
        first = next(iter(outs.values()))
        assert all(o == first for o in outs.values()), {k: len(v) for k, v in outs.items()}
        results[n] = first
