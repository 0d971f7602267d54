"""Reading a made PDF back as a person would: its pages' text, with whitespace evened out."""

from io import BytesIO

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, every run of spaces and line breaks made one space."""
    reader = PdfReader(BytesIO(pdf))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def flat(words: str) -> str:
    """``words`` with whitespace evened out the same way, to look for in :func:`text`."""
    return " ".join(words.split())
