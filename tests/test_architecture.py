"""The shape of the code: imports point one way, no cycles, no function with too many parameters.

Read from the source with :mod:`ast` (nothing is imported), so a violation anywhere in
``briefing/`` fails here, including imports made inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "briefing"

#: Lower layers never import these (the renderers, the command line, process management).
TOP = ("briefing.render", "briefing.cli", "briefing.parallel", "briefing.terminal", "briefing.__main__")
#: The layers below the renderers and the command line.
LOWER = ("briefing.model", "briefing.errors", "briefing.nlp", "briefing.ingest", "briefing.engine",
         "briefing.analysis", "briefing.lang")
#: The most parameters a function outside the command line may take (self and cls not counted).
MAX_PARAMETERS = 8
#: Known exceptions, each with the reason and when it ends.
ALLOWED: set[str] = set()


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_package(name: str) -> bool:
    return MODULES[name].name == "__init__.py"


def _type_checking_only(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _walk_runtime(tree: ast.AST):
    """Every node, except those under ``if TYPE_CHECKING:`` (never run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking_only(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _resolve(name: str) -> str | None:
    """The module of ours that ``name`` names (the longest known prefix), if any."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str) -> set[str]:
    """The modules of ours that ``module`` imports when it runs."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    package = module if _is_package(module) else module.rpartition(".")[0]
    out: set[str] = set()
    for node in _walk_runtime(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("briefing"):
                    out.add(_resolve(alias.name))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("briefing"):
                continue
            for alias in node.names:  # ``from . import x``: x may be a module of its own
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in MODULES else _resolve(target))
    out.discard(None)
    out.discard(module)
    return out


GRAPH = {m: _imports(m) for m in MODULES}


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def test_the_graph_is_read():
    assert "briefing.engine.pipeline" in GRAPH and "briefing.model" in GRAPH["briefing.engine.pipeline"]
    assert len(GRAPH) > 40


def test_lower_layers_never_import_the_renderers_the_cli_or_process_management():
    upward = sorted(f"{m} -> {t}" for m, targets in GRAPH.items() if _within(m, LOWER)
                    for t in targets if _within(t, TOP))
    assert not upward, "upward imports:\n" + "\n".join(upward)


def test_the_model_imports_nothing_above_it():
    allowed = {"briefing", "briefing.errors"}
    assert GRAPH["briefing.model"] <= allowed, GRAPH["briefing.model"] - allowed
    assert not GRAPH["briefing.errors"]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles():
    cycles = _cycles(GRAPH)
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_cycles():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _parameters(fn: ast.FunctionDef | ast.AsyncFunctionDef, in_class: bool) -> list[str]:
    args = fn.args
    names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
    if in_class and names and names[0] in ("self", "cls"):
        names = names[1:]
    return names + [a.arg for a in (args.vararg, args.kwarg) if a is not None]


def _functions(tree: ast.AST):
    """(qualified name, node, defined in a class) for every function of a module."""
    def walk(node, prefix, in_class):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield f"{prefix}{child.name}", child, in_class
                yield from walk(child, f"{prefix}{child.name}.", False)
            elif isinstance(child, ast.ClassDef):
                yield from walk(child, f"{prefix}{child.name}.", True)
            else:
                yield from walk(child, prefix, in_class)

    yield from walk(tree, "", False)


def _too_many_parameters() -> list[str]:
    found = []
    for module, path in MODULES.items():
        if module == "briefing.cli":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, fn, in_class in _functions(tree):
            params = _parameters(fn, in_class)
            if len(params) > MAX_PARAMETERS and f"{module}.{name}" not in ALLOWED:
                found.append(f"{module}.{name} ({len(params)})")
    return found


def test_no_function_outside_the_cli_takes_more_than_eight_parameters():
    found = _too_many_parameters()
    assert not found, "functions with more than 8 parameters:\n" + "\n".join(found)


@pytest.mark.parametrize("source, count", [
    ("def f(a, b, *, c=1, **kw): pass", 4),
    ("class C:\n    def m(self, a, b): pass", 2),
    ("def f(*args): pass", 1),
])
def test_parameters_are_counted(source, count):
    (name, fn, in_class), = [f for f in _functions(ast.parse(source)) if f[0] in ("f", "C.m")]
    assert len(_parameters(fn, in_class)) == count

