"""The plugins' modules import each other in one direction only, and never the site that uses them.

Every import counts, also one inside a function: hiding an import in a function keeps a cycle between two
concerns, it only moves the failure from import time to run time.
"""

import ast
from pathlib import Path

PLUGINS = ["feedback_plugin", "faq_plugin", "bulletin_plugin"]
SITE_PACKAGES = {"home", "citysite"}
REPOSITORY = Path(__file__).resolve().parents[1]


def module_name(path):
    parts = path.relative_to(REPOSITORY).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def plugin_modules():
    """{module name: (path, is package)} for every module of the plugins but their migrations."""
    modules = {}
    for plugin in PLUGINS:
        for path in (REPOSITORY / plugin).rglob("*.py"):
            if "migrations" not in path.parts:
                modules[module_name(path)] = (path, path.name == "__init__.py")
    return modules


def imported_names(tree, module, is_package):
    """Every module name an import in the tree refers to, relative imports resolved, at any depth."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            yield base
            # ``from . import services`` imports the module ``services``, not a name of the package.
            yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph():
    modules = plugin_modules()
    graph = {}
    for module, (path, is_package) in modules.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        graph[module] = sorted(
            {name for name in imported_names(tree, module, is_package) if name in modules} - {module}
        )
    return graph


def find_cycle(graph):
    """One cycle as a list of modules that starts and ends with the same one, or None."""
    visiting, done = [], set()

    def visit(module):
        if module in visiting:
            return [*visiting[visiting.index(module) :], module]
        if module in done:
            return None
        visiting.append(module)
        for imported in graph[module]:
            if cycle := visit(imported):
                return cycle
        visiting.pop()
        done.add(module)
        return None

    return next((cycle for module in sorted(graph) if (cycle := visit(module))), None)


def test_the_modules_of_the_plugins_import_each_other_without_a_cycle():
    cycle = find_cycle(import_graph())

    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_no_plugin_module_imports_the_site():
    imports_of_the_site = [
        f"{module} imports {name}"
        for module, (path, is_package) in plugin_modules().items()
        for name in imported_names(ast.parse(path.read_text()), module, is_package)
        if name.split(".")[0] in SITE_PACKAGES
    ]

    assert imports_of_the_site == []


def test_the_cycle_finder_reports_the_path_of_a_cycle():
    graph = {"a.x": ["a.y"], "a.y": ["a.z"], "a.z": ["a.x"], "a.w": []}

    assert find_cycle(graph) == ["a.x", "a.y", "a.z", "a.x"]
