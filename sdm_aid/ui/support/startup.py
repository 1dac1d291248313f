"""Process set-up for the desktop app, done once before any other UI module loads.

Two things that cost memory for nothing in a desktop app (measured with
``benchmarks/bench_app.py``; the figures are in the README):

* PySide6 checks every module imported after it for the word "PySide6" with
  ``inspect.getsource`` (PYSIDE-2029), and ``linecache`` then keeps every line of every
  module: about 7 MB here. :func:`lean_pyside_import_hook` (in
  :mod:`sdm_aid.qt_import`, which the PDF writer uses too) asks it more cheaply.
* Markdown imports Pygments for code highlighting whenever it is installed (pytest brings
  it into development environments); aids never highlight code.
* ``hashlib`` loads OpenSSL's libcrypto (about 3.5 MB) although CPython has built-in SHA-2,
  SHA-3, BLAKE2 and MD5 that give the same digests. The app makes no network connections and
  hashes only small texts, so hashlib is told to use the built-in ones.
"""

from __future__ import annotations

import sys

from sdm_aid.qt_import import lean_pyside_import_hook as lean_pyside_import_hook


def skip_code_highlighting() -> None:
    """Keep Markdown from loading Pygments, which the app never uses.

    Markdown's fenced-code extension (which aids use for preformatted text) imports Pygments
    whenever it is installed, only to offer syntax highlighting; loading its lexer tables
    costs about 0.7 MB and 10 ms. Aids never highlight code, so, as with hashlib, a module
    that is not loaded yet is marked as absent and Markdown falls back to plain ``<pre>``.
    """
    sys.modules.setdefault("pygments", None)  # type: ignore[arg-type]


def use_builtin_hashes() -> None:
    """Make ``hashlib`` use CPython's own hash functions instead of loading OpenSSL.

    Only when OpenSSL's module is not loaded yet (hashlib treats a missing ``_hashlib`` as
    "no OpenSSL" and falls back by design); never unloads it from a running process.
    """
    sys.modules.setdefault("_hashlib", None)  # type: ignore[arg-type]
