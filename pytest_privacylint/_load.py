"""File on disk -> :class:`Document`: read, decode, pick the format reader."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ._decode import DecodeError, decode
from ._document import Document, TextBuilder
from ._html import read_html
from ._language import detect_language
from ._markdown import read_markdown
from ._plaintext import read_text

FORMATS = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
           ".html": "html", ".htm": "html", ".xhtml": "html", ".txt": "text", ".text": "text"}


class LoadError(Exception):
    """The file cannot be read as a policy; the message says why.
    ``sha256`` is the hash of the bytes when they could be read (a binary
    or undecodable file), else ""."""

    def __init__(self, message: str, sha256: str = ""):
        super().__init__(message)
        self.sha256 = sha256


def format_of(path: str | os.PathLike, data: bytes | None = None) -> str:
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt:
        return fmt
    head = (data or b"")[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_bytes(path: str | os.PathLike, max_size: int) -> bytes:
    try:
        size = os.stat(path).st_size
        if size > max_size:
            raise LoadError(f"file is {size:,} bytes, over max_file_size ({max_size:,} bytes); raise `max_file_size` in [tool.privacylint] to lint it")
        with open(path, "rb") as fh:
            data = fh.read(max_size + 1)
    except FileNotFoundError:
        raise LoadError("file not found (removed after collection?)") from None
    except IsADirectoryError:
        raise LoadError("is a directory, not a file") from None
    except PermissionError:
        raise LoadError("permission denied: cannot read the file") from None
    except OSError as exc:
        raise LoadError(f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_size:
        raise LoadError(f"file grew over max_file_size ({max_size:,} bytes) while being read")
    return data


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_document(text: str, fmt: str, *, path: str = "", encoding: str = "utf-8", notes=None, language: str = "auto") -> Document:
    if fmt not in ("html", "markdown", "text"):
        raise ValueError(f"unknown format {fmt!r}: expected 'html', 'markdown' or 'text'")
    b = TextBuilder(text)
    if fmt == "html":
        page_bound = read_html(b)  # None: the whole page was read
        if page_bound is not None and b.length < 0.3 * page_bound:  # else the main part holds 30% or more
            whole = TextBuilder(text)
            read_html(whole, restrict_to_main=False)
            if b.length < 0.3 * whole.length:
                # the <main>/<article> holds little of the page: the policy is elsewhere
                b = whole
    elif fmt == "markdown":
        read_markdown(b)
    else:
        read_text(b)
    doc = b.build(path=path, format=fmt, encoding=encoding, notes=list(notes or []))
    doc.language = detect_language(doc.text) if language in (None, "", "auto") else language
    return doc


def load_document(path: str | os.PathLike, *, max_size: int = 20 * 1024 * 1024, language: str = "auto", display_path: str | None = None) -> tuple[Document, str]:
    """Return the document and the sha256 of the bytes on disk; raise LoadError."""
    data = read_bytes(path, max_size)
    fmt = format_of(path, data)
    try:
        text, enc, notes = decode(data, fmt)
    except DecodeError as exc:
        raise LoadError(str(exc), sha256(data)) from None
    doc = build_document(text, fmt, path=display_path or str(path), encoding=enc, notes=notes, language=language)
    return doc, sha256(data)
