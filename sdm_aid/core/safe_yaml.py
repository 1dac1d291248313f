"""YAML read strictly: PyYAML's safe loader without aliases, repeated keys or impossible dates.

Used through :func:`sdm_aid.core.safe_read.load_yaml`, which loads this module (and PyYAML)
only when YAML is read.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import ConstructorError, SafeConstructor

try:  # the C loader is about ten times faster; fall back where libyaml is missing
    _Base: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader


class StrictLoader(_Base):  # type: ignore[misc]
    """PyYAML's safe loader that refuses aliases, keys given twice and impossible dates.

    An alias makes two places share one node, so constructing a node a second time means
    an alias: refused, which rules out "billion laughs" expansion.
    """

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node in self.constructed_objects or node in self.recursive_objects:
            raise ConstructorError(
                None,
                None,
                "it uses a YAML alias (*name); aliases and anchors are not allowed, "
                "write the value out in full",
                node.start_mark,
            )
        return super().construct_object(node, deep)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        """A key given twice is refused: YAML keeps the last silently, so a figure could be
        replaced without anyone noticing."""
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                raise ConstructorError(
                    None,
                    None,
                    f"the key {key!r} is given twice; keep one",
                    key_node.start_mark,
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def _timestamp(loader: Any, node: Any) -> Any:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        raise ConstructorError(
            None,
            None,
            f"{node.value!r} is not a real date; correct it (YYYY-MM-DD), or quote it "
            "if it is text",
            node.start_mark,
        ) from None


def _integer(loader: Any, node: Any) -> Any:
    try:
        return SafeConstructor.construct_yaml_int(loader, node)
    except ValueError:
        raise ConstructorError(
            None, None, f"the number {node.value[:20]!r}… is too long", node.start_mark
        ) from None


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:int", _integer)


def load_yaml(text: str) -> Any:
    """Parse YAML with :class:`StrictLoader`. Raises :class:`yaml.YAMLError` only."""
    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise yaml.YAMLError(f"it cannot be read as YAML: {exc}") from exc
