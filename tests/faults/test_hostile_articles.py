"""Hostile articles: special files, links out, binary, bad encodings, huge or pathological text.
Each is imported through events-cli: refused in one line or imported, never a traceback or a hang."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from viewer.pipeline.reader import MAX_BYTES, MAX_CHARS

from .tools import is_root, library_with, run_main

TEXT = "阿里巴巴CEO吴泳铭3月4日表示：“我们会继续投入。”\n"
Make = Callable[[Path], Path]


def _file(name: str, content: bytes) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path

    return make


def _link(name: str, target: str) -> Make:
    def make(folder: Path) -> Path:
        path = folder / name
        path.symlink_to(target)
        return path

    return make


def _fifo(folder: Path) -> Path:
    path = folder / "fifo.txt"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.txt"
    path.mkdir()
    return path


def _unreadable(folder: Path) -> Path:
    path = folder / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    return path


def hostile() -> dict[str, Make]:
    """Named hostile articles, made in a folder."""
    return {
        "a FIFO": _fifo,
        "a folder named .txt": _folder,
        "/dev/zero behind a .txt link": _link("zero.txt", "/dev/zero"),
        "/dev/null behind a .txt link": _link("null.txt", "/dev/null"),
        "/etc/passwd behind a .txt link": _link("passwd.txt", "/etc/passwd"),
        "a dangling link": _link("gone.txt", "/nonexistent/gone.txt"),
        "a link loop": _link("loop.txt", "loop.txt"),
        "an unreadable file" + (" (root reads it)" if is_root() else ""): _unreadable,
        "an empty file": _file("empty.txt", b""),
        "only spaces": _file("spaces.txt", b" \n\t\r\n" * 1000),
        "a NUL after 4 KiB": _file("nul.txt", TEXT.encode() * 200 + b"\x00"),
        "a NUL in UTF-16": _file("nul16.txt", (TEXT * 50 + "\x00").encode("utf-16")),
        "a UTF-8 BOM then bad bytes": _file("bom8.txt", b"\xef\xbb\xbf" + TEXT.encode() + b"\xff\xfe\xc0"),
        "odd-length UTF-16": _file("odd16.txt", (TEXT * 10).encode("utf-16") + b"!"),
        "UTF-16 with a lone surrogate": _file("sur16.txt", b"\xff\xfe" + b"\x00\xd8a\x00" * 50),
        "CESU-8 surrogates": _file("cesu.txt", TEXT.encode() + b"\xed\xa0\x80" * 20),
        "random bytes": _file("random.txt", bytes((i * 7919 + 13) % 251 + 1 for i in range(20000))),
        "one byte over the size limit": _file("huge.txt", b"a" * (MAX_BYTES + 1)),
        "more characters than an article": _file("long.txt", ("字" * (MAX_CHARS + 1)).encode()),
        "one line of 150,000 characters": _file("line.txt", ("吴" * 150_000).encode()),
        "100,000 newlines": _file("newlines.txt", TEXT.encode() + b"\n" * 100_000),
        "control characters": _file("ctrl.txt", (TEXT + "".join(map(chr, range(1, 32)))).encode() * 20),
        "bidi overrides": _file("bidi.txt", ("\u202e" + TEXT + "\u2066x\u2069").encode() * 20),
        "HTML nested 20,000 deep": _file("deep.html", b"<div>" * 20000 + TEXT.encode() + b"</div>" * 20000),
        "HTML unclosed tags": _file("open.html", b"<p><b><i><span>" * 5000 + TEXT.encode()),
        "HTML of script only": _file("script.html", b"<script>" + b"x" * 10000 + b"</script>"),
        "HTML comment never closed": _file("comment.html", b"<p>" + TEXT.encode() + b"<!--" + b"x" * 50000),
        "HTML entity flood": _file("entity.html", b"<p>" + b"&#x5434;&amp;&#99999999;" * 20000 + b"</p>"),
        "Markdown of markup only": _file("marks.md", b"#" * 5000 + b"\n" + b"> " * 5000 + b"**" * 5000),
        "Markdown links nested": _file("links.md", b"[" * 20000 + b"a" + b"](x)" * 20000),
        "quotes never closed": _file("quotes.txt", ("他说：“" * 5000 + TEXT).encode()),
        "dates everywhere": _file("dates.txt", ("2026年3月4日至5日，昨日，上周五，" * 3000).encode()),
        "GB18030 mislabelled": _file("gb.txt", (TEXT * 30).encode("gb18030")),
        "Big5 with invalid pairs": _file(
            "big5.txt", (TEXT * 30).encode("big5", "replace") + b"\x81\x40\xfe\xff"
        ),
    }


def _import_each(tmp_path: Path, capsys, tally, names: list[str]) -> None:
    made = hostile()
    lib = library_with(tmp_path, "library.db")
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in names:
        path = made[name](folder)
        outcome, what = run_main(capsys, ["import", str(path), "--db", str(lib)], seconds=120)
        if outcome == "clean error" and "the extractor failed" in what:
            outcome = "traceback"  # read_one turned an exception into a message: still a bug
        tally.add(outcome, f"{name}: {what}")
    tally.note(f"{len(made)} kinds, each imported by events-cli")
    tally.check()


@pytest.mark.kind("hostile articles")
def test_a_few_hostile_articles(tmp_path, capsys, tally):
    names = ["a FIFO", "a folder named .txt", "/dev/zero behind a .txt link", "a NUL after 4 KiB"]
    names += ["odd-length UTF-16"]
    _import_each(tmp_path, capsys, tally, names)


@pytest.mark.thorough
@pytest.mark.kind("hostile articles")
def test_every_hostile_article(tmp_path, capsys, tally):
    _import_each(tmp_path, capsys, tally, list(hostile()))
