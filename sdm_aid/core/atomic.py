"""Atomic writes that leave as little as possible behind when the process is killed.

A reader sees the old file or the new one, never half of either. Where the file system
has ``O_TMPFILE`` (Linux: ext4, xfs, btrfs, tmpfs…), the data is written to a file with no
name, so a kill while writing leaves nothing; the finished file is then given a name
through ``/proc/self/fd`` and renamed over the target (named only for that moment).
Elsewhere a named temporary file is written and renamed, as before.

Temporary names are ``.sdm-aid-<pid>-<random>.tmp``: they never contain the target's
name (which may be a person's), and they say which process made them. A temporary file
of ours whose process is gone is stale; :func:`clean_stale_temp` removes those (at
start-up, and before the first write into a folder) and nothing else.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import threading
import time
from pathlib import Path

DEFAULT_MODE = 0o600  # everything we write is readable by its owner only unless asked
TEMP_PREFIX = ".sdm-aid-"
TEMP_SUFFIX = ".tmp"
_OURS = re.compile(r"^\.sdm-aid-(?P<pid>\d+)-[0-9a-f]{16}\.tmp$")
# Earlier versions named them after the target: ".<id>.sdm.json.<8 random>.tmp".
_LEGACY = re.compile(r"^\.[0-9a-f]{32}\.(sdm|review)\.json\.[a-z0-9_]{8}\.tmp$")
STALE_AFTER = 3600.0  # seconds: older than this, a temporary file of ours is stale anyway
_cleaned: set[Path] = set()
_cleaned_lock = threading.Lock()


def _temp_name() -> str:
    return f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(8)}{TEMP_SUFFIX}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def is_stale_temp(path: Path, now: float | None = None) -> bool:
    """Is ``path`` a temporary file of ours that nobody is writing any more?"""
    name = path.name
    ours, legacy = _OURS.match(name), _LEGACY.match(name)
    if not (ours or legacy):
        return False
    try:
        info = path.lstat()
    except OSError:
        return False
    if not os.path.isfile(path) or path.is_symlink():
        return False
    age = (now if now is not None else time.time()) - info.st_mtime
    if age > STALE_AFTER:
        return True
    if ours:
        pid = int(ours["pid"])
        return pid != os.getpid() and not _pid_alive(pid)
    return False  # a recent file in the old style may still be in use


def clean_stale_temp(folder: Path) -> list[Path]:
    """Remove the stale temporary files of ours in ``folder``; returns what was removed."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    now = time.time()
    for entry in entries:
        if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
            path = Path(entry.path)
            if is_stale_temp(path, now):
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def _clean_once(folder: Path) -> None:
    with _cleaned_lock:
        if folder in _cleaned:
            return
        _cleaned.add(folder)
    clean_stale_temp(folder)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _unnamed(folder: Path, mode: int) -> int | None:
    """An open file with no name in ``folder``, or None where that is not supported."""
    flag = getattr(os, "O_TMPFILE", None)
    if flag is None:
        return None
    try:
        fd = os.open(folder, flag | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), mode)
    except OSError as exc:
        if exc.errno in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
            return None
        raise
    os.fchmod(fd, mode)  # exactly ``mode``, whatever the umask
    return fd


def _link_unnamed(fd: int, path: Path, overwrite: bool) -> bool:
    """Give the unnamed file ``fd`` the name ``path``; False if links via /proc fail."""
    source = f"/proc/self/fd/{fd}"
    folder_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if not overwrite:
            try:  # atomic, and refuses an existing name
                os.link(source, path.name, dst_dir_fd=folder_fd, follow_symlinks=True)
            except FileExistsError:
                raise
            except OSError:
                return False
            return True
        temp = _temp_name()
        try:  # dst_dir_fd makes Python use linkat(), which can follow /proc's link
            os.link(source, temp, dst_dir_fd=folder_fd, follow_symlinks=True)
        except OSError:
            return False
        try:
            os.replace(temp, path.name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp, dir_fd=folder_fd)
            raise
        return True
    finally:
        os.close(folder_fd)


def _write_named(path: Path, data: bytes, mode: int, overwrite: bool) -> None:
    """The fallback: a named temporary file, renamed (or linked) into place."""
    tmp = path.parent / _temp_name()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    try:
        try:
            os.fchmod(fd, mode)
            _write_all(fd, data)
        finally:
            os.close(fd)
        if overwrite:
            os.replace(tmp, path)
            return
        try:
            os.link(tmp, path)  # atomic, and refuses an existing name
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network or FAT file systems)
            if path.exists():
                raise FileExistsError(f"{path} already exists") from None
            os.replace(tmp, path)
            return
        os.unlink(tmp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(
    path: Path, data: bytes, mode: int | None = None, overwrite: bool = True
) -> None:
    """Write ``data`` to ``path`` atomically, with ``mode`` (0600 unless given) from the start.

    With ``overwrite=False`` an existing ``path`` is never replaced, even one that appears
    while writing: the finished file is linked into place (which fails if the name is
    taken) and :class:`FileExistsError` is raised. Where hard links are not supported, the
    name is checked just before renaming.
    """
    mode = DEFAULT_MODE if mode is None else mode
    path.parent.mkdir(parents=True, exist_ok=True)
    _clean_once(path.parent)
    fd = _unnamed(path.parent, mode)
    if fd is not None:
        try:
            _write_all(fd, data)
            linked = _link_unnamed(fd, path, overwrite)
        finally:
            os.close(fd)
        if linked:
            _fsync_folder(path.parent)
            return
    _write_named(path, data, mode, overwrite)
    _fsync_folder(path.parent)


def atomic_write_text(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` as UTF-8 to ``path`` atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"), mode)
