"""What student code may do while it is graded, decided before any of it runs.

nbgrader runs a student's cells and the tests that grade them in one Python
process, so code that can reach the tests' objects can change their verdict:
replace `checks.check_close`, rebind `np` or `isinstance` in the notebook's
namespace, return an object whose `__eq__` always says yes, call the hidden
tests' reference function, or mutate the data a test compares against.

This module reads student code as text, in the grader's own process, and lists
every construct that could reach the grading machinery, and nothing else: the
same rules run in the student's kernel (`nna_tf.rules`), so a student sees every
rule they break while they work. The pipeline (`autograde.enforce`) leaves out
each top-level statement that breaks a rule. The rules, each with the attack it
stops:

- Imports only from a list of numerical and harmless standard modules (no `sys`,
  `os`, `builtins`, `gc`, `ctypes`, `inspect`, `importlib`, `contextlib`,
  IPython…).
- No names or attributes that start with an underscore (dunders, private
  internals, IPython's `_ih`/`_oh` history, `__globals__`, `__subclasses__`),
  except the student's own names, `self._x` in a method, `super().__init__`,
  and the descriptive `__name__`, `__qualname__`, `__doc__`, `__version__`,
  `__module__` and `x.__class__.__name__`.
- No `getattr` with a computed name, `setattr`/`vars`/`globals`/`eval`/`exec`/
  `open`/`get_ipython`…; `type`, `dir` and `help` with one argument only; no
  magics or shell commands but `%time`, `%%time`, `%timeit` and
  `%matplotlib inline`, whose code is checked like any other.
- Attributes are assigned or deleted only as `self.<name>` inside a method of a
  class defined by the student, and never under a name Keras uses itself.
- No top-level binding of a module the course's cells import (`np`, `checks`,
  `keras`…), unless it is the same import (`from tensorflow import keras` is the
  same Keras). Other names the course binds (`model`, `history`, `fig`) and the
  builtins may be rebound: the kernel guard runs the course's cells with the
  course's values and the real builtins.
- Nothing the course's cells bind and a visible test reads is mutated directly
  (item assignment, `append`, `fill`, `out=`, `np.copyto`…).
- No reference to a name that only the hidden tests bind.
- Classes derive only from Keras layers, models, callbacks, losses and metrics,
  from `object`, exceptions, `Enum` or `NamedTuple`, or from the student's own
  classes; they define no dunder that could fake a value (`__eq__`, `__array__`,
  `__bool__`…), take no metaclass, and do not override Keras methods the tests
  rely on (`count_params`, `predict`…; `build`, `call`, `get_config` and friends
  are fine). A student Keras class is only called, subclassed or used in
  `isinstance`.
- No attribute that reaches processes, raw memory or code loaded from data
  (`system`, `as_strided`, `ctypes`, `from_config` of a library class,
  `read_pickle`, `allow_pickle=True`, `enable_unsafe_deserialization`…).
  Writing and reading plain files in the submission's scratch folder is fine:
  the sandbox keeps them there, and nothing the tests import comes from it.

The rules are a whitelist where Python allows one and a list of known escapes
where it does not; the sandbox (`autograde.sandbox`) still contains whatever gets
through, and `autograde.kernel_guard` guards attribute changes, the cell
transformers and the course's names and arrays at run time.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

HIDDEN_BLOCK = re.compile(
    r"^[ \t]*### BEGIN HIDDEN TESTS[ \t]*$(.*?)^[ \t]*### END HIDDEN TESTS[ \t]*$",
    re.MULTILINE | re.DOTALL,
)

ALLOWED_MODULES = frozenset(
    {
        "numpy",
        "pandas",
        "keras",
        "tensorflow",
        "scipy",
        "sklearn",
        "matplotlib",
        "nna_tf",
        "math",
        "cmath",
        "itertools",
        "functools",
        "collections",
        "typing",
        "string",
        "re",
        "random",
        "statistics",
        "heapq",
        "bisect",
        "copy",
        "numbers",
        "time",
        "fractions",
        "decimal",
        "textwrap",
        "enum",
        "dataclasses",
        "warnings",
        "json",
        "pprint",
        "logging",
        "datetime",
    }
)
# Other paths to a module the course imports: `from tensorflow import keras` binds
# the same Keras as `import keras`, so re-importing it that way rebinds nothing.
MODULE_ALIASES = {"tensorflow.keras": "keras", "tensorflow.keras.layers": "keras.layers"}

FORBIDDEN_NAMES = frozenset(
    {
        "getattr",  # allowed only with a literal attribute name (checked separately)
        "setattr",
        "delattr",
        "vars",
        "globals",
        "locals",
        "eval",
        "exec",
        "compile",
        "open",
        "breakpoint",
        "exit",
        "quit",
        "memoryview",
        "get_ipython",
        "In",
        "Out",
    }
)

# Builtins that are harmless with exactly one argument: `type(x)` names a type (with
# three it makes a class), `dir(x)` and `help(x)` describe an object (without one they
# list the namespace or wait for input).
ONE_ARGUMENT = frozenset({"type", "dir", "help"})
# Dunders that only describe an object; `__class__` only before `.__name__`/`.__qualname__`.
SAFE_DUNDERS = frozenset({"__name__", "__qualname__", "__doc__", "__version__", "__module__"})
# Magics that run the student's own code and report its time; their code is checked too.
TIMING_MAGICS = frozenset({"time", "timeit"})
TIMEIT_VALUE_OPTIONS = frozenset({"-n", "-r", "-p"})
# `json` reads only JSON: its `load`/`loads` build no objects of the reader's choice.
SAFE_JSON = frozenset({"load", "loads"})

# Attribute names that lead to the interpreter, files, processes, raw memory or
# code loaded from data. Checked on every attribute and every import component.
BLOCKED_ATTRIBUTES = frozenset(
    {
        # modules that libraries re-export
        "sys",
        "os",
        "builtins",
        "gc",
        "ctypes",
        "ctypeslib",
        "inspect",
        "importlib",
        "subprocess",
        "socket",
        "signal",
        "io",
        "shutil",
        "pathlib",
        "threading",
        "multiprocessing",
        "pickle",
        "marshal",
        "types",
        "code",
        "runpy",
        "atexit",
        "weakref",
        "warnings",
        "traceback",
        "linecache",
        "tempfile",
        "logging",
        "src",
        "python",
        "compat",
        "autograde",
        "IPython",
        "ipykernel",
        # files and processes
        "loads",
        "fromregex",
        "memmap",
        "to_sql",
        "load_weights",
        "load_model",
        "system",
        "popen",
        "spawn",
        "fork",
        "kill",
        "write",
        "writelines",
        "gfile",
        "io_ops",
        "load_op_library",
        "load_library",
        # raw memory
        "as_strided",
        "frombuffer",
        "from_address",
        "flags",
        "setflags",
        "data_ptr",
        # code from data
        "eval",
        "query",
        "exec",
        "from_config",
        "deserialize",
        "deserialize_keras_object",
        "make_dataclass",
        "read_pickle",
        "model_from_json",
        "model_from_config",
        "enable_unsafe_deserialization",
        "custom_object_scope",
        "update_wrapper",
        "wraps",
        "register_keras_serializable",
        "get_registered_object",
        "CustomObjectScope",
    }
)

# Methods that change the object they are called on, and functions that change
# their first argument: neither may touch what the course's cells bound.
MUTATING_METHODS = frozenset(
    {
        "append",
        "extend",
        "insert",
        "pop",
        "popitem",
        "remove",
        "clear",
        "update",
        "setdefault",
        "add",
        "discard",
        "sort",
        "reverse",
        "fill",
        "put",
        "resize",
        "itemset",
        "setfield",
        "partition",
        "byteswap",
        "assign",
        "assign_add",
        "assign_sub",
        "set_weights",
    }
)
# pandas methods that change their object only when given inplace=True.
INPLACE_METHODS = frozenset(
    {"rename", "drop", "fillna", "replace", "set_index", "reset_index", "sort_values", "sort_index"}
)
MUTATING_FUNCTIONS = frozenset(
    {"copyto", "put", "place", "putmask", "shuffle", "fill_diagonal", "put_along_axis"}
)

ALLOWED_BASES = frozenset({"Layer", "Model", "Callback", "Loss", "Metric"})
# Bases of ordinary helper classes: plain objects, the student's own exceptions,
# enumerations and named tuples.
PLAIN_BASES = frozenset(
    {"object", "Exception", "ValueError", "TypeError", "RuntimeError", "KeyError", "IndexError"}
)
PLAIN_BASE_MODULES = {
    "enum": {"Enum", "IntEnum", "Flag", "IntFlag", "StrEnum"},
    "typing": {"NamedTuple"},
}
# Dunders a class may define besides `__init__`: they describe or iterate the
# student's own object and cannot make it compare equal to anything.
ALLOWED_CLASS_DUNDERS = frozenset(
    {
        "__init__",
        "__post_init__",
        "__repr__",
        "__str__",
        "__call__",
        "__len__",
        "__iter__",
        "__next__",
        "__getitem__",
    }
)
# Keras methods a subclass is meant to override.
OVERRIDABLE = frozenset(
    {
        "__init__",
        "build",
        "call",
        "get_config",
        "compute_output_shape",
        "compute_output_spec",
        "compute_mask",
        "train_step",
        "test_step",
        "predict_step",
        "on_epoch_begin",
        "on_epoch_end",
        "on_batch_begin",
        "on_batch_end",
        "on_train_begin",
        "on_train_end",
        "on_train_batch_begin",
        "on_train_batch_end",
        "update_state",
        "result",
        "reset_state",
    }
)
# Instance attributes Keras expects a layer to set on itself.
SETTABLE = frozenset({"built", "trainable", "supports_masking", "input_spec"})


@dataclasses.dataclass(frozen=True)
class Violation:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclasses.dataclass(frozen=True)
class Context:
    """What the course's own (trusted) cells define, as the rules need it.

    Attributes:
        trusted_names: Names bound at top level by trusted cells.
        trusted_imports: For names bound by an import in trusted cells, what they
            import ("numpy", "nna_tf.checks"), so a student may repeat the import.
        protected_names: The names student code may not rebind or change: what the
            course's cells import, and what they bind that a test cell reads
            (its visible part: the student's live check sees no hidden tests).
        frozen_names: Names the tests read whose course cell (a demonstration) the
            student changed or removed: student code may not bind them at all, or
            the tests would read the student's value instead of the course's.
        hidden_names: Names bound only inside hidden-test blocks.
        keras_names: Attributes of Keras layers and models that student classes
            may not redefine (see `keras_reserved_names`).
    """

    trusted_names: frozenset[str] = frozenset()
    trusted_imports: dict[str, str] = dataclasses.field(default_factory=dict)
    protected_names: frozenset[str] = frozenset()
    frozen_names: frozenset[str] = frozenset()
    hidden_names: frozenset[str] = frozenset()
    keras_names: frozenset[str] = frozenset()


# The text functions below are pure and called on the same course cells for every
# submission a grading process serves: they are cached on the source text.
_TEXT_CACHE = 4096


@functools.lru_cache(maxsize=_TEXT_CACHE)
def to_python(source: str) -> str:
    """IPython source as plain Python (magics become `get_ipython()` calls)."""
    from IPython.core.inputtransformer2 import TransformerManager

    return TransformerManager().transform_cell(source)


def parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(to_python(source))
    except (SyntaxError, ValueError):
        return None


def _import_target(alias: ast.alias, module: str | None) -> str:
    if module is None:  # import a.b as c -> a.b ; import a.b -> a
        return alias.name if alias.asname else alias.name.split(".")[0]
    return f"{module}.{alias.name}"


def top_level_bindings(tree: ast.Module) -> Iterator[tuple[str, str | None, int]]:
    """(name, import target or None, line) for every name a module binds at top level."""

    def targets(node: ast.AST) -> Iterator[str]:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, (ast.Store, ast.Del)):
                yield sub.id

    def visit(statements: Iterable[ast.stmt]) -> Iterator[tuple[str, str | None, int]]:
        for node in statements:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                yield node.name, None, node.lineno
                for decorator in node.decorator_list:
                    for name in _walrus_names(decorator):
                        yield name, None, node.lineno
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                module = node.module if isinstance(node, ast.ImportFrom) else None
                for alias in node.names:
                    bound = alias.asname or alias.name.split(".")[0]
                    yield bound, _import_target(alias, module), node.lineno
                continue
            if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Delete)):
                nodes = (
                    node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
                )
                for target in nodes:
                    for name in targets(target):
                        yield name, None, node.lineno
            for name in _walrus_names(node):
                yield name, None, node.lineno
            if isinstance(node, (ast.For, ast.AsyncFor)):
                for name in targets(node.target):
                    yield name, None, node.lineno
            if isinstance(node, (ast.With, ast.AsyncWith)):
                for item in node.items:
                    if item.optional_vars is not None:
                        for name in targets(item.optional_vars):
                            yield name, None, node.lineno
            if isinstance(node, ast.Try):
                for handler in node.handlers:
                    if handler.name:
                        yield handler.name, None, handler.lineno
            if isinstance(node, ast.Match):
                for case in node.cases:
                    for sub in ast.walk(case.pattern):
                        captured = getattr(sub, "name", None)
                        if isinstance(captured, str):
                            yield captured, None, node.lineno
            for field in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(node, field, None)
                if isinstance(block, list):
                    inner = [
                        s
                        for item in block
                        for s in (item.body if isinstance(item, ast.ExceptHandler) else [item])
                    ]
                    yield from visit(inner)
            if isinstance(node, ast.Match):
                for case in node.cases:
                    yield from visit(case.body)

    yield from visit(tree.body)


def _walrus_names(node: ast.AST) -> Iterator[str]:
    """Names bound by `:=` in an expression; comprehensions leak them to the module."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.NamedExpr) and isinstance(sub.target, ast.Name):
            yield sub.target.id


def build_context(
    trusted_sources: Iterable[str],
    keras_names: Iterable[str] = (),
    test_sources: Iterable[str] | None = None,
    frozen: Iterable[str] = (),
) -> Context:
    """The context of a notebook from the source of its trusted code cells.

    Args:
        trusted_sources: The course's own code cells (setup, demonstrations, tests).
        keras_names: Attributes student Keras classes may not redefine.
        test_sources: The graded test cells among them; every trusted cell when None.
        frozen: Names student code may not bind (see `Context.frozen_names`).
    """
    trusted_sources = list(trusted_sources)
    names: set[str] = set()
    imports: dict[str, str] = {}
    visible: set[str] = set()
    hidden: set[str] = set()
    for source in trusted_sources:
        tree = parse(source)
        if tree is None:
            continue
        for name, target, _ in top_level_bindings(tree):
            names.add(name)
            if target is not None:
                imports[name] = target
        hidden_parts = HIDDEN_BLOCK.findall(source)
        visible_tree = parse(HIDDEN_BLOCK.sub("", source))
        if visible_tree is not None:
            visible.update(_all_bound(visible_tree))
        for part in hidden_parts:
            hidden_tree = parse(part)
            if hidden_tree is not None:
                hidden.update(_all_bound(hidden_tree))
    read: set[str] = set()
    for source in trusted_sources if test_sources is None else test_sources:
        tree = parse(HIDDEN_BLOCK.sub("", source))
        if tree is not None:
            read |= free_names(tree)
    return Context(
        trusted_names=frozenset(names),
        trusted_imports=imports,
        protected_names=frozenset((names & read) | set(imports)),
        frozen_names=frozenset(frozen),
        hidden_names=frozenset(hidden - visible),
        keras_names=frozenset(keras_names),
    )


def free_names(tree: ast.Module) -> set[str]:
    """Names a cell reads before it binds them (at top level or inside its functions).

    Statements are followed in order, into the bodies of `with`, `for`, `if`,
    `while` and `try`; a function's parameters and the names it assigns are its own.
    Where that is not exact it errs towards more names.
    """
    return _free(tree.body, set())


def _loads(node: ast.AST) -> set[str]:
    """Names an expression reads, less those its lambdas and comprehensions bind."""
    local: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Lambda):
            local |= {a.arg for a in ast.walk(sub.args) if isinstance(a, ast.arg)}
        elif isinstance(sub, ast.comprehension):
            local |= {n.id for n in ast.walk(sub.target) if isinstance(n, ast.Name)}
    names = {
        n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    return names - local


def _free(statements: list[ast.stmt], bound: set[str]) -> set[str]:
    free: set[str] = set()
    for statement in statements:
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            own = _function_locals(statement) | bound
            free |= _free(statement.body, own) | _loads(statement.args)
            free |= set().union(*(_loads(d) for d in statement.decorator_list)) - bound
            bound.add(statement.name)
            continue
        if isinstance(statement, (ast.With, ast.AsyncWith)):
            for item in statement.items:
                free |= _loads(item.context_expr) - bound
                if item.optional_vars is not None:
                    bound |= {n.id for n in ast.walk(item.optional_vars) if isinstance(n, ast.Name)}
            free |= _free(statement.body, bound)
            continue
        if isinstance(statement, (ast.For, ast.AsyncFor)):
            free |= _loads(statement.iter) - bound
            bound |= {n.id for n in ast.walk(statement.target) if isinstance(n, ast.Name)}
            free |= _free(statement.body + statement.orelse, bound)
            continue
        if isinstance(statement, (ast.If, ast.While)):
            free |= _loads(statement.test) - bound
            free |= _free(statement.body + statement.orelse, bound)
            continue
        if isinstance(statement, ast.Try):
            free |= _free(statement.body, bound)
            for handler in statement.handlers:
                if handler.type is not None:
                    free |= _loads(handler.type) - bound
                if handler.name:
                    bound.add(handler.name)
                free |= _free(handler.body, bound)
            free |= _free(statement.orelse + statement.finalbody, bound)
            continue
        free |= _loads(statement) - bound
        bound |= {name for name, _, _ in top_level_bindings(ast.Module([statement], []))}
    return free


def _all_bound(tree: ast.AST) -> set[str]:
    """Every name a tree binds anywhere: assignments, parameters, defs, imports."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update(a.asname or a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound


def _function_locals(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Parameters and names a function assigns (and does not declare global)."""
    declared = {
        name
        for sub in ast.walk(node)
        if isinstance(sub, (ast.Global, ast.Nonlocal))
        for name in sub.names
    }
    bound = _all_bound(ast.Module(body=node.body, type_ignores=[])) | {
        a.arg for a in ast.walk(node.args) if isinstance(a, ast.arg)
    }
    return bound - declared


def _root(node: ast.AST) -> ast.AST:
    """The innermost value of an attribute/subscript/call chain (`a` in `a.b[0].c()`)."""
    while True:
        if isinstance(node, (ast.Attribute, ast.Subscript)):
            node = node.value
        elif isinstance(node, ast.Call):
            node = node.func
        elif isinstance(node, ast.Starred):
            node = node.value
        else:
            return node


def _chain(node: ast.AST) -> list[str]:
    """`keras.layers.Layer` -> ['keras', 'layers', 'Layer'] ([] if not a plain chain)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return []


def _magic_call(node: ast.AST) -> tuple[str, str, list[tuple[str, int]]] | None:
    """For `get_ipython().run_line_magic(...)`/`run_cell_magic(...)` (what `%time x`
    and `%%time` become): the magic, its line, and the code it runs with the line
    that code starts on (0: the magic's own line, 1: the next)."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("run_line_magic", "run_cell_magic")
        and isinstance(node.func.value, ast.Call)
        and isinstance(node.func.value.func, ast.Name)
        and node.func.value.func.id == "get_ipython"
        and len(node.args) >= 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
    ):
        return None
    magic, line, *body = [str(a.value) for a in node.args]  # type: ignore[attr-defined]
    words = line.split()
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option in TIMEIT_VALUE_OPTIONS and words:
            words.pop(0)
    return magic, line, [(" ".join(words), 0)] + [(text, 1) for text in body]


def _magic_bindings(tree: ast.AST) -> set[str]:
    """Names bound by the code of timing magics (`%time y = f(x)`)."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        magic = _magic_call(node)
        if magic is not None and magic[0] in TIMING_MAGICS:
            for code, _ in magic[2]:
                try:
                    bound |= _all_bound(ast.parse(code))
                except SyntaxError:
                    pass
    return bound


class _Checker(ast.NodeVisitor):
    def __init__(self, context: Context, student_names: set[str], student_classes: set[str]):
        self.context = context
        self.student_names = student_names
        self.student_classes = student_classes
        self.keras_classes: set[str] = set()
        self.modules = dict(context.trusted_imports)
        self.violations: list[Violation] = []
        self.depth = 0  # functions, lambdas and classes around the node: 0 at top level
        self.comprehensions = 0
        self.methods: list[tuple[str, bool]] = []  # (self parameter, in a Keras class)
        self.locals: list[set[str]] = []  # names local to each enclosing function
        self.allowed_names: set[int] = set()  # ids of Name nodes in an allowed position
        self.allowed_attributes: set[int] = set()  # ids of `x.__class__` before `.__name__`
        self.line_offset = 0  # of the code of a timing magic, within its cell

    def flag(self, node: ast.AST, message: str) -> None:
        line = getattr(node, "lineno", 0) + self.line_offset
        self.violations.append(Violation(line, message))

    # names -------------------------------------------------------------------
    def visit_Name(self, node: ast.Name) -> None:
        name = node.id
        if isinstance(node.ctx, ast.Load) and id(node) not in self.allowed_names:
            if name == "get_ipython":
                self.flag(
                    node,
                    "IPython magics, shell commands and get_ipython() are not allowed "
                    "(only %time, %%time, %timeit and %matplotlib inline)",
                )
            elif name in FORBIDDEN_NAMES:
                self.flag(node, f"`{name}` is not allowed in graded code")
            elif name in ONE_ARGUMENT and name not in self.student_names:
                self.flag(node, f"`{name}` is allowed only as a call with one argument: {name}(x)")
            elif name in SAFE_DUNDERS:
                pass
            elif name.startswith("__") or (
                name.startswith("_") and name != "_" and name not in self.student_names
            ):
                self.flag(node, f"`{name}`: names starting with an underscore are not allowed")
            elif name in self.context.hidden_names and name not in self.student_names:
                self.flag(node, f"`{name}` belongs to the hidden tests")
            elif name in self.keras_classes:
                self.flag(
                    node,
                    f"the class `{name}` may only be called, subclassed or used in isinstance()",
                )
        elif isinstance(node.ctx, (ast.Store, ast.Del)) and self.depth == self.comprehensions == 0:
            self.check_binding(node, name)
        self.generic_visit(node)

    def check_binding(self, node: ast.AST, name: str, target: str | None = None) -> None:
        if name == "_":
            return
        if name in self.context.frozen_names:
            self.flag(
                node,
                f"`{name}` is computed by a course cell you changed or removed, and the tests "
                "read it: restore that cell (only comments and the numbers of its keyword "
                "arguments may change), and give your own value another name, such as "
                f"`my_{name}`",
            )
        elif name in self.context.protected_names and name in self.context.trusted_imports:
            course = self.context.trusted_imports.get(name)
            if target is not None and course in (target, MODULE_ALIASES.get(target)):
                return
            self.flag(
                node,
                f"`{name}` is defined by the course's cells and read by the tests, so it may "
                f"not be redefined: use another name, such as `my_{name}`",
            )
        elif name.startswith("__"):
            self.flag(node, f"`{name}`: names starting with two underscores are not allowed")

    def visit_Global(self, node: ast.Global) -> None:
        self._check_scope_names(node, node.names)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        self._check_scope_names(node, node.names)

    def _check_scope_names(self, node: ast.AST, names: list[str]) -> None:
        for name in names:
            if name in self.context.protected_names and name in self.context.trusted_imports:
                self.flag(node, f"`global {name}` would rebind a name the tests use")

    # imports -----------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.check_module(node, alias.name)
            bound = alias.asname or alias.name.split(".")[0]
            target = _import_target(alias, None)
            self.modules[bound] = target
            if self.depth == 0:
                self.check_binding(node, bound, target)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            self.flag(node, "relative imports are not allowed")
            return
        module = node.module or ""
        self.check_module(node, module)
        for alias in node.names:
            if alias.name == "*":
                self.flag(node, "`import *` is not allowed")
                continue
            if not (module == "json" and alias.name in SAFE_JSON):
                self.check_attribute_name(node, alias.name)
            bound = alias.asname or alias.name
            target = f"{module}.{alias.name}"
            self.modules[bound] = target
            if self.depth == 0:
                self.check_binding(node, bound, target)

    def check_module(self, node: ast.AST, module: str) -> None:
        parts = module.split(".")
        if parts[0] not in ALLOWED_MODULES:
            self.flag(node, f"importing `{module}` is not allowed")
            return
        for part in parts[1:]:
            self.check_attribute_name(node, part)

    # attributes --------------------------------------------------------------
    def check_attribute_name(self, node: ast.AST, attr: str, on_self: bool = False) -> None:
        if attr in SAFE_DUNDERS or id(node) in self.allowed_attributes:
            return
        if attr.startswith("__") or (attr.startswith("_") and not on_self):
            self.flag(node, f"`.{attr}`: attributes starting with an underscore are not allowed")
        elif attr in BLOCKED_ATTRIBUTES or attr.startswith("register"):
            self.flag(node, f"`.{attr}` is not allowed in graded code")

    def self_name(self) -> str | None:
        return self.methods[-1][0] if self.methods else None

    def visit_Attribute(self, node: ast.Attribute) -> None:
        is_super_init = (
            node.attr == "__init__"
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "super"
        )
        if node.attr in ("__name__", "__qualname__") and isinstance(node.value, ast.Attribute):
            if node.value.attr == "__class__":
                self.allowed_attributes.add(id(node.value))
        on_self = isinstance(node.value, ast.Name) and node.value.id == self.self_name()
        own_class = isinstance(node.value, ast.Name) and node.value.id in self.student_classes
        if own_class and not node.attr.startswith("_"):
            self.allowed_names.add(id(node.value))  # `Color.RED`, `MyLayer.from_config(...)`
        chain = _chain(node.value)
        reads_json = bool(chain) and self.modules.get(chain[0], chain[0]) == "json"
        if (reads_json and node.attr in SAFE_JSON) or (own_class and node.attr == "from_config"):
            pass
        elif not is_super_init:
            self.check_attribute_name(node, node.attr, on_self)
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            if name := self._trusted_root(node.value, modules=True):
                self.flag(
                    node, f"assigning `.{node.attr}` would change `{name}`, which the tests use"
                )
            elif (
                on_self and self.methods[-1][1] and node.attr in self.context.keras_names - SETTABLE
            ):
                self.flag(node, f"`self.{node.attr}` would replace Keras's own `{node.attr}`")
        self.generic_visit(node)

    # assignments that mutate the course's objects ----------------------------
    def _trusted_root(self, node: ast.AST, modules: bool = False) -> str | None:
        """The protected name an expression starts from (locals shadow them)."""
        root = _root(node)
        if not isinstance(root, ast.Name) or any(root.id in scope for scope in self.locals):
            return None
        if root.id in self.modules and root.id not in self.context.protected_names:
            return root.id if modules else None
        if root.id in self.context.protected_names and (
            modules or root.id not in self.context.trusted_imports
        ):
            return root.id
        return None

    def visit_Subscript(self, node: ast.Subscript) -> None:
        if isinstance(node.ctx, (ast.Store, ast.Del)) and (name := self._trusted_root(node)):
            self.flag(node, f"`{name}` belongs to the course's cells and may not be changed")
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        if isinstance(node.target, ast.Name) and self.depth == 0:
            self.check_binding(node, node.target.id)
        self.generic_visit(node)

    # calls -------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in ("getattr", "hasattr"):
                self.allowed_names.add(id(func))  # forbidden only as a value, not as a call
                if len(node.args) < 2 or not (
                    isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)
                ):
                    self.flag(node, f"`{func.id}` needs a literal attribute name")
                else:
                    self.check_attribute_name(node, node.args[1].value)
            elif func.id == "super" and (node.args or node.keywords):
                self._check_super_arguments(node)
            elif func.id in ONE_ARGUMENT and func.id not in self.student_names:
                if len(node.args) == 1 and not node.keywords:
                    self.allowed_names.add(id(func))
                else:
                    self.allowed_names.add(id(func))
                    self.flag(node, f"`{func.id}` is allowed only as a call with one argument")
            elif func.id in self.student_classes:
                self.allowed_names.add(id(func))
            elif func.id == "isinstance" and len(node.args) == 2:
                for sub in ast.walk(node.args[1]):
                    if isinstance(sub, ast.Name):
                        self.allowed_names.add(id(sub))
        if self._is_allowed_magic(node):
            return
        if isinstance(func, ast.Attribute):
            name = self._trusted_root(func.value)
            inplace = any(
                k.arg == "inplace" and not (isinstance(k.value, ast.Constant) and not k.value.value)
                for k in node.keywords
            )
            if name and (
                func.attr in MUTATING_METHODS or (func.attr in INPLACE_METHODS and inplace)
            ):
                self.flag(node, f"`{name}` belongs to the course's cells and may not be changed")
            if func.attr in MUTATING_FUNCTIONS and node.args:
                if target := self._trusted_root(node.args[0]):
                    self.flag(
                        node, f"`{target}` belongs to the course's cells and may not be changed"
                    )
        for keyword in node.keywords:
            if keyword.arg == "allow_pickle" and not (
                isinstance(keyword.value, ast.Constant) and not keyword.value.value
            ):
                self.flag(node, "`allow_pickle` loads code from data: save arrays without pickles")
            if keyword.arg == "out" and (target := self._trusted_root(keyword.value)):
                self.flag(node, f"`{target}` belongs to the course's cells and may not be changed")
        self.generic_visit(node)

    def _check_super_arguments(self, node: ast.Call) -> None:
        """`super(MyLayer, self)`: the enclosing classes and the method's own `self`."""
        args = node.args
        if (
            len(args) == 2
            and not node.keywords
            and isinstance(args[0], ast.Name)
            and args[0].id in self.student_classes
            and isinstance(args[1], ast.Name)
            and args[1].id == self.self_name()
        ):
            self.allowed_names.add(id(args[0]))
            return
        self.flag(node, "`super()` takes no arguments, or `super(YourClass, self)` in a method")

    def _is_allowed_magic(self, node: ast.Call) -> bool:
        """`%time`, `%%time`, `%timeit`, `%matplotlib inline`: check the code they run."""
        magic = _magic_call(node)
        if magic is None:
            return False
        name, line, pieces = magic
        if name == "matplotlib":
            return line.strip() in ("", "inline")
        if name not in TIMING_MAGICS:
            return False
        for code, offset in pieces:
            try:
                tree = ast.parse(code)
            except SyntaxError:
                return False  # left to fail when it runs
            self.line_offset += node.lineno - 1 + offset
            for statement in tree.body:
                self.visit(statement)
            self.line_offset -= node.lineno - 1 + offset
        return True

    # definitions -------------------------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if self.depth == 0:
            self.check_binding(node, node.name)
        self._visit_function(node)

    def _visit_function(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, method: tuple[str, bool] | None = None
    ) -> None:
        """Decorators, parameters and body; `method` is (self parameter, in a Keras class)."""
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.visit(node.args)
        if node.returns is not None:
            self.visit(node.returns)
        self.depth += 1
        self.locals.append(_function_locals(node))
        if method is not None:
            self.methods.append(method)
        for statement in node.body:
            self.visit(statement)
        if method is not None:
            self.methods.pop()
        self.locals.pop()
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    def _is_keras_base(self, base: ast.expr) -> bool:
        parts = _chain(base)
        if not parts:
            return False
        if len(parts) == 1:
            target = self.modules.get(parts[0], "")
            root, last = target.split(".")[0], target.split(".")[-1]
        else:
            root = self.modules.get(parts[0], parts[0]).split(".")[0]
            last = parts[-1]
        return root in ("keras", "tensorflow") and (
            last in ALLOWED_BASES or (len(parts) > 2 and parts[-2] == "layers")
        )

    def _is_plain_base(self, base: ast.expr) -> bool:
        parts = _chain(base)
        if len(parts) == 1 and parts[0] in PLAIN_BASES and parts[0] not in self.student_names:
            return True
        target = ".".join([self.modules.get(parts[0], parts[0]), *parts[1:]]) if parts else ""
        module, _, name = target.rpartition(".")
        return name in PLAIN_BASE_MODULES.get(module, ())

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if self.depth == 0:
            self.check_binding(node, node.name)
        if node.keywords:
            self.flag(node, f"class `{node.name}`: metaclasses and class keywords are not allowed")
        keras = False
        for base in node.bases:
            if isinstance(base, ast.Name) and base.id in self.student_classes:
                self.allowed_names.add(id(base))
                keras = keras or base.id in self.keras_classes
            elif self._is_keras_base(base):
                keras = True
            elif self._is_plain_base(base):
                pass
            else:
                self.flag(
                    base,
                    f"class `{node.name}` may derive only from Keras layers, models, callbacks, "
                    f"losses or metrics, from object, Exception, Enum or NamedTuple, or from "
                    f"your own classes; got `{ast.unparse(base)}`",
                )
            self.visit(base)
        if keras:
            self.keras_classes.add(node.name)
        for decorator in node.decorator_list:
            self.visit(decorator)
        self.depth += 1
        for statement in node.body:
            self._check_member(node, statement, keras)
        self.depth -= 1

    def _check_member(self, cls: ast.ClassDef, statement: ast.stmt, keras: bool) -> None:
        names: list[str] = []
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names = [statement.name]
        elif isinstance(statement, (ast.Assign, ast.AnnAssign)):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names = [n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)]
        for name in names:
            if name.startswith("__") and name not in ALLOWED_CLASS_DUNDERS:
                self.flag(statement, f"class `{cls.name}` may not define `{name}`")
            elif keras and name in self.context.keras_names and name not in OVERRIDABLE:
                self.flag(
                    statement,
                    f"class `{cls.name}` may not redefine Keras's `{name}`, which the tests use",
                )
        if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = statement.args.posonlyargs + statement.args.args
            is_static = any(
                isinstance(d, ast.Name) and d.id == "staticmethod" for d in statement.decorator_list
            )
            self._visit_function(
                statement, (params[0].arg if params and not is_static else "", keras)
            )
        else:
            self.visit(statement)

    def _visit_comprehension(self, node: ast.AST) -> None:
        """Comprehension variables are local: they bind nothing at top level."""
        self.comprehensions += 1
        self.generic_visit(node)
        self.comprehensions -= 1

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _visit_comprehension

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        if isinstance(node.target, ast.Name) and self.depth == 0:
            self.check_binding(node, node.target.id)  # `:=` binds in the enclosing scope
        self.generic_visit(node)


def student_bindings(trees: Iterable[ast.Module]) -> tuple[set[str], set[str]]:
    """All names student code binds anywhere, and the classes it defines."""
    names: set[str] = set()
    classes: set[str] = set()
    for tree in trees:
        names |= _all_bound(tree) | _magic_bindings(tree)
        classes |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    return names, classes


def check_cells(sources: list[str], context: Context) -> list[list[Violation]]:
    """The violations of each student cell, in order ([] for a cell that may run).

    A cell that is not valid Python is left to fail on its own when it runs.
    """
    trees = [parse(source) for source in sources]
    names, classes = student_bindings(t for t in trees if t is not None)
    results = []
    checker = _Checker(context, names, classes)
    for tree in trees:
        checker.violations = []
        if tree is not None:
            checker.visit(tree)
        results.append(sorted(set(checker.violations), key=lambda v: (v.line, v.message)))
    return results


def check_code(source: str, context: Context | None = None) -> list[Violation]:
    """Violations of one piece of student code on its own."""
    return check_cells([source], context or Context())[0]


@functools.lru_cache(maxsize=_TEXT_CACHE)
def shape_of(source: str) -> str:
    """The code of a cell without comments and layout: what trust is decided on."""
    tree = parse(source)
    return ast.dump(tree) if tree is not None else source.strip()


class _KeywordNumbers(ast.NodeTransformer):
    """Blank out numbers and booleans passed as keyword arguments (`epochs=50`)."""

    def visit_keyword(self, node: ast.keyword) -> ast.keyword:
        value = node.value
        if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
            value = value.operand
        if isinstance(value, ast.Constant) and (
            value.value is None or isinstance(value.value, (bool, int, float))
        ):
            node.value = ast.Constant("<number>")
        return node


@functools.lru_cache(maxsize=_TEXT_CACHE)
def loose_shape_of(source: str) -> str:
    """`shape_of`, with the numbers given as keyword arguments left out: a
    demonstration run with `epochs=100` instead of 50 is still the course's code."""
    tree = parse(source)
    return ast.dump(_KeywordNumbers().visit(tree)) if tree is not None else source.strip()


def shape_digest(source: str) -> str:
    """A short digest of `loose_shape_of(source)`, as stored in a student notebook."""
    return hashlib.sha256(loose_shape_of(source).encode()).hexdigest()[:24]


def course_bindings(cells: Iterable[tuple[str, bool]]) -> dict[str, set[str]]:
    """{name: digests of the cells that compute it} for the names the visible tests
    read that the course's other cells (setup, demonstrations) bind.

    Args:
        cells: (source, is a graded test cell) for each of the course's code cells.
    """
    cells = list(cells)
    read: set[str] = set()
    for source, is_test in cells:
        tree = parse(HIDDEN_BLOCK.sub("", source)) if is_test else None
        if tree is not None:
            read |= free_names(tree)
    bindings: dict[str, set[str]] = {}
    for source, is_test in cells:
        tree = None if is_test else parse(source)
        if tree is not None:
            for name, _, _ in top_level_bindings(tree):
                if name in read:
                    bindings.setdefault(name, set()).add(shape_digest(source))
    return bindings


def missing_course_names(bindings: dict[str, set[str]], present: set[str]) -> set[str]:
    """The names of `bindings` none of whose computing cells is `present` (digests)."""
    return {name for name, digests in bindings.items() if not digests & present}


# Where a student notebook lists the digests of the course's own code cells, so that
# the live check (nna_tf) and Validate tell them from the student's code as the
# grader does (the grader reads source/ instead).
NOTEBOOK_KEY = "nna"
COURSE_CELLS_KEY = "course_cells"  # digests of the course's code cells
COURSE_NAMES_KEY = "course_names"  # {name the tests read: digests of the cells computing it}


def _nbgrader(cell: dict) -> dict:
    return dict(cell.get("metadata", {}).get("nbgrader", {}))


def student_notebook_context(nb: dict) -> tuple[Context, set[str], list[int]]:
    """The rules' view of a student notebook (a release, or a student's copy of one).

    Returns:
        The context built from the course's cells, the digests that recognise a
        course cell, and the indices of the student's code cells.
    """
    stored = nb.get("metadata", {}).get(NOTEBOOK_KEY, {})
    digests = set(stored.get(COURSE_CELLS_KEY, []))
    bindings = {name: set(d) for name, d in stored.get(COURSE_NAMES_KEY, {}).items()}
    course, tests, student, present = [], [], [], set()
    for index, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        meta = _nbgrader(cell)
        text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        if not meta.get("solution") and is_course_cell(text, digests):
            course.append(text)
            present.add(shape_digest(text))
            if meta.get("grade"):
                tests.append(text)
        else:
            student.append(index)
    frozen = missing_course_names(bindings, present)
    return build_context(course, keras_names(), tests, frozen), digests, student


def is_course_cell(source: str, digests: set[str]) -> bool:
    """Whether `source` is one of the course's cells (see `course_cell_digests`)."""
    return shape_digest(source) in digests


def course_cell_digests(
    cells: Iterable[tuple[str, bool]],
) -> tuple[list[str], dict[str, list[str]]]:
    """What a student notebook stores to recognise the course's cells.

    Args:
        cells: (source, is a graded test cell) for each of the course's code cells.

    Returns:
        The digests of all of them, and `course_bindings` with sorted lists.
    """
    cells = list(cells)
    bindings = course_bindings(cells)
    digests = {shape_digest(source) for source, _ in cells}
    return sorted(digests), {name: sorted(d) for name, d in sorted(bindings.items())}


KERAS_NAMES_FILE = Path(__file__).with_name("keras_names.txt")


def installed_keras_names() -> list[str]:
    """Public attributes of Keras's Layer, Model and Callback in the installed Keras."""
    import keras

    classes = (keras.layers.Layer, keras.Model, keras.callbacks.Callback)
    return sorted({n for cls in classes for n in dir(cls) if not n.startswith("_")})


def keras_names() -> frozenset[str]:
    """The attributes student Keras classes may not redefine (`keras_names.txt`).

    Kept in a file so that grading never imports TensorFlow; the tests check the
    file against the installed Keras (`python -m autograde.policy` rewrites it).
    """
    return frozenset(KERAS_NAMES_FILE.read_text().split())


if __name__ == "__main__":
    KERAS_NAMES_FILE.write_text("\n".join(installed_keras_names()) + "\n")
    print(f"wrote {KERAS_NAMES_FILE}")
