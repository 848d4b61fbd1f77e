"""Which global names a notebook cell binds and which it reads from earlier cells.

The mutation gate uses this to re-run, for each variant, only the cells whose result
can depend on the replaced solution: a later task's hidden test that never reaches
the variant's functions, directly or through functions defined in between, keeps the
baseline's score. The analysis is static and errs on the side of re-running:

- a name bound anywhere in the cell (top level, inside a function through `global`,
  as a loop or `with` target, an import) counts as bound by the cell;
- a name read before the cell binds it, or read inside a function body and not
  bound by the cell, counts as read from earlier cells;
- assigning to an attribute or item of an earlier name (`x_test[0] = 0`,
  `keras.layers.Dense = ...`) counts as binding that name, since it changes the
  object later cells see;
- a cell that cannot be parsed, or that reaches names dynamically (magics,
  `globals()`, `eval`, `exec`, ...), is opaque: it binds and reads everything.

Side effects that go through no name at all (a call that changes a library's global
configuration, a method that mutates its object in place) are not seen.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import re

DYNAMIC = frozenset(
    {"get_ipython", "globals", "locals", "vars", "eval", "exec", "__import__", "__main__"}
)


@dataclasses.dataclass(frozen=True)
class CellNames:
    binds: frozenset[str]
    reads: frozenset[str]
    opaque: bool = False

    def reads_any(self, names: frozenset[str] | set[str], everything: bool = False) -> bool:
        """Whether the cell can observe a change to `names` (or to any name at all)."""
        return self.opaque or everything or not self.reads.isdisjoint(names)

    def binds_any(self, names: frozenset[str] | set[str]) -> bool:
        return self.opaque or not self.binds.isdisjoint(names)


OPAQUE = CellNames(frozenset(), frozenset(), opaque=True)


class _Collector(ast.NodeVisitor):
    """Walks top-level code in evaluation order; function bodies count as reads."""

    def __init__(self) -> None:
        self.binds: set[str] = set()
        self.reads: set[str] = set()
        self.deferred: set[str] = set()  # read inside a function body, when it is called
        self.dynamic = False
        self.scopes: list[set[str]] = []  # the local names of each enclosing function

    def _read(self, name: str) -> None:
        if name in DYNAMIC:
            self.dynamic = True
        if any(name in scope for scope in self.scopes):
            return
        if self.scopes:
            self.deferred.add(name)
        elif name not in self.binds:
            self.reads.add(name)

    def _bind(self, name: str) -> None:
        if not self.scopes:
            self.binds.add(name)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Load):
            self._read(node.id)
        else:
            self._bind(node.id)

    def visit_Assign(self, node: ast.Assign) -> None:
        self.visit(node.value)
        for target in node.targets:
            self._target(target)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)
        self._target(node.target)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.visit(node.value)
        if isinstance(node.target, ast.Name):
            self._read(node.target.id)
        self._target(node.target)

    def _target(self, target: ast.expr) -> None:
        """Bind a target; an attribute or item of a name changes that name's object."""
        if isinstance(target, (ast.Attribute, ast.Subscript)):
            base: ast.expr = target
            while isinstance(base, (ast.Attribute, ast.Subscript)):
                if isinstance(base, ast.Subscript):
                    self.visit(base.slice)
                base = base.value
            if isinstance(base, ast.Name):
                self._read(base.id)
                if not any(base.id in scope for scope in self.scopes):
                    self.binds.add(base.id)  # even inside a function: the object is global
            else:
                self.visit(base)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                self._target(element)
        elif isinstance(target, ast.Starred):
            self._target(target.value)
        else:
            self.visit(target)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._bind(alias.asname or alias.name.split(".")[0])

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for alias in node.names:
            if alias.name == "*":
                self.dynamic = True
            self._bind(alias.asname or alias.name)

    def visit_Global(self, node: ast.Global) -> None:
        self.binds.update(node.names)

    def _scope(self, node: ast.AST, name: str | None, decorators: list[ast.expr]) -> None:
        for decorator in decorators:
            self.visit(decorator)
        if name is not None:
            self._bind(name)
        self.scopes.append(_local_names(node))
        for child in ast.iter_child_nodes(node):
            if child not in decorators:
                self.visit(child)
        self.scopes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._scope(node, node.name, node.decorator_list)

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> None:
        self._scope(node, node.name, node.decorator_list)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._scope(node, node.name, node.decorator_list)

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._scope(node, None, [])

    def _comprehension(self, node: ast.AST) -> None:
        self._scope(node, None, [])

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension


SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _local_names(node: ast.AST) -> set[str]:
    """Arguments and names assigned in a function (or comprehension) body, not global."""
    local: set[str] = set()
    declared_global: set[str] = set()
    arguments = getattr(node, "args", None)
    if isinstance(arguments, ast.arguments):
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        every += [a for a in (arguments.vararg, arguments.kwarg) if a is not None]
        local.update(a.arg for a in every)
    pending = list(ast.iter_child_nodes(node))
    while pending:
        child = pending.pop()
        if isinstance(child, ast.Global):
            declared_global.update(child.names)
        elif isinstance(child, ast.Name) and not isinstance(child.ctx, ast.Load):
            local.add(child.id)
        elif isinstance(child, (ast.Import, ast.ImportFrom)):
            local.update((a.asname or a.name).split(".")[0] for a in child.names)
        if isinstance(child, SCOPES):
            if not isinstance(child, ast.Lambda):
                local.add(child.name)
            continue
        if not isinstance(child, COMPREHENSIONS):
            pending.extend(ast.iter_child_nodes(child))
    return local - declared_global


# Magics that only time or capture the code they are given: the code is analysed.
CODE_CELL_MAGIC = re.compile(r"\A\s*%%(?:time|timeit|capture|prun)\b[^\n]*\n")
CODE_LINE_MAGIC = re.compile(
    r"^([ \t]*)%(?:time|timeit|prun)(?:[ \t]+-[a-z]+(?:[ \t]+\d+)?)*[ \t]+", re.M
)
NO_NAME_MAGIC = re.compile(r"^[ \t]*%(?:matplotlib|config|load_ext)\b[^\n]*$", re.M)


def _python_source(source: str) -> str:
    """The cell as plain Python: timing magics give up their code, and IPython turns
    any other magic into a `get_ipython()` call (which makes the cell opaque)."""
    source = CODE_CELL_MAGIC.sub("", source, count=1)
    source = CODE_LINE_MAGIC.sub(r"\1", source)
    source = NO_NAME_MAGIC.sub("pass", source)
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:  # pragma: no cover - IPython ships with the kernel
        return source
    return TransformerManager().transform_cell(source)


@functools.lru_cache(maxsize=4096)
def cell_names(source: str) -> CellNames:
    """The names a code cell binds and reads from earlier cells."""
    try:
        tree = ast.parse(_python_source(source))
    except SyntaxError:
        return OPAQUE
    collector = _Collector()
    collector.visit(tree)
    if collector.dynamic:
        return OPAQUE
    # A function defined here and called later reads the cell's own bindings.
    reads = collector.reads | (collector.deferred - collector.binds)
    return CellNames(frozenset(collector.binds), frozenset(reads))
