"""What a check is: an id, a version, its documentation and a decide function."""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from types import ModuleType
from typing import Callable

from ._document import Document
from ._results import Decision

DOC_SECTIONS = ("What it checks", "Why it matters", "Passes", "Fails", "Near-misses")


@dataclass(frozen=True)
class CheckContext:
    """What a check may know besides the document: the effective options."""

    mode: str = "strict"  # "strict" or "lenient" (config.md)
    controller_names: tuple[str, ...] = ()
    language: str = "en"
    # the caller wants every candidate span (Decision.candidates, for
    # --privacy-explain); when False a check may stop once its decision and
    # evidence can no longer change
    explain: bool = False


@dataclass(frozen=True)
class Check:
    id: str
    version: str
    title: str
    decide: Callable[[Document, CheckContext], Decision]
    doc: str = ""
    hint: str = ""
    anchor: str = ""
    languages: tuple[str, ...] | None = None  # None: any language
    default_severity: str = "error"
    kind: str = "check"  # "check", or "rule" for a [[tool.privacylint.rule]]
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    # prepare(language): makes the patterns decide will search in that
    # language, for a check that builds them on first use; the engine calls
    # it before the document is searched, so the prefilter's one pass over
    # the text lists their needles too (a pattern made later finds its
    # needles by searches of its own: the same matches, slower)
    prepare: Callable[[str], object] | None = field(default=None, compare=False, hash=False)
    # decide leaves nothing behind that anyone reads (what it caches, it
    # can make again): for a long document the engine may run it in a
    # forked second process, its Decision sent back (see _twoproc)
    pure: bool = field(default=False, compare=False, hash=False)
    # decide's time on a long document, relative to the others' (1.0: no
    # estimate): when two processes share the checks, the costliest are
    # taken first, so that neither is left with a long one at the end
    cost: float = field(default=1.0, compare=False, hash=False)

    @property
    def marker(self) -> str:
        return self.id.replace("-", "_")

    @property
    def summary(self) -> str:
        return (self.doc.strip().splitlines() or [self.title])[0]

    @classmethod
    def from_module(cls, module: ModuleType) -> "Check":
        """A check module defines ID, VERSION, TITLE, HINT, ANCHOR, optional
        LANGUAGES, a docstring in the fixed sections, ``decide``, an
        optional ``prepare``, an optional ``PURE = True`` and an optional
        ``COST`` (see the fields)."""
        return cls(
            id=module.ID,
            version=str(getattr(module, "VERSION", "1")),
            title=getattr(module, "TITLE", module.ID),
            decide=module.decide,
            doc=inspect.cleandoc(module.__doc__ or ""),
            hint=getattr(module, "HINT", ""),
            anchor=getattr(module, "ANCHOR", ""),
            languages=tuple(module.LANGUAGES) if getattr(module, "LANGUAGES", None) else None,
            prepare=getattr(module, "prepare", None),
            pure=bool(getattr(module, "PURE", False)),
            cost=float(getattr(module, "COST", 1.0)),
        )
