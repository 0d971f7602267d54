"""Private, crash-safe file writes for vault files, and bounded reads of files a user names."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_MODE = 0o600


def read_limited(path: Path, limit: int, too_large: str, error: type[Exception]) -> bytes:
    """The bytes of a file the user named, if no larger than ``limit``; else ``error`` with a
    clear message ("``path`` is too large to be ``too_large``", or why it cannot be read)."""
    try:
        if Path(path).stat().st_size > limit:
            raise error(f"{path} is too large to be {too_large}.")
        return Path(path).read_bytes()
    except OSError as e:
        raise error(f"{path} cannot be read: {e.strerror or e}.") from e


def create_private_file(path: Path, exist_ok: bool = False) -> None:
    """Create an empty file readable only by its owner; fail if it already exists, unless
    ``exist_ok`` (then a file already there is kept, and made its owner's only)."""
    flags = os.O_WRONLY | os.O_CREAT | (0 if exist_ok else os.O_EXCL)
    fd = os.open(path, flags, PRIVATE_MODE)
    os.close(fd)
    _chmod(path)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _chmod(tmp)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _chmod(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, PRIVATE_MODE)
