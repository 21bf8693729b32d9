"""Safe YAML reading that remembers line numbers.

Mappings load as `Node` dicts and lists as `NodeList`, each knowing the line of every key or
item, so a problem can point at `file:line`. Timestamps stay strings (we parse dates ourselves,
with time zones), and anchors/aliases are refused: content never needs them and they are the
way to a "billion laughs" memory bomb.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, SequenceNode


class Node(dict[str, Any]):
    """A YAML mapping with the (1-based) line of the mapping and of each key."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class NodeList(list[Any]):
    """A YAML sequence with the (1-based) line of the sequence and of each item."""

    line: int
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class YamlError(ValueError):
    """A file is not valid YAML for us; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None):
        super().__init__(message)
        self.line = line


MAX_DEPTH = 20  # levels of nested mappings and lists; content needs four
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when present


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader without timestamps and aliases, building `Node`/`NodeList`."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute)
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_document(self, node: Any) -> Any:
        _check_tree(node)
        return super().construct_document(node)

    def construct_yaml_map_lines(self, node: MappingNode) -> Any:
        data = Node()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        yield data
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in data:
                raise YamlError(f"duplicate key '{key}'", key_node.start_mark.line + 1)
            data[key] = self.construct_object(value_node, deep=True)
            data.key_lines[key] = key_node.start_mark.line + 1

    def construct_yaml_seq_lines(self, node: SequenceNode) -> Any:
        data = NodeList()
        data.line = node.start_mark.line + 1
        data.item_lines = [item.start_mark.line + 1 for item in node.value]
        yield data
        data.extend(self.construct_object(item, deep=True) for item in node.value)


def _check_tree(root: Any) -> None:
    """Raise at the first node that occurs twice in the tree (that is what an alias makes), or
    that is nested more than `MAX_DEPTH` deep.

    Refusing both before anything is constructed keeps a "billion laughs" document cheap, and
    construction (recursive, a few Python frames a level) within Python's recursion limit.
    """
    seen: set[int] = set()
    stack: list[tuple[Any, int, int]] = [(root, root.start_mark.line + 1, 0)]
    while stack:
        node, line, depth = stack.pop()
        if id(node) in seen:
            raise YamlError("YAML aliases (*name) are not allowed in content", line)
        seen.add(id(node))
        if isinstance(node, MappingNode | SequenceNode) and depth == MAX_DEPTH:
            raise YamlError(f"invalid YAML: nested more than {MAX_DEPTH} levels deep", line)
        if isinstance(node, MappingNode):
            for key, value in reversed(node.value):
                stack.append((value, key.start_mark.line + 1, depth + 1))
                stack.append((key, key.start_mark.line + 1, depth + 1))
        elif isinstance(node, SequenceNode):
            # An alias's node carries its anchor's position, which comes earlier: take the later.
            stack.extend(
                (item, max(item.start_mark.line + 1, line), depth + 1) for item in reversed(node.value)
            )


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map_lines)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_yaml_seq_lines)


def load_yaml(text: str, first_line: int = 1) -> Any:
    """Parse one YAML document; raise `YamlError` with the line of the fault.

    `first_line` shifts reported lines, for front matter that starts below line 1.
    """
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        bad_line = text[: exc.position].count("\n") + first_line
        raise YamlError(f"invalid YAML: character U+{exc.character:04X} is not allowed", bad_line) from None
    try:
        return _shift(loader.get_single_data(), first_line - 1)
    except YamlError as exc:
        raise YamlError(str(exc), None if exc.line is None else exc.line + first_line - 1) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else None
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        if "'\\t'" in message:
            message += " (a tab: YAML indents with spaces only)"
        if "exceeded maximum nesting depth" in message:  # libyaml's own limit, 1,000 levels
            message = f"nested more than {MAX_DEPTH} levels deep"
        raise YamlError(f"invalid YAML: {message}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", None) from None
    except RecursionError:  # composing, in PyYAML's own parser (without libyaml), recurses too
        raise YamlError(f"invalid YAML: nested more than {MAX_DEPTH} levels deep", None) from None
    finally:
        loader.dispose()


def _shift(value: Any, offset: int) -> Any:
    """Move every recorded line by `offset` (no-op when 0)."""
    if offset == 0:
        return value
    if isinstance(value, Node):
        value.line += offset
        value.key_lines = {k: v + offset for k, v in value.key_lines.items()}
        for item in value.values():
            _shift(item, offset)
    elif isinstance(value, NodeList):
        value.line += offset
        value.item_lines = [v + offset for v in value.item_lines]
        for item in value:
            _shift(item, offset)
    return value
