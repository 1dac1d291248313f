"""One app window per user and data folder: a second start hands its files to the first.

The first app window listens on a ``QLocalServer``; ``sdm-aid FILE`` started while it runs
connects, sends the file paths as one line of JSON and exits, and the running window opens
them (or comes to the front). The server's name holds the user id and a hash of the data
folder, so test runs and CI jobs with a HOME of their own never meet. Only the app window
takes part: ``screenshot``, ``preview``, ``export`` and the other commands never do.

On Linux and macOS the name is a socket path in the user's runtime folder; its absence
means no app is running, which is checked without loading QtNetwork, so a first start pays
nothing for this. Messages are checked like any file: size, shape and types.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

MAX_MESSAGE = 64 * 1024  # bytes: far more than a few paths
MAX_FILES = 32
TIMEOUT_MS = 2000


def _user_id() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    import getpass  # Windows: pipes are per session anyway; the name keeps users apart

    return hashlib.sha256(getpass.getuser().encode("utf-8")).hexdigest()[:12]


def server_name(data_dir: Path | None = None) -> str:
    """The server's name for this user and data folder (a socket path on Unix)."""
    if data_dir is None:
        from sdm_aid.paths import user_data_dir

        data_dir = user_data_dir()
    digest = hashlib.sha256(str(Path(data_dir).resolve()).encode("utf-8")).hexdigest()[:16]
    name = f"sdm-aid-{_user_id()}-{digest}"
    if sys.platform == "win32":
        return name
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else Path(tempfile.gettempdir())
    return str(folder / name)


def encode(paths: list[str]) -> bytes:
    return json.dumps({"open": paths}).encode("utf-8") + b"\n"


def decode(data: bytes) -> list[str]:
    """The paths in a message; ValueError for anything else."""
    if len(data) > MAX_MESSAGE:
        raise ValueError("message too long")
    message = json.loads(data.decode("utf-8"))
    if not isinstance(message, dict) or set(message) != {"open"}:
        raise ValueError("not an open request")
    paths = message["open"]
    if not isinstance(paths, list) or len(paths) > MAX_FILES:
        raise ValueError("bad list of files")
    if not all(isinstance(p, str) and 0 < len(p) <= 4096 and "\0" not in p for p in paths):
        raise ValueError("bad file name")
    return paths


def hand_over(name: str, paths: list[str], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``paths`` (absolute; none just brings the window to the front) to a running app
    window. True when it took them; False when none is running or it did not answer."""
    if sys.platform != "win32" and not Path(name).exists():
        return False  # no socket: nothing listens (and QtNetwork need not load)
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(encode(paths))
    if not socket.waitForBytesWritten(timeout_ms):
        return False
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(timeout_ms):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class InstanceServer(QObject):
    """Listens for other starts of the app; ``open_requested`` carries their paths."""

    open_requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left by an app that crashed is removed first (only
        called after :func:`hand_over` found nobody answering)."""
        from PySide6.QtNetwork import QLocalServer

        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._buffers.pop(s, None))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # arrived before readyRead was connected
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE:
            self._buffers.pop(socket, None)
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        self._buffers[socket] = b""
        try:
            paths = decode(data)
        except (ValueError, UnicodeDecodeError):
            socket.write(b"refused\n")
            socket.flush()
            return
        socket.write(b"ok\n")
        socket.flush()
        self.open_requested.emit(paths)
