"""Every text the app shows is offered to translators, in the context the app looks it up in.

``pyside6-lupdate`` reads only what it can see in the source: ``self.tr("…")`` (filed under
the class the call is written in) and ``translate("Context", "…")``. A wrapper such as
``_tr(text)``, a borrowed ``window.tr("…")`` (filed under "window", a context the app never
looks up) or an f-string inside ``tr()`` hides the text from translators. At run time
PySide6 looks ``self.tr`` up under the names of the object's class and its bases, so
``self.tr`` belongs only in a QObject class or a mixin of one. Wording from the Qt-free core
is shown through ``self.tr(variable)``; the UI writes it out with ``QT_TRANSLATE_NOOP`` for
lupdate, checked here against the core.
"""

from __future__ import annotations

import ast
import importlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QObject

import sdm_aid.ui

UI = Path(sdm_aid.ui.__file__).parent
APP_OBJECTS = {"QCoreApplication", "QGuiApplication", "QApplication"}


@dataclass
class Found:
    """What the calls in the UI's source ask for, and what lupdate could not see."""

    wanted: dict[tuple[str, str], str] = field(default_factory=dict)  # (context, text): where
    self_tr: dict[tuple[str, str], str] = field(default_factory=dict)  # (module, class): where
    problems: list[str] = field(default_factory=list)
    wrappers: dict[tuple[str, str], str] = field(default_factory=dict)  # (module, name): context


def _module(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Name):
        return func.id == "translate"
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in APP_OBJECTS
    )


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class Reader(ast.NodeVisitor):
    def __init__(self, path: Path, found: Found):
        self.path, self.found = path, found
        self.where = str(path.relative_to(UI.parent.parent))
        self.module = _module(path)
        self.classes: list[str] = []
        self.params: list[dict[str, str]] = []  # each enclosing function's, with its type
        self.called: set[int] = set()  # ids of the function nodes of calls

    def problem(self, node: ast.AST, what: str) -> None:
        self.found.problems.append(f"{self.where}:{getattr(node, 'lineno', '?')}: {what}")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        a = node.args
        self.params.append(
            {
                p.arg: ast.unparse(p.annotation) if p.annotation else ""
                for p in a.posonlyargs + a.args + a.kwonlyargs
            }
        )
        self.generic_visit(node)
        self.params.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Assign(self, node: ast.Assign) -> None:
        # The one alias lupdate knows: translate = QCoreApplication.translate, at module level.
        if (
            not self.params
            and not self.classes
            and [ast.unparse(t) for t in node.targets] == ["translate"]
            and _is_translate(node.value)
        ):
            self.called.add(id(node.value))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP":  # marked, used later
            context = _literal(node.args[0]) if node.args else None
            if context is None:
                self.problem(node, f"the context is not a literal: {ast.unparse(node)[:80]}")
            else:
                self._text(node, context, node.args[1] if len(node.args) > 1 else None)
        elif _is_translate(func):
            self.called.add(id(func))
            context, text = node.args[0] if node.args else None, node.args[1:2]
            if _literal(context) is None:
                self.problem(node, f"the context is not a literal: {ast.unparse(node)[:80]}")
            else:
                self._text(node, str(_literal(context)), text[0] if text else None)
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            self.called.add(id(func))
            owner = ast.unparse(func.value)
            if owner != "self":
                self.problem(
                    node,
                    f"{owner}.tr(): lupdate files it under {owner!r}, not under the class "
                    'the app looks up; use translate("Context", …)',
                )
                # At run time: the owner's class (its type, for a parameter).
                types = [p[owner] for p in self.params if p.get(owner)]
                context = types[-1] if types else owner
                self._text(node, context.strip("'\""), node.args[0] if node.args else None)
            elif not self.classes:
                self.problem(node, "self.tr() outside a class: lupdate gives it no context")
            else:
                key = (_module(self.path), ".".join(self.classes))
                self.found.self_tr.setdefault(key, f"{self.where}:{node.lineno}")
                self._text(node, self.classes[-1], node.args[0] if node.args else None)
        elif isinstance(func, ast.Name) and (self.module, func.id) in self.found.wrappers:
            self.problem(node, f"{func.id}(): lupdate does not see calls through a wrapper")
            context = self.found.wrappers[(self.module, func.id)]
            self._text(node, context, node.args[0] if node.args else None)
        elif isinstance(func, ast.Name) and func.id.strip("_").lower() in {"tr", "translate"}:
            self.problem(node, f"{func.id}(): lupdate does not see calls through a wrapper")
        self.generic_visit(node)

    def _text(self, node: ast.Call, context: str, text: ast.expr | None) -> None:
        literal = _literal(text)
        if literal is not None:
            self.found.wanted.setdefault((context, literal), f"{self.where}:{node.lineno}")
        elif isinstance(text, ast.JoinedStr):
            self.problem(node, "an f-string in tr(): fill it in with .format() after tr()")
        elif isinstance(text, ast.Name) and any(text.id in p for p in self.params):
            self.problem(node, f"a wrapper passes its parameter {text.id!r} to be translated")
        elif text is None or not isinstance(text, ast.Name | ast.Subscript | ast.Attribute):
            self.problem(node, f"not a literal text: {ast.unparse(node)[:80]}")
        # A name or an item of a table: wording from the Qt-free core (docs/translating.md).

    def check_aliases(self, tree: ast.AST) -> None:
        """tr or translate handed on or renamed instead of called: lupdate loses the text."""
        for node in ast.walk(tree):
            if id(node) in self.called:
                continue
            if (isinstance(node, ast.Attribute) and node.attr == "tr") or (
                _is_translate(node) and isinstance(node, ast.Attribute)
            ):
                self.problem(node, f"{ast.unparse(node)} used without being called")
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
                node.name.strip("_").lower() in {"tr", "translate"}
            ):
                self.problem(node, f"def {node.name}: a wrapper lupdate cannot see through")


def find_wrappers(trees: dict[Path, ast.Module], found: Found) -> None:
    """Functions that pass their parameter to translate(), and the names they are imported as:
    what they ask for is checked too, so that the check fails on them and not only warns."""
    for path, tree in trees.items():
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef):
                continue
            params = {p.arg for p in node.args.args}
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _is_translate(call.func)
                    and len(call.args) > 1
                    and _literal(call.args[0]) is not None
                    and isinstance(call.args[1], ast.Name)
                    and call.args[1].id in params
                ):
                    found.wrappers[(_module(path), node.name)] = str(_literal(call.args[0]))
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    context = found.wrappers.get((node.module, alias.name))
                    if context is not None:
                        found.wrappers[(_module(path), alias.asname or alias.name)] = context


def read_sources() -> Found:
    found = Found()
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(UI.rglob("*.py"))
    }
    find_wrappers(trees, found)
    for path, tree in trees.items():
        reader = Reader(path, found)
        reader.visit(tree)
        reader.check_aliases(tree)
    return found


def lupdate_catalogue(tmp_path: Path) -> set[tuple[str, str]]:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "all.ts"
    sources = [str(p) for p in sorted(UI.rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-ts", str(ts)], check=True, capture_output=True)
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_no_wrappers_or_borrowed_tr() -> None:
    """Only forms lupdate reads: self.tr("…") in a class, translate("Context", "…")."""
    assert read_sources().problems == []


def _in_a_qobject(cls: type) -> bool:
    """A QObject class, or a mixin of one (then PySide6 looks its name up too)."""
    seen, todo = set(), [cls]
    while todo:
        c = todo.pop()
        if issubclass(c, QObject):
            return True
        seen.add(c)
        todo.extend(s for s in c.__subclasses__() if s not in seen)
    return False


def test_self_tr_only_in_qobject_classes() -> None:
    """self.tr is looked up under the names of the object's class and its bases: the class
    it is written in must be a QObject class or a mixin of one."""
    found = read_sources()
    for path in sorted(UI.rglob("*.py")):  # every module, so that mixins meet their users
        importlib.import_module(_module(path))
    not_qobject = []
    for (module, qualname), where in found.self_tr.items():
        obj: object = importlib.import_module(module)
        for name in qualname.split("."):
            obj = getattr(obj, name)
        if not (isinstance(obj, type) and _in_a_qobject(obj)):
            not_qobject.append(f"{where}: {qualname} is not a QObject class or a mixin of one")
    assert not_qobject == []


def test_lupdate_sees_every_text(tmp_path: Path) -> None:
    """Each literal text passed to tr()/translate() is in lupdate's file, in its context."""
    found = read_sources()
    assert len(found.wanted) > 600  # the reader found the app's texts at all
    catalogue = lupdate_catalogue(tmp_path)
    missing = [
        f"{where}: {context}: {text!r}"
        for (context, text), where in sorted(found.wanted.items(), key=lambda kv: kv[1])
        if (context, text) not in catalogue
    ]
    assert missing == []


def test_the_cores_wording_is_written_out_for_translators() -> None:
    """The SURE and CollaboRATE wording the steps show with self.tr(variable) is the core's,
    word for word, in the lists lupdate reads (so a change in the core is not lost)."""
    from sdm_aid.core import session
    from sdm_aid.ui.steps import decision, sure

    assert set(sure.CORE_WORDING) == {*session.SURE_QUESTIONS.values(), *session.SURE_HELP.values()}
    assert set(decision.CORE_WORDING) == {
        session.COLLABORATE_INTRO,
        *session.COLLABORATE_QUESTIONS.values(),
        *session.COLLABORATE_SCALE.values(),
    }
