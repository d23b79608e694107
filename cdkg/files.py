"""Writing files so that readers never see half of one, with ordinary permissions, durably."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from cdkg.errors import ConfigError


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def _sync_folder(folder: Path) -> None:
    """Make a rename in the folder durable (best effort: some file systems refuse to open folders)."""
    try:
        handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def write_atomically(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and ``os.replace``.

    The data is flushed to disk (``fsync``) before the rename and the rename after it, so a
    crash leaves either the old file or the new one, never an empty one. The file gets the
    mode a plain ``open`` would give (0666 less the umask), not mkstemp's owner-only 0600, so
    a server running as another user can read the graph. The folder must exist: a mistyped
    path is an error, not a new folder tree.

    Raises:
        ConfigError: the folder does not exist.
        OSError: the file could not be written.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if not path.parent.is_dir():
        raise ConfigError(f"{path}: the folder {path.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
