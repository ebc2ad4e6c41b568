"""Exports carry full citations in every format, resist CSV injection, and are written atomically."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from viewer.core.errors import UserError
from viewer.core.filters import Filter
from viewer.export import citations, md_inline, read_json, render, to_text, write_export

CITATION_FIELDS = (
    "speaker",
    "speaker_role",
    "date",
    "date_precision",
    "year_inferred",
    "article_title",
    "article_author",
    "article_publisher",
    "article_published",
    "span_start",
    "span_end",
)


@pytest.fixture
def cits(repo):
    quotes = repo.quotes_by_ids([1, 3, 4])
    return citations(repo, quotes)


def test_citation_has_every_field_a_reader_needs(repo, cits):
    lin = cits[0]
    assert lin["speaker"] == "林俊旸" and lin["speaker_latin"] == "Lin Junyang"
    assert lin["speaker_role"] == "原阿里千问负责人"
    assert lin["date_start"] == "2026-03-07" and lin["date_precision"] == "day"
    assert lin["year_inferred"] is True and "year inferred" in lin["date"]
    assert lin["date_text"] == "3月7日"
    assert lin["article_title"] == "林俊旸发文告别阿里:为公司为千问只能做这么多了"
    assert (lin["article_author"], lin["article_publisher"], lin["article_published"]) == (
        "刘峰",
        "电商派",
        "2026-03-07 11:16",
    )
    body = repo.article(1).body
    for c in cits:
        assert body[c["span_start"] : c["span_end"]] == c["text"]
    wu = cits[2]
    assert wu["kind"] == "reported" and wu["speaker_role"] == "阿里巴巴CEO"
    assert wu["date_modifier"] == "after" and wu["date_end"] == "2026-03-07"


def test_markdown(cits):
    md = render(cits, "md")
    assert md.count("\n> ") + md.startswith("> ") >= 3
    assert "— 林俊旸 (Lin Junyang), 原阿里千问负责人; direct quote; 2026-03-07" in md
    assert "printed as “3月7日”" in md
    assert (
        "Source: 刘峰, “林俊旸发文告别阿里:为公司为千问只能做这么多了”, 电商派, "
        "2026-03-07 11:16, characters 78–178." in md
    )
    assert "> (我辞职了,再见了我爱的qwen)" in md
    reported = next(c for c in cits if c["kind"] == "reported")
    assert f"\n*Reported:* {md_inline(reported['text'])}" in md, "reported speech is no block quote"
    assert f"> {md_inline(reported['text'])[:20]}" not in md
    assert f"\n*转述*：{md_inline(reported['text'])}" in render(cits, "md", "zh")


def test_csv_opens_in_excel_and_reads_back(tmp_path, cits):
    out = tmp_path / "q.csv"
    write_export(out, cits, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["quote_id"] for r in rows] == ["1", "3", "4"]
    assert rows[0]["speaker"] == "林俊旸" and rows[0]["article_author"] == "刘峰"
    for name in CITATION_FIELDS:
        assert name in rows[0]


@pytest.mark.parametrize("payload", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_csv_neutralises_formula_cells(cits, payload):
    evil = dict(cits[0], text=payload, speaker=payload)
    rows = list(csv.reader(io.StringIO(render([evil], "csv"))))
    header, row = rows[0], rows[1]
    for col in ("text", "speaker"):
        cell = row[header.index(col)]
        assert cell == "'" + payload and cell[0] not in "=+-@\t\r"


def test_json_round_trips(tmp_path, cits):
    out = tmp_path / "q.json"
    write_export(out, cits, "json")
    assert read_json(out.read_text(encoding="utf-8")) == cits
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["format"] == "events-viewer quotes" and doc["version"] == 1


def test_clipboard_text(cits):
    text = to_text(cits[:1])
    assert text.startswith("“不是这几天,我都不知道")
    assert "— 林俊旸 (Lin Junyang), 原阿里千问负责人; direct quote;" in text
    assert "刘峰, “林俊旸发文告别阿里" in text and "characters 78–178" in text


def test_org_speaker_and_undated_quotes_export(repo):
    cits = citations(repo, repo.quotes(Filter(kind="reported")))
    org = next(c for c in cits if c["speaker"] == "阿里巴巴集团")
    assert org["speaker_kind"] == "org" and org["speaker_latin"] == "Alibaba Group"
    assert "Alibaba Group" in render([org], "md")


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, cits, monkeypatch):
    out = tmp_path / "q.md"
    out.write_text("old", encoding="utf-8")

    def boom(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("viewer.core.atomic.os.fsync", boom)
    with pytest.raises(UserError, match="No space left"):
        write_export(out, cits, "md")
    monkeypatch.undo()
    assert out.read_text(encoding="utf-8") == "old"
    assert os.listdir(tmp_path) == ["q.md"]


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path, cits):
    with pytest.raises(UserError, match="does not exist"):
        write_export(tmp_path / "nope" / "q.md", cits, "md")


def test_a_chinese_citation_says_the_month_was_inferred_when_the_text_prints_none(cits):
    """A walkthrough found 原文作“9日” cited as 年份据发表日期推断, only the year inferred."""
    monthless = {**cits[0], "date_text": "9日", "date_start": "2026-03-09", "date_end": "2026-03-09"}
    assert "2026年3月9日（精确到日，推断所得：原文未印出其年月），原文作“9日”" in to_text([monthless], "zh")


def test_chinese_citation_in_the_customary_form(cits):
    md = render(cits, "md", "zh")
    assert (
        "—— 林俊旸（Lin Junyang），原阿里千问负责人；直接引语；2026年3月7日（精确到日，年份据发表日期推断）"
        in md
    )
    assert "原文作“3月7日”" in md
    assert (
        "来源：刘峰.《林俊旸发文告别阿里:为公司为千问只能做这么多了》.电商派,2026-03-07,第 78–178 字。" in md
    )
    assert "吴泳铭（Wu Yongming），阿里巴巴CEO；间接引语；2026年3月4日之后" in md
    text = to_text(cits[:1], "zh")
    assert text.startswith("“不是这几天,我都不知道") and "\n—— 林俊旸（Lin Junyang）" in text
    assert "Source" not in md + text and "direct" not in md + text


def test_the_language_changes_only_the_human_readable_lines(cits):
    for fmt in ("csv", "json"):
        assert render(cits, fmt, "zh") == render(cits, fmt)
    assert json.loads(render(cits, "json", "zh"))["quotes"][0]["date"].startswith("2026-03-07 (day precision")


def test_every_place_a_quote_is_printed_is_cited_with_what_offsets_mean(repo):
    body = repo.article(1).body
    cits = citations(repo, repo.quotes_by_ids([3, 5]))
    bye, denial = cits
    assert [(o["span_start"], o["span_end"]) for o in bye["occurrences"]] == [(246, 284), (1041, 1079)]
    assert [(o["translation_start"], o["translation_end"]) for o in bye["occurrences"]] == [
        (285, 300),
        (1081, 1092),
    ]
    assert [(o["span_start"], o["span_end"]) for o in denial["occurrences"]] == [(801, 838), (1358, 1503)]
    for c in cits:
        assert (c["span_start"], c["span_end"]) in [
            (o["span_start"], o["span_end"]) for o in c["occurrences"]
        ]
        for o in c["occurrences"]:
            assert body[o["span_start"] : o["span_end"]] == o["text"]
            if o["translation_start"] is not None:
                assert body[o["translation_start"] : o["translation_end"]] == o["translation"]
        assert "0-based and end-exclusive" in c["offsets"]
    md = render(cits, "md")
    assert "characters 246–284 (translation 285–300) and 1041–1079 (translation 1081–1092)." in md
    # walk32: the first place prints the denial cut short, in other words than the ones cited
    assert "characters 801–838 (worded differently) and 1358–1503." in md
    assert "第 801–838（措辞不同）及 1358–1503 字" in render(cits, "md", "zh")
    assert "Character offsets are 0-based and end-exclusive" in md
    assert "246–284 (translation 285–300) and 1041–1079" in to_text(cits)
    rows = list(csv.DictReader(io.StringIO(render(cits, "csv"))))
    assert rows[0]["occurrence_spans"] == "246-284; 1041-1079" and rows[0]["span_start"] == "246"
    assert rows[1]["occurrence_spans"] == "801-838; 1358-1503"
    # the GUI walkthrough: the CSV gave a quote printed twice with two translations only the first, no spans
    assert rows[0]["translation_spans"] == "285-300; 1081-1092" and rows[1]["translation_spans"] == "; "
    assert "0-based and end-exclusive" in rows[0]["offsets"]
    assert read_json(render(cits, "json")) == cits


def test_an_occurrence_that_no_longer_matches_is_an_error(repo, monkeypatch):
    from dataclasses import replace

    quote = repo.quotes_by_ids([3])[0]
    moved = replace(
        quote, occurrences=(quote.occurrences[0], replace(quote.occurrences[1], span=(1040, 1078)))
    )
    with pytest.raises(UserError, match="1040–1078 no longer matches"):
        citations(repo, [moved])


def test_clipboard_text_never_puts_reported_speech_in_quote_marks(repo):
    reported = citations(repo, repo.quotes(Filter(kind="reported")))
    for c in reported:
        block = to_text([c])
        assert block.startswith(f"Reported: {c['text']}") and f"“{c['text']}”" not in block
        assert "; reported quote;" in block


@pytest.mark.parametrize(
    ("typed", "chosen", "expected"),
    [
        ("quotes.csv", "md", ("quotes.csv", "csv")),
        ("quotes.JSON", "csv", ("quotes.JSON", "json")),
        ("quotes.markdown", "json", ("quotes.markdown", "md")),
        ("quotes", "csv", ("quotes.csv", "csv")),
        ("notes.v2", "json", ("notes.v2.json", "json")),
    ],
)
def test_the_typed_extension_decides_the_export_format(typed, chosen, expected):
    from pathlib import Path

    from viewer.export import format_for

    path, fmt = format_for(Path("/tmp") / typed, chosen)
    assert (path.name, fmt) == expected


def test_traditional_chinese_citation_keeps_the_data_as_printed(cits):
    text = to_text(cits[:1], "zh_TW")
    assert "直接引語；2026年3月7日（精確到日，年份據發表日期推斷），原文作「3月7日」" in text
    assert "刘峰.《林俊旸发文告别阿里:为公司为千问只能做这么多了》.电商派,2026-03-07" in text


def test_a_citation_leaves_out_what_the_article_does_not_say_and_gives_its_day_in_iso(cits):
    from viewer.export import source_line, source_line_zh

    bare = {**cits[0], "article_author": "", "article_publisher": "", "article_published": "2023-03-31"}
    assert source_line(bare).startswith(
        "“林俊旸发文告别阿里:为公司为千问只能做这么多了”, 2023-03-31, characters "
    )
    assert source_line_zh(bare).startswith("《林俊旸发文告别阿里:为公司为千问只能做这么多了》,2023-03-31,第 ")
    untitled = {**bare, "article_title": "", "article_published": "", "article_source": ""}
    assert source_line(untitled).startswith("untitled article, characters ")
    assert source_line_zh(untitled).startswith("无标题文章,第 ")


def test_an_untitled_article_is_cited_as_one_by_its_publisher_and_day_and_a_guessed_day_says_so(cits):
    """A walkthrough's citation of an article without a headline named its file (“pulse_idris.txt”), which
    means nothing to a reader: it is an untitled article, with its byline, publisher and day."""
    from viewer.export import source_line, source_line_zh

    guessed = {
        **cits[0],
        "article_title": "",
        "article_author": "",
        "article_publisher": "",
        "article_published": "2023-11-07*",
        "article_source": "pulse_idris.txt",
    }
    assert source_line(guessed).startswith("untitled article, 2023-11-07 (date inferred), characters ")
    assert source_line_zh(guessed).startswith("无标题文章,2023-11-07（日期系推断）,第 ")
    assert source_line_zh(guessed, "zh_TW").startswith("無標題文章,2023-11-07（日期係推斷）,第 ")
    md = render([guessed], "md")
    assert "2023-11-07 (date inferred), characters" in md and "\\ (date" not in md
    assert "pulse_idris" not in md + to_text([guessed]) + to_text([guessed], "zh")
    published = {**guessed, "article_author": "Jane Doe", "article_publisher": "Reuters"}
    assert source_line(published).startswith(
        "Jane Doe, untitled article, Reuters, 2023-11-07 (date inferred)"
    )
    assert source_line_zh(published).startswith("Jane Doe.无标题文章.Reuters,2023-11-07（日期系推断）,第 ")
    assert render([published], "csv").count("pulse_idris.txt") == 1, "the file stays in the data"


def test_an_address_in_markdown_is_a_link_shown_as_written(cits):
    """Markdown escapes (\\_) would print inside a link, and a space would end it."""
    address = "https://news.example.com/a_b/c d/<x>"
    cited = {**cits[0], "article_address": address}
    assert render([cited], "md").count("<https://news.example.com/a_b/c%20d/%3Cx%3E>\n") == 1
    assert to_text([cited]).endswith(f", {address}\n")
    unaddressed = [line for line in render([cits[0]], "md").splitlines() if line.startswith("Source: ")]
    assert len(unaddressed) == 1 and unaddressed[0].endswith(".")  # without an address, the stop stays


@pytest.mark.parametrize(
    ("printed", "cited"),
    [
        ("2023年03月31日", "2023-03-31"),
        ("2026-03-07 11:16", "2026-03-07 11:16"),
        ("Aug. 17, 2020", "2020-08-17"),
    ],
)
def test_the_publication_day_is_cited_in_iso_form(printed, cited):
    from viewer.export import published_day

    assert published_day(printed) == cited


def test_quote_marks_inside_a_quotation_are_the_inner_ones_in_every_citation(cits):
    """Direct words printing a term in quote marks (没有出现“集体离职”) were copied inside the citation's own
    “…”, so a reader could not tell where the quotation ended. Inside them the words' double marks are
    single (GB/T 15834, as English style), inside zh_TW's 「…」 its 「」 are 『』; the data stays as
    printed."""
    said = {**cits[0], "kind": "direct", "text": "目前没有出现“集体离职”的情况", "date_text": "「今年」初"}
    assert to_text([said], "zh").startswith("“目前没有出现‘集体离职’的情况”")
    assert to_text([said]).startswith("“目前没有出现‘集体离职’的情况”")
    assert "原文作「『今年』初」" in to_text([said], "zh_TW")
    titled = {**said, "article_title": "林俊旸:“我辞职了”"}
    assert "刘峰, “林俊旸:‘我辞职了’”, 电商派" in render([titled], "md")
    assert json.loads(render([titled], "json"))["quotes"][0]["text"] == "目前没有出现“集体离职”的情况"
