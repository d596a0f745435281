"""Bytes on disk -> decoded text, with the encoding used and notes for the reader."""
from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_STRAY_NULS = 2  # NUL bytes a text of any length may hold (read as spaces)
# bytes that never appear in text: C0 controls other than tab, LF, VT, FF, CR, ESC
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


class DecodeError(ValueError):
    """The bytes are not a text document (binary, or not decodable)."""


def decode(data: bytes, fmt: str) -> tuple[str, str, list[str]]:
    """Return (text, encoding, notes) or raise DecodeError."""
    notes: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {enc} byte order mark but is not valid {enc}: {exc.reason} at byte {exc.start + len(bom)}") from None
            notes.append(f"byte order mark: {enc}")
            return _check_text(text, notes), enc, notes
    sample = data[:65536]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            notes.append(f"no byte order mark; decoded as {utf16}")
            return _check_text(text, notes), utf16, notes
    if sample:
        nul = sample.count(0)
        binary = sum(sample.count(b) for b in _BINARY_BYTES)
        # a stray NUL or two in a short text is damage, not a binary file
        if nul > max(len(sample) // 100, _STRAY_NULS) or binary > len(sample) // 10:
            raise DecodeError("binary data, not a text document")
    try:
        text = data.decode("utf-8")
        return _check_text(text, notes), "utf-8", notes
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # mostly UTF-8 with a few bad bytes: keep the UTF-8 (cp1252 would garble
    # every other accented letter), bad bytes become U+FFFD, one per byte.
    # Many bad bytes are another encoding (Shift-JIS, GB18030: their byte
    # pairs often look like UTF-8 sequences), not damaged UTF-8.
    escaped = data.decode("utf-8", "surrogateescape")
    bad = len(_LONE_SURROGATE.findall(escaped))
    valid_multibyte = len(data) - len(escaped) + bad  # bytes saved by multi-byte sequences
    if valid_multibyte > bad and bad <= max(_FEW_BAD_BYTES, len(data) // 50):
        text = _LONE_SURROGATE.sub("\ufffd", escaped)
        notes.append(f"invalid UTF-8 at byte {first_bad}: {bad} byte(s) shown as U+FFFD")
        return _check_text(text, notes), "utf-8", notes
    if fmt == "html":
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            try:
                codecs.lookup(enc)
                text = data.decode(enc)
                notes.append(f"decoded as {enc} (meta charset)")
                return _check_text(text, notes), enc, notes
            except (LookupError, UnicodeDecodeError):
                notes.append(f"meta charset {enc!r} did not decode the file")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        # (the bytes cp1252 leaves undefined are C1 controls in Latin-1: never text)
        raise DecodeError(
            f"not decodable: not UTF-8 ({bad:,} invalid byte(s), the first at byte {first_bad}), UTF-16 or cp1252"
            f" (byte 0x{data[exc.start]:02x} at {exc.start}); save it as UTF-8") from None
    notes.append("not valid UTF-8; decoded as cp1252")
    return _check_text(text, notes), "cp1252", notes


_LONE_SURROGATE = re.compile("[\udc80-\udcff]")
_FEW_BAD_BYTES = 16  # invalid bytes still read as damaged UTF-8 (or 2% of the file, if more)


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 text without a byte order mark: mostly ASCII, so one byte of
    each pair is NUL (the odd ones in little-endian, the even in big-endian)."""
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.9 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.9 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _check_text(text: str, notes: list[str]) -> str:
    if "\x00" in text:
        notes.append("contains NUL characters (read as spaces)")
        text = text.replace("\x00", " ")
    return text
