"""Readability runs offline: textstat must not reach for the network."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from sdm_aid.core import readability


def test_measure_with_sockets_blocked(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("readability tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    easy = readability.measure("The cat sat on the mat. It was warm. The dog came in.")
    hard = readability.measure(
        "Notwithstanding considerable interindividual heterogeneity, pharmacological "
        "interventions demonstrate comparable longitudinal effectiveness."
    )
    assert easy.words == 13 and easy.sentences == 3
    assert easy.grade < 3 < hard.grade
    assert easy.reading_ease > 80 > hard.reading_ease


def test_first_use_in_a_fresh_process_is_offline() -> None:
    code = (
        "import socket\n"
        "def refuse(*a, **k): raise SystemExit('network used')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from sdm_aid.core import readability\n"
        "print(round(readability.grade('Knee pain can get better with exercise. Many people "
        "find that it helps.'), 1))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) < 8
