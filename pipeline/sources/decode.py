"""Turning the bytes of one input record into text, with encoding detection.

Stray NUL bytes in an HTML or text record are dropped (and counted); a record whose share of NUL and control
bytes says it is binary is rejected (`looks_binary`).

Order of evidence: a byte-order mark, a UTF-16/32 byte pattern without BOM, strict UTF-8, a charset
declared by the HTTP header or the HTML itself, UTF-8 with a handful of broken bytes, charset-normalizer's
guess (only for text that is mostly non-ASCII letters), and finally cp1252 / Latin-1 (which always decode).
"""

from __future__ import annotations

import codecs
import dataclasses
import re
from dataclasses import dataclass

import charset_normalizer


class DecodeFailure(Exception):
    """The bytes are not usable text; the message is the rejection reason."""


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    nul_bytes_dropped: int = 0  # stray NUL bytes removed from an HTML or text record before decoding


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # must precede UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_SNIFF_BYTES = 64 * 1024
_LATIN_SINGLE_BYTE = frozenset(
    codecs.lookup(name).name
    for name in (
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin-1",
        "iso8859-2",
        "iso8859-3",
        "iso8859-4",
        "iso8859-9",
        "iso8859-10",
        "iso8859-13",
        "iso8859-14",
        "iso8859-15",
        "iso8859-16",
        "mac-roman",
        "mac-latin2",
        "cp437",
        "cp850",
        "cp858",
        "cp1125",
        "utf-8",
        "ascii",
    )
)
# Share of broken byte sequences below which a mostly-UTF-8 document is decoded with replacement
# characters rather than re-read in a legacy single-byte encoding.
_MAX_BROKEN_UTF8_SHARE = 0.02


def _normalise_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name.strip().strip("\"'"))
    except LookupError:
        return None
    # Web content labelled Latin-1 / ASCII is cp1252 in practice (WHATWG encoding standard).
    if codec.name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return codec.name


def declared_html_charset(data: bytes) -> str | None:
    """Charset named by a <meta charset> or <meta http-equiv content="...; charset="> near the top."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if not match:
        return None
    return _normalise_codec(match.group(1).decode("ascii", "ignore"))


def _utf16_or_32_without_bom(sample: bytes) -> str | None:
    """Recognise BOM-less UTF-16/32 of mostly Latin-script text by where the zero bytes sit."""
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    sample = sample[:n]
    quads = [sample[i::4].count(0) / (n // 4) for i in range(4)]
    if quads[1] > 0.9 and quads[2] > 0.9 and quads[3] > 0.9 and quads[0] < 0.1:
        return "utf-32-le"
    if quads[0] > 0.9 and quads[1] > 0.9 and quads[2] > 0.9 and quads[3] < 0.1:
        return "utf-32-be"
    even = sample[0::2].count(0) / (n // 2)
    odd = sample[1::2].count(0) / (n // 2)
    if odd > 0.4 and even < 0.05:
        return "utf-16-le"
    if even > 0.4 and odd < 0.05:
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# A page of text holds stray NUL bytes at times (22 in a 100 kB page of a Spanish daily, which browsers and
# trafilatura read); a binary file holds them among many other control bytes. Shares of the first 64 kB:
# NUL bytes above MAX_NUL_SHARE, or NUL and other C0 control bytes (not tab, newlines, form feed) together
# above MAX_CONTROL_BYTE_SHARE (the share at which decoded text is rejected too), make a file binary.
# Random or compressed bytes hold about 11% control bytes; the page above, 0.02%.
MAX_NUL_SHARE = 0.01
MAX_CONTROL_BYTE_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def looks_binary(data: bytes) -> bool:
    """Binary by its share of NUL and control bytes, rather than by holding one NUL (see MAX_NUL_SHARE)."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return sample.count(0) / len(sample) > MAX_NUL_SHARE or controls / len(sample) > MAX_CONTROL_BYTE_SHARE


_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc minus tab, newlines, form feed


def _control_share(text: str) -> float:
    sample = text[:_SNIFF_BYTES]
    if not sample:
        return 0.0
    return len(_CONTROL_CHARS.findall(sample)) / len(sample)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a truncated copy, a stray Latin-1 byte): keep it, mark the damage."""
    text = data.decode("utf-8", errors="replace")
    ascii_bytes = len(data) - len(data.translate(None, bytes(range(128))))
    non_ascii_bytes = len(data) - ascii_bytes
    replacements = text.count("\ufffd")
    broken = replacements - data.count("\ufffd".encode())  # minus genuine U+FFFD characters in the input
    multibyte_ok = len(text) - ascii_bytes - replacements
    if multibyte_ok <= 0:
        return None  # no valid multi-byte sequence at all: a legacy single-byte encoding is likelier
    if broken > 3 and broken > _MAX_BROKEN_UTF8_SHARE * non_ascii_bytes:
        return None
    return text


def decode_bytes(data: bytes, *, kind: str, declared: str | None = None) -> DecodedText:
    """Decode one record's bytes. `kind` is "html", "text" or "json" (for messages and meta sniffing).

    Raises DecodeFailure with a precise reason for binary or empty content.
    """
    if not data:
        raise DecodeFailure("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], encoding)
            if text is None:
                raise DecodeFailure(f"invalid {encoding} after a {encoding} byte-order mark")
            return _finish(text, encoding.split("-le")[0].split("-be")[0], kind)
    sniffed = _utf16_or_32_without_bom(data[:_SNIFF_BYTES])
    if sniffed:
        text = _try(data[: len(data) - len(data) % (4 if "32" in sniffed else 2)], sniffed)
        if text is not None:
            return _finish(text, sniffed, kind)
    nul_count = data.count(0)
    if nul_count:
        if kind not in ("html", "text") or looks_binary(data):
            raise DecodeFailure(f"binary content ({nul_count} NUL bytes) in a {kind} record")
        decoded = decode_bytes(data.replace(b"\x00", b""), kind=kind, declared=declared)
        return dataclasses.replace(decoded, nul_bytes_dropped=nul_count)

    # Valid UTF-8 with non-ASCII content is near-proof of UTF-8 (legacy bytes almost never validate), and
    # pages that declare Latin-1 while serving UTF-8 are common: strict UTF-8 goes before the declaration.
    text = _try(data, "utf-8")
    if text is not None:
        return _finish(text, "utf-8", kind)

    candidates: list[str] = []
    if declared:
        codec = _normalise_codec(declared)
        if codec:
            candidates.append(codec)
    if kind == "html":
        meta = declared_html_charset(data)
        if meta:
            candidates.append(meta)
    for encoding in candidates:
        if encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
            continue  # a meta tag read as ASCII cannot truthfully claim UTF-16
        text = _try(data, encoding)
        if text is not None:
            return _finish(text, encoding, kind)

    text = _mostly_utf8(data)
    if text is not None:
        return _finish(text, "utf-8 (invalid bytes replaced)", kind)

    best = None
    if _non_ascii_letter_share(data[:_SNIFF_BYTES]) >= 0.3:
        # Mostly non-ASCII letters: another script (Cyrillic, Greek, CJK ...) in a legacy encoding. With
        # fewer, it is a Latin-script language with some accents, where detectors guess wildly on short text.
        best = charset_normalizer.from_bytes(data[:_SNIFF_BYTES]).best()
    if best is not None and best.encoding:
        guessed = _normalise_codec(best.encoding)
        # Latin-script single-byte guesses on short samples are unreliable (French read as cp1250): the
        # web's default cp1252 wins those; other scripts (Cyrillic, Greek, CJK ...) keep the detector's guess.
        if guessed and guessed not in _LATIN_SINGLE_BYTE and not guessed.startswith(("utf-16", "utf-32")):
            text = _try(data, guessed)
            if text is not None:
                return _finish(text, guessed, kind)
    text = _try(data, "cp1252")
    if text is not None:
        broken_words = _symbols_inside_words(text)
        if broken_words >= 2:
            # Symbols such as ³ ¹ ¿ inside words: Central European text (cp1250 ł ą ż ...) read as cp1252.
            for alternative in _CENTRAL_EUROPEAN:
                candidate = _try(data, alternative)
                if candidate is not None and _symbols_inside_words(candidate) * 4 <= broken_words:
                    return _finish(candidate, alternative, kind)
        return _finish(text, "cp1252", kind)
    return _finish(data.decode("latin-1"), "latin-1", kind)


_CENTRAL_EUROPEAN = ("cp1250", "iso8859-2", "cp1257")
# Punctuation that ordinary Latin-script text puts next to letters.
_WORD_PUNCTUATION = frozenset(
    "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u00b4\u00b7\u00bf\u00a1\u00a0"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2026\u2022\u00b0\u00ae\u2122\u00a9"
)


def _symbols_inside_words(text: str) -> int:
    """Non-ASCII non-letters glued to a letter (ordinary quotes, dashes and marks excepted)."""
    sample = text[:_SNIFF_BYTES]
    count = 0
    for i, ch in enumerate(sample):
        if ord(ch) <= 0x7F or ch.isalpha() or ch in _WORD_PUNCTUATION:
            continue
        before = sample[i - 1] if i > 0 else " "
        after = sample[i + 1] if i + 1 < len(sample) else " "
        if before.isalpha() or after.isalpha():
            count += 1
    return count


def _non_ascii_letter_share(sample: bytes) -> float:
    """Share of non-ASCII bytes among the bytes that are letters or non-ASCII."""
    non_ascii = sum(1 for b in sample if b > 0x7F)
    ascii_letters = sum(1 for b in sample if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    total = non_ascii + ascii_letters
    return non_ascii / total if total else 0.0


def _byte_of_char() -> dict[str, int]:
    """Character -> byte for bytes 0x80-0xFF as cp1252 shows them (Latin-1 for cp1252's five holes)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table[bytes([byte]).decode("cp1252")] = byte
        except UnicodeDecodeError:
            table[chr(byte)] = byte
    return table


_BYTE_OF_CHAR = _byte_of_char()


def _char_class(low: int, high: int) -> str:
    return "[" + "".join(re.escape(ch) for ch, b in _BYTE_OF_CHAR.items() if low <= b <= high) + "]"


_CONT = _char_class(0x80, 0xBF)
_MOJIBAKE = re.compile(
    f"(?:{_char_class(0xC2, 0xDF)}{_CONT}|{_char_class(0xE0, 0xEF)}{_CONT}{{2}}|{_char_class(0xF0, 0xF4)}{_CONT}{{3}})+"
)


_MOJIBAKE_START = re.compile(f"{_char_class(0xC2, 0xF4)}{_CONT}")  # cheap test: can a run start anywhere?


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 text that was decoded as cp1252 somewhere upstream ("fÃ¼r" -> "für", "â€™" -> "’").

    Only runs that re-encode to valid UTF-8 are replaced; returns the text and the number of repairs.
    """
    repairs = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal repairs
        raw = bytes(_BYTE_OF_CHAR[ch] for ch in match.group(0))
        try:
            fixed = raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        if not all(_plausible_repair(ch) for ch in fixed):
            return match.group(0)  # e.g. French "é\u00a0»" would "repair" to a CJK character: leave it
        repairs += 1
        return fixed

    if _MOJIBAKE_START.search(text) is None:
        return text, 0
    total = 0
    for _ in range(3):  # text mangled twice or three times over
        text = _MOJIBAKE.sub(fix, text)
        if not repairs:
            break
        total += repairs
        repairs = 0
    return text, total


def _plausible_repair(ch: str) -> bool:
    """Repairs only ever produce Latin letters and typographic punctuation: the usual victims of mojibake."""
    code = ord(ch)
    return 0xA0 <= code <= 0x24F or 0x2010 <= code <= 0x2044 or code in (0x20AC, 0x2122)


def _finish(text: str, encoding: str, kind: str) -> DecodedText:
    text, repairs = repair_mojibake(text)
    if repairs:
        encoding = f"{encoding} (mojibake repaired)"
    if not text.strip():
        raise DecodeFailure("whitespace-only content" if text else "empty content")
    if "\x00" in text:
        raise DecodeFailure(f"binary content (NUL characters) in a {kind} record decoded as {encoding}")
    if _control_share(text) > 0.05:
        raise DecodeFailure(f"binary content (control characters) in a {kind} record")
    return DecodedText(text=text, encoding=encoding)
