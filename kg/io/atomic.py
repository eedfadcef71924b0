"""Write output files so that a reader never sees a half-written one.

* :func:`atomic_write_bytes` / :func:`atomic_write_text` write one file: the
  data goes to a temporary file in the same folder, is flushed to disk and
  then renamed over the target with :func:`os.replace`.
* :class:`OutputTransaction` stages all the files of one build in a hidden
  folder inside the output folder and moves them into place only when the
  build finished without an exception. Each file is replaced atomically; the
  set of files is not (a crash in the middle of the final moves can leave
  some files new and some old, never a partial file).

Failures to create or write the output raise ``KGError`` (E401).
"""
from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path, PurePosixPath
from types import TracebackType

from kg.errors import Errors, KGError

__all__ = ["OutputTransaction", "atomic_write_bytes", "atomic_write_text"]

#: Prefix of the hidden staging folder that OutputTransaction creates in the output folder.
STAGING_PREFIX = ".kg-staging-"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, creating missing parent folders.

    The new file gets the usual permissions (0666 less the umask). On any
    failure the target is left as it was and ``KGError`` (E401) is raised.
    """
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = _write_temp(target.parent, f".{target.name}.", data)
        try:
            os.replace(temp, target)
        except BaseException:
            _remove_quietly(temp)
            raise
        fsync_dir(target.parent)
    except OSError as exc:
        raise KGError(Errors.E401, path=target, detail=_reason(exc)) from exc


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically (line endings are written as given)."""
    atomic_write_bytes(path, text.encode(encoding))


class OutputTransaction:
    """Stage the files of one build and publish them together on success.

    >>> with OutputTransaction("output") as tx:          # doctest: +SKIP
    ...     graph_file = tx.path("graph.ttl")             # write to this path
    ...     tx.write_text("stats.json", "{}")

    ``path(name)`` returns a path inside a hidden staging folder
    (``out_dir/.kg-staging-XXXX``); write the file there by any means. On a
    normal exit every file in the staging folder (sub-folders included) is
    flushed and moved to the same relative place in ``out_dir`` with
    :func:`os.replace`; files of ``out_dir`` that were not staged are left
    alone. On an exception the staging folder is deleted, files already in
    ``out_dir`` stay exactly as they were, an ``out_dir`` created by the
    transaction is removed again if still empty, and the exception propagates.
    """

    def __init__(self, out_dir: str | os.PathLike[str]) -> None:
        self.out_dir = Path(out_dir)
        self.staging: Path | None = None
        self._created_out_dir = False

    # -- context manager ------------------------------------------------- #
    def __enter__(self) -> OutputTransaction:
        if self.staging is not None:
            raise RuntimeError("OutputTransaction is already open")
        if self.out_dir.exists() and not self.out_dir.is_dir():
            raise KGError(Errors.E401, path=self.out_dir, detail="it is a file, not a folder")
        try:
            if not self.out_dir.exists():
                self.out_dir.mkdir(parents=True)
                self._created_out_dir = True
            staging = self.out_dir / f"{STAGING_PREFIX}{secrets.token_hex(6)}"
            staging.mkdir()
        except OSError as exc:
            self._remove_created_out_dir()
            raise KGError(Errors.E401, path=self.out_dir, detail=_reason(exc)) from exc
        self.staging = staging
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        staging, self.staging = self.staging, None
        if staging is None:
            return
        try:
            if exc_type is None:
                self._publish(staging)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
            if exc_type is not None:
                self._remove_created_out_dir()

    # -- staging --------------------------------------------------------- #
    def path(self, name: str | os.PathLike[str]) -> Path:
        """Return the staging path for ``name`` (relative, ``/``-separated sub-folders allowed)."""
        if self.staging is None:
            raise RuntimeError("use OutputTransaction as a context manager: `with ... as tx`")
        relative = PurePosixPath(Path(name).as_posix())
        if relative.is_absolute() or not relative.parts or ".." in relative.parts \
                or relative.parts[0].startswith(STAGING_PREFIX):
            raise ValueError(f"output name must be a relative path inside the folder: {name!r}")
        staged = self.staging.joinpath(*relative.parts)
        staged.parent.mkdir(parents=True, exist_ok=True)
        return staged

    def write_bytes(self, name: str | os.PathLike[str], data: bytes) -> Path:
        """Stage ``data`` as ``name``; return the staging path."""
        staged = self.path(name)
        staged.write_bytes(data)
        return staged

    def write_text(self, name: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> Path:
        """Stage ``text`` as ``name`` (line endings as given); return the staging path."""
        return self.write_bytes(name, text.encode(encoding))

    # -- internals ------------------------------------------------------- #
    def _publish(self, staging: Path) -> None:
        staged = sorted(p for p in staging.rglob("*") if p.is_file())
        current = staging
        try:
            for source in staged:
                current = source
                _fsync_file(source)
            for source in staged:
                target = self.out_dir / source.relative_to(staging)
                current = target
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, target)
            fsync_dir(self.out_dir)
        except OSError as exc:
            raise KGError(Errors.E401, path=current, detail=_reason(exc)) from exc

    def _remove_created_out_dir(self) -> None:
        if self._created_out_dir:
            self._created_out_dir = False
            try:
                self.out_dir.rmdir()  # only succeeds while empty
            except OSError:
                pass


def _write_temp(folder: Path, prefix: str, data: bytes) -> Path:
    """Create a new file next to the target, write and fsync ``data``; return its path."""
    while True:
        temp = folder / f"{prefix}{secrets.token_hex(6)}.tmp"
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


def _fsync_file(path: Path) -> None:
    """Flush a staged file to disk (best effort: some platforms refuse read-only fds)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable where the platform allows syncing a folder (POSIX)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__
