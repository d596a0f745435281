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
    if sample:
        nul = sample.count(0)
        binary = sum(sample.count(b) for b in _BINARY_BYTES)
        if nul > len(sample) // 100 or binary > len(sample) // 10:
            raise DecodeError("binary data, not a text document")
    try:
        text = data.decode("utf-8")
        return _check_text(text, notes), "utf-8", notes
    except UnicodeDecodeError:
        pass
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
        enc = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        enc = "latin-1"
    notes.append(f"not valid UTF-8; decoded as {enc}")
    return _check_text(text, notes), enc, notes


def _check_text(text: str, notes: list[str]) -> str:
    if "\x00" in text:
        notes.append("contains NUL characters (read as spaces)")
        text = text.replace("\x00", " ")
    return text
