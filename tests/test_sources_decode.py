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
