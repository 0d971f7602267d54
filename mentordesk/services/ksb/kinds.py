"""Kinds of evidence and judgements in words, shared by the evidence and its lists."""

from __future__ import annotations

from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.words import label

SYMBOL = {Judgement.MET: "✔", Judgement.WORKING_TOWARDS: "◐", None: "·"}
# Words an older vault (or its demo) used for a kind, read as today's kinds.
_OLDER_KINDS = {
    "witness statement": EvidenceKind.WITNESS_STATEMENT,
    "professional discussion": EvidenceKind.PROFESSIONAL_DISCUSSION,
    "reflective account": EvidenceKind.REFLECTION,
}


def kind_of(stored: str) -> EvidenceKind | None:
    try:
        return EvidenceKind(stored)
    except ValueError:
        return _OLDER_KINDS.get(stored)


def kind_words(stored: str) -> str:
    """A kind as stored, in words (an older vault's own word for a kind is shown as is)."""
    kind = kind_of(stored)
    return label(kind) if kind else stored


def judgement_words(judgement: Judgement | None) -> str:
    """ "✔ met", "◐ working towards", "· not judged"."""
    words = label(judgement).lower() if judgement else "not judged"
    return f"{SYMBOL[judgement]} {words}"
