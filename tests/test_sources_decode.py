"""Byte decoding details: mojibake repair and what it must leave alone."""

from __future__ import annotations

import pytest

from pipeline.sources.decode import DecodeFailure, decode_bytes, repair_mojibake


@pytest.mark.parametrize(
    ("mangled", "repaired"),
    [
        ("Die Preise f\u00c3\u00bcr Strom", "Die Preise f\u00fcr Strom"),
        ("it isn\u00e2\u20ac\u2122t over", "it isn\u2019t over"),
        ("\u00c3\u0153ber \u00c3\u201erger", "\u00dcber \u00c4rger"),
        ("El peri\u00c3\u00b3dico", "El peri\u00f3dico"),
        ("caf\u00c3\u0192\u00c2\u00a9 twice", "caf\u00e9 twice"),
    ],
)
def test_utf8_read_as_cp1252_is_repaired(mangled: str, repaired: str) -> None:
    assert repair_mojibake(mangled)[0] == repaired


@pytest.mark.parametrize(
    "clean",
    [
        "Le caf\u00e9\u00a0\u00bb et l\u2019\u00e9t\u00e9\u00a0\u00bb",  # French spacing before a guillemet
        "Er sagte: \u201eFu\u00df\u201c und \u201eSpa\u00df\u2026\u201c",  # German quotes after sharp s
        "N\u00c3O S\u00e3o Paulo",
        "Plain ASCII text.",
    ],
)
def test_correct_text_is_left_alone(clean: str) -> None:
    assert repair_mojibake(clean) == (clean, 0)


def test_repair_is_recorded_in_the_encoding() -> None:
    decoded = decode_bytes("Preise f\u00c3\u00bcr Strom".encode(), kind="text")
    assert (decoded.text, decoded.encoding) == ("Preise f\u00fcr Strom", "utf-8 (mojibake repaired)")


def test_control_characters_mark_binary_content() -> None:
    with pytest.raises(DecodeFailure, match=r"^binary content \(control characters\) in a text record$"):
        decode_bytes(bytes(range(1, 32)) * 50, kind="text")


def test_utf32_with_bom_is_decoded() -> None:
    decoded = decode_bytes("Gr\u00fc\u00dfe".encode("utf-32"), kind="text")
    assert (decoded.text, decoded.encoding) == ("Gr\u00fc\u00dfe", "utf-32")


# --- NUL bytes: stray ones in a page are dropped and counted; binary files are rejected by their share ---------

PAGE_PARAGRAPH = "<p>The harbour authority reopened the northern quay on Monday after repairs to the crane rails.</p>\n"


def _page_with_stray_nuls(size: int, nuls: int) -> bytes:
    """An HTML page of about `size` bytes with `nuls` NUL bytes spread through it (as in a real page seen)."""
    body = PAGE_PARAGRAPH * (size // len(PAGE_PARAGRAPH))
    data = f"<html><head><title>Quay reopens</title></head><body>{body}</body></html>".encode()
    step = len(data) // (nuls + 1)
    return b"".join(data[i * step : (i + 1) * step] + b"\x00" for i in range(nuls)) + data[nuls * step :]


def test_a_page_with_a_few_stray_nul_bytes_is_read_without_them() -> None:
    data = _page_with_stray_nuls(100_000, 22)
    decoded = decode_bytes(data, kind="html")
    assert decoded.nul_bytes_dropped == 22
    assert "\x00" not in decoded.text
    assert decoded.text.encode() == data.replace(b"\x00", b"")


def test_plain_text_with_a_stray_nul_byte_is_read_without_it() -> None:
    text = "Ministers met in Oslo on Monday to discuss fishing quotas for the coming season.\n" * 20
    decoded = decode_bytes(text.encode().replace(b"Oslo", b"Os\x00lo", 1), kind="text")
    assert (decoded.text, decoded.nul_bytes_dropped) == (text, 1)


def test_a_page_without_nul_bytes_records_none_dropped() -> None:
    assert decode_bytes(_page_with_stray_nuls(5_000, 0), kind="html").nul_bytes_dropped == 0


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,  # an image under a text name
        bytes((i * 7919 + 13) % 256 for i in range(20_000)),  # bytes spread like compressed data
        b"<p>" + b"\x00\x01\x02\x03\x04" * 300 + b"</p>",  # markup around a block of control bytes
    ],
)
def test_a_file_that_is_binary_by_its_share_of_nul_and_control_bytes_is_rejected(data: bytes) -> None:
    with pytest.raises(DecodeFailure, match=r"^binary content \(\d+ NUL bytes\) in a html record$"):
        decode_bytes(data, kind="html")


def test_a_page_whose_nul_bytes_are_more_than_stray_is_rejected() -> None:
    """Over 1% NULs is not a stray byte or two, whatever the rest looks like (UTF-16 is recognised earlier)."""
    data = _page_with_stray_nuls(2_000, 40)
    with pytest.raises(DecodeFailure, match=r"^binary content \(40 NUL bytes\) in a html record$"):
        decode_bytes(data, kind="html")


def test_nul_bytes_in_a_json_file_still_reject_it() -> None:
    with pytest.raises(DecodeFailure, match=r"^binary content \(1 NUL bytes\) in a json record$"):
        decode_bytes(b'{"text": "Ministers met\x00 in Oslo on Monday."}' + b" " * 2_000, kind="json")
