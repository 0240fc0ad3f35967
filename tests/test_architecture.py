"""The import graph of the reportgen package: no cycles, and the layering of the design.

Every `import` and `from ... import` counts, at any depth (imports inside functions and under
`if TYPE_CHECKING:` too), relative imports resolved. `from package import name` is an import of
the module `package.name` when there is one, else of `package`; importing a module is not counted
as importing the packages above it (Python runs their __init__ first, but every submodule would
then form a cycle with its own package).
"""

from __future__ import annotations

import ast
import warnings
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "reportgen"

# Cycles allowed while they are being removed, each the set of modules of one strongly connected
# component; the test fails on any cycle not listed here exactly (a listed one that grows is a new
# one). There are none.
KNOWN_CYCLES: list[frozenset[str]] = []


@cache
def module_files() -> dict[str, tuple[Path, bool]]:
    """Every module of the package: dotted name -> (file, whether it is a package's __init__)."""
    found = {}
    for path in sorted((ROOT / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found[".".join(parts)] = (path, is_package)
    return found


def _known_module(dotted: str, modules: dict) -> str | None:
    """The longest prefix of `dotted` that is a module of the package (None: not ours)."""
    while dotted:
        if dotted in modules:
            return dotted
        dotted = dotted.rpartition(".")[0]
    return None


def _imports(name: str, path: Path, is_package: bool, modules: dict) -> tuple[set[str], set[str]]:
    """(modules of the package that `name` imports, top-level names of the others it imports)."""
    here = name if is_package else name.rpartition(".")[0]
    internal, external = set(), set()
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    # A package's module-level __getattr__ (PEP 562) imports a submodule when an attribute is first
    # asked for (`reportgen.build_many`), never when the package is imported: not an edge.
    lazy = {id(n) for f in tree.body if is_package and isinstance(f, ast.FunctionDef) and f.name == "__getattr__"
            for n in ast.walk(f)}
    for node in ast.walk(tree):
        if id(node) in lazy:
            continue
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in modules else source
                       for alias in node.names]
        else:
            continue
        for target in targets:
            if target == PACKAGE or target.startswith(PACKAGE + "."):
                module = _known_module(target, modules)
                if module and module != name:
                    internal.add(module)
            else:
                external.add(target.partition(".")[0])
    return internal, external


@cache
def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(module -> the package's modules it imports, module -> the outside packages it imports)."""
    modules = module_files()
    graph, outside = {}, {}
    for name, (path, is_package) in modules.items():
        graph[name], outside[name] = _imports(name, path, is_package, modules)
    return graph, outside


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's strongly connected components of more than one module (iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)
    return found


def loop(component: set[str], graph: dict[str, set[str]]) -> list[str]:
    """One import loop through the component, for the message: a -> b -> a."""
    start = min(component)
    paths = {start: [start]}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for child in sorted(graph[node] & component):
            if child == start:
                return paths[node] + [start]
            if child not in paths:
                paths[child] = paths[node] + [child]
                queue.append(child)
    return sorted(component)


def test_the_graph_sees_every_kind_of_import():
    graph, outside = import_graph()
    assert "reportgen.render.filters" in graph["reportgen.render.templating"]  # from .filters import ...
    assert "reportgen.extract" in graph["reportgen.pipeline"]  # inside a function
    assert "reportgen.render.charts" in graph["reportgen.render.docx"]  # from . import charts
    assert "reportgen.fidelity.check" in graph["reportgen.fidelity"]  # a package's __init__
    assert "reportgen.render.options" in graph["reportgen.pipeline"]  # under TYPE_CHECKING, and absolute
    assert "jinja2" in outside["reportgen.render.templating"] and "typer" in outside["reportgen.cli"]
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_no_import_cycles():
    graph, _ = import_graph()
    components = strongly_connected(graph)
    new = [c for c in components if frozenset(c) not in KNOWN_CYCLES]
    assert not new, "import cycles: " + "; ".join(" -> ".join(loop(c, graph)) for c in new)
    gone = [sorted(c) for c in KNOWN_CYCLES if set(c) not in components]
    if gone:
        warnings.warn(f"KNOWN_CYCLES lists cycles that are gone, remove them: {gone}", stacklevel=1)


def _in(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def imports_between(importers: str, imported: str) -> list[str]:
    """`a -> b` for each module under `importers` that imports a module under `imported`."""
    graph, _ = import_graph()
    return [f"{a} -> {b}" for a in sorted(graph) if _in(a, importers)
            for b in sorted(graph[a]) if _in(b, imported) and not _in(a, imported)]


def test_the_model_imports_nothing_else_of_reportgen():
    graph, _ = import_graph()
    wrong = [f"{a} -> {b}" for a in sorted(graph) if _in(a, "reportgen.model")
             for b in sorted(graph[a]) if not _in(b, "reportgen.model")]
    assert not wrong, wrong


def test_text_imports_only_the_model():
    graph, _ = import_graph()
    wrong = [f"{a} -> {b}" for a in sorted(graph) if _in(a, "reportgen.text")
             for b in sorted(graph[a]) if not (_in(b, "reportgen.text") or _in(b, "reportgen.model"))]
    assert not wrong, wrong


# Imports run forward only: readers -> extract -> briefings -> fidelity -> render (each may import
# those before it; render is handed the fidelity check's tracer instead of importing it).
FORBIDDEN = [
    ("reportgen.readers", ["reportgen.extract", "reportgen.briefings", "reportgen.fidelity", "reportgen.render"]),
    ("reportgen.extract", ["reportgen.briefings", "reportgen.fidelity", "reportgen.render"]),
    ("reportgen.briefings", ["reportgen.render", "reportgen.fidelity"]),
    ("reportgen.render", ["reportgen.fidelity"]),
    ("reportgen.fidelity", ["reportgen.readers", "reportgen.extract"]),
]


def test_imports_run_forward_only():
    wrong = [edge for importers, targets in FORBIDDEN for imported in targets
             for edge in imports_between(importers, imported)]
    assert not wrong, wrong


def test_render_and_fidelity_see_only_the_briefing_view_model():
    wrong = [edge for importers in ("reportgen.render", "reportgen.fidelity")
             for edge in imports_between(importers, "reportgen.briefings")
             if not edge.endswith(" -> reportgen.briefings.briefing")]
    assert not wrong, wrong


def test_only_the_cli_imports_typer():
    _, outside = import_graph()
    assert sorted(m for m, names in outside.items() if "typer" in names) == ["reportgen.cli"]


if __name__ == "__main__":  # python tests/test_architecture.py: the graph, one module a line
    for module, imported in sorted(import_graph()[0].items()):
        print(module, "->", ", ".join(sorted(imported)) or "-")


def test_brand_knows_every_paper():
    from reportgen.render.brand import PAPER_NAMES
    from reportgen.render.options import PAPERS

    assert tuple(PAPERS) == PAPER_NAMES
