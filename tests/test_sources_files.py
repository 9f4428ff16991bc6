"""read_input_folder: every input record becomes one RawRecord or one Rejection with a precise reason."""

from __future__ import annotations

import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from pipeline.sources.files import (
    ReadLimits,
    landing_day_fingerprints,
    read_input_file,
    read_input_folder,
)
from pipeline.sources.records import RawRecord, Rejection

PAGE = (
    "<html><head><title>Harbour reopens</title></head><body>"
    "<p>The harbour in Westport reopened on Monday after a week of repairs.</p></body></html>"
)


def read_one(path: Path, **kwargs) -> list[RawRecord | Rejection]:
    return read_input_file(path, path.name, **kwargs)


def only_rejection(items: list[RawRecord | Rejection]) -> Rejection:
    assert len(items) == 1 and isinstance(items[0], Rejection), items
    return items[0]


def only_record(items: list[RawRecord | Rejection]) -> RawRecord:
    assert len(items) == 1 and isinstance(items[0], RawRecord), items
    return items[0]


# --- the normal formats ---------------------------------------------------------------------------------


def test_html_file_is_one_html_record(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    record = only_record(read_one(tmp_path / "page.html"))
    assert (record.format, record.content, record.encoding, record.record_index) == ("html", PAGE, "utf-8", 0)


def test_htm_extension_is_html(tmp_path: Path) -> None:
    (tmp_path / "page.HTM").write_text(PAGE, encoding="utf-8")
    assert only_record(read_one(tmp_path / "page.HTM")).format == "html"


def test_txt_file_is_one_text_record(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Talks resumed in Lakeside on Friday.\n", encoding="utf-8")
    record = only_record(read_one(tmp_path / "note.txt"))
    assert (record.format, record.content) == ("text", "Talks resumed in Lakeside on Friday.\n")


def test_gzipped_html_is_inflated(tmp_path: Path) -> None:
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    record = only_record(read_one(tmp_path / "page.html.gz"))
    assert (record.format, record.content) == ("html", PAGE)


def test_json_object_is_one_record_with_its_hints(tmp_path: Path) -> None:
    obj = {
        "text": "Rain closed the pass.",
        "url": "https://news.example/pass",
        "published": "2024-03-05",
        "title": "Pass closed",
        "source": "Valley Post",
    }
    (tmp_path / "one.json").write_text(json.dumps(obj), encoding="utf-8")
    record = only_record(read_one(tmp_path / "one.json"))
    assert (
        record.format,
        record.content,
        record.url,
        record.published_hint,
        record.title_hint,
        record.source_hint,
    ) == ("text", "Rain closed the pass.", "https://news.example/pass", "2024-03-05", "Pass closed", "Valley Post")


def test_json_list_gives_one_record_per_item_indexed_by_position(tmp_path: Path) -> None:
    (tmp_path / "many.json").write_text(json.dumps([{"html": "<p>a</p>"}, {"text": "b"}]), encoding="utf-8")
    items = read_one(tmp_path / "many.json")
    assert [(i.record_index, i.format, i.content) for i in items] == [(0, "html", "<p>a</p>"), (1, "text", "b")]


def test_json_published_that_is_not_iso_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"text": "x", "published": "last Tuesday"}), encoding="utf-8")
    assert only_record(read_one(tmp_path / "one.json")).published_hint is None


def test_jsonl_bad_lines_are_rejected_one_by_one_and_good_lines_kept(tmp_path: Path) -> None:
    lines = ['{"text": "first"}', '{"text": "second"', "", '{"html": "<p>third</p>"}', "[1, 2]", '{"title": "no body"}']
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read_one(tmp_path / "feed.jsonl")
    kept = [(i.record_index, i.content) for i in items if isinstance(i, RawRecord)]
    rejected = [(i.record_index, i.stage, i.reason.split(":")[0]) for i in items if isinstance(i, Rejection)]
    assert kept == [(0, "first"), (3, "<p>third</p>")]
    assert rejected == [
        (1, "decode", "invalid JSON on line 2"),
        (4, "decode", "line 5 is a JSON list, not an object"),
        (5, "decode", "line 6 has neither a 'text' nor an 'html' field"),
    ]


def test_jsonl_keeps_unicode_line_separators_inside_strings(tmp_path: Path) -> None:
    (tmp_path / "sep.jsonl").write_text(json.dumps({"text": "a\u2028b"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert only_record(read_one(tmp_path / "sep.jsonl")).content == "a\u2028b"


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path: Path) -> None:
    (tmp_path / "lines.json").write_text('{"text": "one"}\n{"text": "two"}\n{broken\n', encoding="utf-8")
    items = read_one(tmp_path / "lines.json")
    assert [(i.record_index, type(i).__name__) for i in items] == [(0, "RawRecord"), (1, "RawRecord"), (2, "Rejection")]


def test_pretty_printed_json_saved_as_jsonl_is_read_whole(tmp_path: Path) -> None:
    (tmp_path / "pretty.jsonl").write_text(json.dumps([{"text": "one"}, {"text": "two"}], indent=2), encoding="utf-8")
    assert [(i.record_index, i.content) for i in read_one(tmp_path / "pretty.jsonl")] == [(0, "one"), (1, "two")]


def test_ten_megabyte_single_line_is_read(tmp_path: Path) -> None:
    body = "word " * 2_000_000
    (tmp_path / "long.txt").write_text(body, encoding="utf-8")
    assert len(only_record(read_one(tmp_path / "long.txt")).content) == 10_000_000


# --- WARC -----------------------------------------------------------------------------------------------


def write_warc(path: Path, responses: list[tuple[str, str, bytes, str]], *, compress: bool) -> None:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for url, content_type, body, status in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )


@pytest.mark.parametrize("compress", [True, False])
def test_warc_gives_one_record_per_html_or_text_response(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    write_warc(
        path,
        [
            ("https://news.example/a", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
            ("https://news.example/logo.png", "image/png", b"\x89PNG\r\n", "200 OK"),
            ("https://news.example/gone", "text/html", b"<p>gone</p>", "404 Not Found"),
            (
                "https://news.example/b.txt",
                "text/plain; charset=iso-8859-1",
                "Caf\u00e9 opens".encode("latin-1"),
                "200 OK",
            ),
        ],
        compress=compress,
    )
    items = read_one(path)
    assert [(i.record_index, i.content if isinstance(i, RawRecord) else i.reason) for i in items] == [
        (1, PAGE),
        (2, "WARC response with unsupported content type image/png"),
        (3, "WARC response with HTTP status 404"),
        (4, "Caf\u00e9 opens"),
    ]
    assert [i.url for i in items if isinstance(i, RawRecord)] == [
        "https://news.example/a",
        "https://news.example/b.txt",
    ]


def test_truncated_warc_keeps_whole_records_and_rejects_the_cut_one(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc"
    write_warc(
        path,
        [
            ("https://news.example/a", "text/html", PAGE.encode(), "200 OK"),
            ("https://news.example/b", "text/html", PAGE.encode(), "200 OK"),
        ],
        compress=False,
    )
    path.write_bytes(path.read_bytes()[:-60])
    items = read_one(path)
    assert isinstance(items[0], RawRecord) and items[0].record_index == 1
    assert isinstance(items[1], Rejection) and items[1].record_index == 2
    assert items[1].reason.startswith("truncated WARC record")


def test_garbage_after_good_warc_records_is_one_rejection(tmp_path: Path) -> None:
    path = tmp_path / "tail.warc"
    write_warc(path, [("https://news.example/a", "text/html", PAGE.encode(), "200 OK")], compress=False)
    path.write_bytes(path.read_bytes() + b"this is not a WARC header\r\n\r\n")
    items = read_one(path)
    assert [(i.record_index, type(i).__name__) for i in items] == [(1, "RawRecord"), (2, "Rejection")]
    assert items[1].reason.startswith("malformed WARC after 2 records: ")


def test_file_named_warc_that_is_not_a_warc_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "fake.warc").write_text("this is a plain note\n", encoding="utf-8")
    assert (
        only_rejection(read_one(tmp_path / "fake.warc")).reason
        == "not a WARC file (no WARC/ version line at the start)"
    )


def test_warc_record_with_wrong_content_length_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "bad.warc").write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/x\r\n"
        b"Content-Length: 5\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n"
    )
    items = read_one(tmp_path / "bad.warc")
    assert [(i.record_index, i.reason.split(";")[0]) for i in items] == [
        (0, "malformed WARC record (Content-Length does not match the record")
    ]


# --- hostile files --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.html", b"", "empty file"),
        ("blank.txt", b"  \n\t \r\n", "whitespace-only content"),
        ("image.txt", bytes(range(256)) * 8, "binary content (8 NUL bytes) in a .txt file"),
        ("nul.html", b"<p>one</p>\x00<p>two</p>", "binary content (1 NUL bytes) in a .html file"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unsupported file type .pdf"),
        ("data.xyz", b"hello", "unsupported file type .xyz"),
        ("README", b"hello", "unsupported file type (no extension)"),
        ("cut.html.gz", gzip.compress(PAGE.encode())[:40], "truncated gzip stream"),
        ("plain.html.gz", PAGE.encode(), "not gzip data"),
        (
            "broken.json",
            b'{"text": "x",',
            "invalid JSON: Expecting property name enclosed in double quotes: line 1 column 14 (char 13)",
        ),
    ],
)
def test_hostile_file_is_rejected_with_a_precise_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(data)
    assert only_rejection(read_one(tmp_path / name)).reason == reason


def test_gzip_bomb_is_refused_at_the_inflated_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    with gzip.open(path, "wb", compresslevel=9) as fh:
        block = b"\0" * (1 << 20)
        for _ in range(8):
            fh.write(block)
    rejection = only_rejection(read_one(path, limits=ReadLimits(max_inflated_bytes=4 * 1024 * 1024)))
    assert (rejection.stage, rejection.reason) == ("load", "inflated size exceeds 4 MB cap")


def test_oversized_file_is_refused_at_the_file_size_cap(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_bytes(b"a" * 2048)
    rejection = only_rejection(read_one(tmp_path / "big.txt", limits=ReadLimits(max_file_bytes=1024)))
    assert rejection.reason == "file size exceeds 0.000976562 MB cap"


@pytest.mark.parametrize("name", ["article.php", "index", "story.aspx.gz"])
def test_html_page_saved_under_another_name_is_read_as_html(tmp_path: Path, name: str) -> None:
    data = gzip.compress(PAGE.encode()) if name.endswith(".gz") else PAGE.encode()
    (tmp_path / name).write_bytes(data)
    record = only_record(read_one(tmp_path / name))
    assert (record.format, record.content) == ("html", PAGE)


def test_absurdly_deep_html_is_refused_without_parsing(tmp_path: Path) -> None:
    depth = 200_000
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * depth + "x" + "</div>" * depth, encoding="utf-8")
    rejection = only_rejection(read_one(tmp_path / "deep.html"))
    assert (rejection.stage, rejection.reason) == ("decode", "HTML nested 5000 or more levels deep")


def test_ordinary_sloppy_html_is_not_mistaken_for_deep_html(tmp_path: Path) -> None:
    sloppy = "<html><body>" + "<p>para<li>item<br>" * 20_000 + "</body></html>"
    (tmp_path / "sloppy.html").write_text(sloppy, encoding="utf-8")
    assert only_record(read_one(tmp_path / "sloppy.html")).format == "html"


def test_script_only_page_is_passed_on_for_extraction(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_text(
        "<html><head><script>render()</script></head><body></body></html>", encoding="utf-8"
    )
    assert only_record(read_one(tmp_path / "app.html")).format == "html"


def test_xml_file_with_external_entities_is_refused_unresolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not read", encoding="utf-8")
    (tmp_path / "evil.xml").write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<rss><channel><item><description>&x;</description></item></channel></rss>",
        encoding="utf-8",
    )
    rejection = only_rejection(read_one(tmp_path / "evil.xml"))
    assert (rejection.stage, rejection.reason) == (
        "decode",
        "feed file: XML entity declarations refused (never expanded)",
    )


def test_feed_file_that_is_not_xml_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_text("Service Temporarily Unavailable\n", encoding="utf-8")
    assert (
        only_rejection(read_one(tmp_path / "feed.xml")).reason
        == "feed file: not well-formed XML: syntax error: line 1, column 0"
    )


def test_feed_file_gives_one_record_per_item_with_content(tmp_path: Path) -> None:
    (tmp_path / "wire.rss").write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        "<channel><title>Valley Post</title>"
        "<item><title>Dam opens</title><link>https://valley.example/dam</link>"
        "<pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate>"
        "<content:encoded><![CDATA[<p>The dam opened.</p>]]></content:encoded></item>"
        "<item><title>Link only</title><link>https://valley.example/link</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    first, second = read_one(tmp_path / "wire.rss")
    assert isinstance(first, RawRecord) and isinstance(second, Rejection)
    assert (
        first.record_index,
        first.format,
        first.content,
        first.url,
        first.published_hint,
        first.title_hint,
        first.source_hint,
    ) == (
        0,
        "html",
        "<p>The dam opened.</p>",
        "https://valley.example/dam",
        "2024-05-14T08:30:00+00:00",
        "Dam opens",
        "Valley Post",
    )
    assert (second.record_index, second.reason) == (
        1,
        "feed item 1 has no content (only a link to https://valley.example/link)",
    )


def test_atom_file_entry_summary_is_used_when_there_is_no_content(tmp_path: Path) -> None:
    (tmp_path / "f.atom").write_text(
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Gazette</title><entry><title>Fair</title>'
        '<link href="https://hill.example/fair"/><published>2024-06-01T09:00:00Z</published>'
        "<summary>The fair returns.</summary></entry></feed>",
        encoding="utf-8",
    )
    record = only_record(read_one(tmp_path / "f.atom"))
    assert (record.content, record.published_hint, record.source_hint) == (
        "The fair returns.",
        "2024-06-01T09:00:00Z",
        "Hill Gazette",
    )


def test_sitemap_file_is_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', encoding="utf-8"
    )
    assert (
        only_rejection(read_one(tmp_path / "sitemap.xml")).reason
        == "feed file: not an RSS or Atom feed (root element <urlset>)"
    )


# --- encodings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Caf\u00e9 cr\u00e8me, na\u00efve d\u00e9j\u00e0 vu".encode("latin-1"), "cp1252"),
        ("\u201cQuoted\u201d \u2014 dash".encode("cp1252"), "cp1252"),
        ("Gr\u00fc\u00dfe aus K\u00f6ln".encode("utf-16"), "utf-16"),
        ("Gr\u00fc\u00dfe aus K\u00f6ln, sagte er".encode("utf-16-le"), "utf-16-le"),
        ("\ufeffCaf\u00e9".encode("utf-8"), "utf-8"),
        (
            "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b, "
            "\u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
            "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f "
            "\u0432 \u0441\u0440\u0435\u0434\u0443.".encode("cp1251"),
            "cp1251",
        ),
    ],
)
def test_text_encoding_is_detected_and_recorded(tmp_path: Path, data: bytes, encoding: str) -> None:
    (tmp_path / "t.txt").write_bytes(data)
    record = only_record(read_one(tmp_path / "t.txt"))
    assert record.encoding == encoding
    assert "\ufffd" not in record.content and not record.content.startswith("\ufeff")


def test_polish_text_in_cp1250_is_not_read_as_cp1252(tmp_path: Path) -> None:
    polish = (
        "Prezydent powiedzia\u0142, \u017ce rozmowy b\u0119d\u0105 kontynuowane w przysz\u0142ym tygodniu w \u0141odzi."
    )
    (tmp_path / "pl.txt").write_bytes(polish.encode("cp1250"))
    record = only_record(read_one(tmp_path / "pl.txt"))
    assert (record.encoding, record.content) == ("cp1250", polish)


def test_french_apostrophes_do_not_look_like_central_european_text(tmp_path: Path) -> None:
    french = (
        "L\u2019\u00e9conomie d\u2019aujourd\u2019hui, l\u2019\u00e9t\u00e9 et l\u2019h\u00f4tel "
        "\u2014 na\u00efvet\u00e9."
    )
    (tmp_path / "fr.txt").write_bytes(french.encode("cp1252"))
    record = only_record(read_one(tmp_path / "fr.txt"))
    assert (record.encoding, record.content) == ("cp1252", french)


def test_latin1_text_decodes_to_the_right_characters(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_bytes("Caf\u00e9 na\u00efve".encode("latin-1"))
    assert only_record(read_one(tmp_path / "t.txt")).content == "Caf\u00e9 na\u00efve"


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    html = '<html><head><meta charset="windows-1251"></head><body><p>\u041c\u0438\u0440</p></body></html>'
    (tmp_path / "ru.html").write_bytes(html.encode("cp1251"))
    record = only_record(read_one(tmp_path / "ru.html"))
    assert (record.encoding, "\u041c\u0438\u0440" in record.content) == ("cp1251", True)


def test_utf8_page_that_declares_latin1_is_read_as_utf8(tmp_path: Path) -> None:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>'
        "<body>caf\u00e9</body></html>"
    )
    (tmp_path / "mislabelled.html").write_bytes(html.encode("utf-8"))
    record = only_record(read_one(tmp_path / "mislabelled.html"))
    assert (record.encoding, "caf\u00e9" in record.content) == ("utf-8", True)


def test_mostly_utf8_with_a_stray_byte_keeps_the_utf8_text(tmp_path: Path) -> None:
    (tmp_path / "t.txt").write_bytes("\u00e9t\u00e9 \u2014 caf\u00e9 ".encode() + b"\xff end")
    record = only_record(read_one(tmp_path / "t.txt"))
    assert (record.encoding, record.content) == (
        "utf-8 (invalid bytes replaced)",
        "\u00e9t\u00e9 \u2014 caf\u00e9 \ufffd end",
    )


# --- the folder, manifests and prefixes -----------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_skipping_hidden_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / ".cache" / "x.txt").write_text("no", encoding="utf-8")
    records, rejections = read_input_folder(tmp_path, path_prefix="2024-06-01/")
    assert [r.input_path for r in records] == ["2024-06-01/a.txt", "2024-06-01/b/two.txt"]
    assert rejections == []


def test_csv_manifest_gives_hints_and_is_not_itself_an_input(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "path,url,published,source,title\n./a.html,https://news.example/a,2024-02-03T10:00:00Z,Coast Daily,Harbour\n",
        encoding="utf-8",
    )
    records, rejections = read_input_folder(tmp_path)
    assert [(r.input_path, r.url, r.published_hint, r.source_hint, r.title_hint) for r in records] == [
        ("a.html", "https://news.example/a", "2024-02-03T10:00:00Z", "Coast Daily", "Harbour")
    ]
    assert rejections == []


def test_jsonl_manifest_lists_missing_files_and_broken_rows_as_rejections(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(
        '{"path": "a.txt", "published": "2024-02-03"}\n{"path": "gone.html"}\nnot json\n', encoding="utf-8"
    )
    records, rejections = read_input_folder(tmp_path)
    assert [(r.input_path, r.published_hint) for r in records] == [("a.txt", "2024-02-03")]
    assert [(r.input_path, r.record_index, r.reason.split(":")[0]) for r in rejections] == [
        ("manifest.jsonl", 2, "invalid JSON on manifest line 3"),
        ("gone.html", -1, "listed in the manifest but not found"),
    ]


def test_record_fields_win_over_manifest_hints(tmp_path: Path) -> None:
    (tmp_path / "r.jsonl").write_text(
        '{"text": "a", "url": "https://own.example/a"}\n{"text": "b"}\n', encoding="utf-8"
    )
    (tmp_path / "manifest.csv").write_text("path,url\nr.jsonl,https://manifest.example/\n", encoding="utf-8")
    records, _ = read_input_folder(tmp_path)
    assert [r.url for r in records] == ["https://own.example/a", "https://manifest.example/"]


def test_explicit_manifest_outside_the_folder_applies(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("text", encoding="utf-8")
    (tmp_path / "hints.csv").write_text("path,source\na.txt,Hill Gazette\n", encoding="utf-8")
    records, _ = read_input_folder(inputs, manifest=tmp_path / "hints.csv")
    assert records[0].source_hint == "Hill Gazette"


def test_explicit_manifest_paths_written_from_elsewhere_still_match(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text("text a", encoding="utf-8")
    (inputs / "b.txt").write_text("text b", encoding="utf-8")
    (tmp_path / "hints.csv").write_text(
        f"path,source\ninputs/a.txt,From parent\n{inputs / 'b.txt'},Absolute\n", encoding="utf-8"
    )
    records, rejections = read_input_folder(inputs, manifest=tmp_path / "hints.csv")
    assert [(r.input_path, r.source_hint) for r in records] == [("a.txt", "From parent"), ("b.txt", "Absolute")]
    assert rejections == []


def test_every_file_of_a_mixed_folder_is_accounted_for(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text('{"text": "x"}\n{oops\n', encoding="utf-8")
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4")
    records, rejections = read_input_folder(tmp_path)
    accounted = sorted(
        [(r.input_path, r.record_index) for r in records] + [(r.input_path, r.record_index) for r in rejections]
    )
    assert accounted == [("a.html", 0), ("b.txt", -1), ("c.jsonl", 0), ("c.jsonl", 1), ("d.pdf", -1)]


def test_record_ids_depend_only_on_path_and_index(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    first, _ = read_input_folder(tmp_path, path_prefix="d/")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    second, _ = read_input_folder(tmp_path, path_prefix="d/")
    assert first[0].record_id == second[0].record_id


# --- landing fingerprints -------------------------------------------------------------------------------


def test_landing_fingerprint_changes_only_for_the_day_that_changed(tmp_path: Path) -> None:
    for day in ("2024-01-01", "2024-01-02"):
        (tmp_path / day).mkdir()
        (tmp_path / day / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "not-a-day").mkdir()
    before = landing_day_fingerprints(tmp_path)
    (tmp_path / "2024-01-02" / "b.txt").write_text("new", encoding="utf-8")
    after = landing_day_fingerprints(tmp_path)
    assert sorted(before) == ["2024-01-01", "2024-01-02"]
    assert after["2024-01-01"] == before["2024-01-01"]
    assert after["2024-01-02"] != before["2024-01-02"]


def test_landing_fingerprint_sees_a_rewritten_file(tmp_path: Path) -> None:
    (tmp_path / "2024-01-01").mkdir()
    page = tmp_path / "2024-01-01" / "a.html"
    page.write_text(PAGE, encoding="utf-8")
    before = landing_day_fingerprints(tmp_path)
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 1_000_000_000))
    assert landing_day_fingerprints(tmp_path) != before


def test_named_pipe_is_rejected_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "ok.txt").write_text("still read", encoding="utf-8")
    records, rejections = read_input_folder(tmp_path)
    assert [r.input_path for r in records] == ["ok.txt"]
    assert [(r.input_path, r.reason) for r in rejections] == [("pipe.txt", "not a regular file")]


def test_multi_member_gzip_is_read_to_the_end(tmp_path: Path) -> None:
    (tmp_path / "joined.txt.gz").write_bytes(gzip.compress(b"first part, ") + gzip.compress(b"second part"))
    assert only_record(read_one(tmp_path / "joined.txt.gz")).content == "first part, second part"


def test_gzip_data_without_gz_extension_is_inflated(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(gzip.compress(PAGE.encode()))
    assert only_record(read_one(tmp_path / "page.html")).content == PAGE
