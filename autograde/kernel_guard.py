"""Run-time guards of the grading kernel, installed before the first notebook cell.

`autograde.sandbox` starts every grading kernel with this file's code in
IPython's `exec_lines`. It complements the static rules of `autograde.policy`
where only the running program knows what an object is:

- Every attribute assignment or deletion in notebook code (`obj.name = value`,
  `obj.name += value`, `del obj.name`) is rewritten, by an IPython AST
  transformer, into a call that refuses to change a module, a class or function
  that does not come from the notebook, or to hide a library class's method
  behind an instance attribute (`model.predict = ...`). Properties with setters
  and ordinary data attributes are assigned as usual.
- After every cell, the NumPy arrays bound to names that the course's own cells
  define (`NNA_TRUSTED_NAMES`, from `autograde.enforce`) become read-only, so
  student code cannot rewrite the data a later test compares against.
- The course's cells (recognised by the digests in `NNA_TRUSTED_CELLS`) always
  see the course's values of the names they bind (`NNA_COURSE_NAMES`) and the
  real builtins: before such a cell runs, a value the student rebound is put
  aside and the course's value put back, and a student's `sum = 0` is hidden;
  afterwards the student's values return. A test never meets a rebound `checks`
  or `isinstance`, and a student's `sum = 0` never breaks a test.
- The cell transformations are fixed when the kernel starts: IPython's lists of
  input and AST transformers, its custom exception handler and the shell's
  attributes cannot be changed from notebook code, so no cell can rewrite or
  wrap the cells that follow it (a `try/except` around every test).

The guard lives under dunder names that student code cannot mention, and the
transformer and hook sit in IPython's shell, which it cannot reach either.
This module must not import anything of `autograde`: the sandbox does not
mount the package, and the kernel receives the source text.
"""

import ast
import builtins
import hashlib
import operator
import os
import types

GUARD = "__nna_guard__"
VALUE = "__nna_value__"
TRUSTED_NAMES_ENV = "NNA_TRUSTED_NAMES"
TRUSTED_CELLS_ENV = "NNA_TRUSTED_CELLS"
COURSE_NAMES_ENV = "NNA_COURSE_NAMES"
MESSAGE = "graded code may not"  # every refusal starts so (autograde.grade looks for it)
OPERATORS = {
    "Add": operator.iadd,
    "Sub": operator.isub,
    "Mult": operator.imul,
    "MatMult": operator.imatmul,
    "Div": operator.itruediv,
    "FloorDiv": operator.ifloordiv,
    "Mod": operator.imod,
    "Pow": operator.ipow,
    "LShift": operator.ilshift,
    "RShift": operator.irshift,
    "BitOr": operator.ior,
    "BitXor": operator.ixor,
    "BitAnd": operator.iand,
}
_setattr, _delattr, _getattr, _vars = builtins.setattr, builtins.delattr, builtins.getattr, vars
_PROTECTED = (
    types.ModuleType,
    types.FunctionType,
    types.BuiltinFunctionType,
    types.MethodType,
    types.CodeType,
    types.FrameType,
    types.CellType,
)


def cell_digest(code):
    """How the guard recognises a cell of the course: a digest of its code."""
    return hashlib.sha256(code.strip().encode()).hexdigest()[:24]


def _from_notebook(obj):
    return _getattr(obj, "__module__", None) == "__main__"


def _of_the_shell(obj):
    module = _getattr(type(obj), "__module__", "") or ""
    return module.split(".")[0] in ("IPython", "ipykernel", "traitlets")


def _check(obj, name):
    if _of_the_shell(obj):
        raise PermissionError(f"{MESSAGE} change the IPython shell ({type(obj).__name__}.{name})")
    if isinstance(obj, type):
        if not _from_notebook(obj):
            raise PermissionError(f"{MESSAGE} change the class {obj.__module__}.{obj.__qualname__}")
        return
    if isinstance(obj, _PROTECTED) and not _from_notebook(obj):
        label = obj.__name__ if isinstance(obj, types.ModuleType) else repr(obj)[:80]
        raise PermissionError(f"{MESSAGE} change attributes of {label}")
    for klass in type(obj).__mro__:
        if name in _vars(klass):
            member = _vars(klass)[name]
            method = callable(member) or isinstance(member, (staticmethod, classmethod))
            if method and not hasattr(type(member), "__set__") and not _from_notebook(klass):
                raise PermissionError(f"{MESSAGE} replace {type(obj).__name__}.{name} on an object")
            return


class Guard:
    """The checked replacements of attribute assignment and deletion."""

    def setattr(self, obj, name, value):
        _check(obj, name)
        _setattr(obj, name, value)

    def delattr(self, obj, name):
        _check(obj, name)
        _delattr(obj, name)

    def augment(self, obj, name, op, value):
        _check(obj, name)
        _setattr(obj, name, OPERATORS[op](_getattr(obj, name), value))


def _guard_call(method, *args):
    target = ast.Attribute(ast.Name(GUARD, ast.Load()), method, ast.Load())
    return ast.Expr(ast.Call(target, list(args), []))


class Rewrite(ast.NodeTransformer):
    """Route attribute assignments and deletions through the guard."""

    def visit_Assign(self, node):
        self.generic_visit(node)
        if not any(isinstance(t, ast.Attribute) for t in node.targets):
            return node
        value = ast.Name(VALUE, ast.Store())
        statements = [ast.Assign([value], node.value)]
        for target in node.targets:
            loaded = ast.Name(VALUE, ast.Load())
            if isinstance(target, ast.Attribute):
                statements.append(
                    _guard_call("setattr", target.value, ast.Constant(target.attr), loaded)
                )
            else:
                statements.append(ast.Assign([target], loaded))
        return [ast.fix_missing_locations(ast.copy_location(s, node)) for s in statements]

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not isinstance(node.target, ast.Attribute):
            return node
        call = _guard_call(
            "augment",
            node.target.value,
            ast.Constant(node.target.attr),
            ast.Constant(type(node.op).__name__),
            node.value,
        )
        return ast.fix_missing_locations(ast.copy_location(call, node))

    def visit_Delete(self, node):
        self.generic_visit(node)
        statements = []
        for target in node.targets:
            if isinstance(target, ast.Attribute):
                statements.append(_guard_call("delattr", target.value, ast.Constant(target.attr)))
            else:
                statements.append(ast.Delete([target]))
        return [ast.fix_missing_locations(ast.copy_location(s, node)) for s in statements]


def _freeze(value, depth=0):
    import numpy

    if isinstance(value, numpy.ndarray):
        try:
            value.setflags(write=False)
        except ValueError:
            pass
    elif depth == 0 and isinstance(value, (list, tuple)):
        for item in value:
            _freeze(item, 1)
    elif depth == 0 and isinstance(value, dict):
        for item in value.values():
            _freeze(item, 1)


class CourseNames:
    """Give the course's cells the course's values and the real builtins."""

    MISSING = object()

    def __init__(self, namespace, names, digests):
        self.namespace = namespace
        self.names = names
        self.digests = digests
        self.course = {}  # name -> the value the course's cells left
        self.aside = {}  # name -> the student's value, while a course cell runs
        self.running = False

    def before(self, info):
        self.running = cell_digest(info.raw_cell or "") in self.digests
        if not self.running:
            return
        ns = self.namespace
        for name, value in self.course.items():
            current = ns.get(name, self.MISSING)
            if current is not value:
                self.aside[name] = current
                ns[name] = value
        for name in [n for n in ns if n in _BUILTINS and ns[n] is not _BUILTINS[n]]:
            if name not in self.course:
                self.aside[name] = ns.pop(name)

    def after(self, *_):
        if not self.running:
            return
        ns = self.namespace
        before = dict(self.course)
        for name in self.names:
            if name in ns:
                self.course[name] = ns[name]
        for name, value in self.aside.items():
            untouched = (
                ns.get(name, self.MISSING) is before[name] if name in before else name not in ns
            )
            if untouched:
                if value is self.MISSING:
                    ns.pop(name, None)
                else:
                    ns[name] = value
        self.aside = {}
        self.running = False


_BUILTINS = dict(_vars(builtins))


def _only_for_course_cells(method, course):
    """`method`, callable only while a course cell runs (`nna_tf.setup()` installs its
    short tracebacks with `set_custom_exc`; a student's handler could hide errors)."""

    def guarded(*args, **kwargs):
        if not course.running:
            raise PermissionError(f"{MESSAGE} change how the shell handles errors")
        return method(*args, **kwargs)

    return guarded


def _fix_transformations(shell):
    """Run every cell through the transformers the kernel started with, whatever
    notebook code does to the shell's own lists afterwards."""
    from IPython.core.inputtransformer2 import TransformerManager

    manager = TransformerManager()
    manager.cleanup_transforms = list(shell.input_transformer_manager.cleanup_transforms)
    manager.line_transforms = list(shell.input_transformer_manager.line_transforms)
    manager.token_transformers = list(shell.input_transformer_manager.token_transformers)
    post = tuple(shell.input_transformers_post)
    ast_transformers = tuple(shell.ast_transformers)

    def transform_cell(raw_cell):
        lines = manager.transform_cell(raw_cell).splitlines(keepends=True)
        for transform in post:
            lines = transform(lines)
        return "".join(lines)

    def transform_ast(node):
        for transformer in ast_transformers:
            node = transformer.visit(node)
        return ast.fix_missing_locations(node)

    _setattr(shell, "transform_cell", transform_cell)
    _setattr(shell, "transform_ast", transform_ast)


def install(shell):
    """Put the guard in the kernel (`shell` is the running IPython shell)."""

    def listed(env):
        return [n for n in os.environ.get(env, "").split(",") if n]

    names = listed(TRUSTED_NAMES_ENV)
    shell.user_ns[GUARD] = Guard()
    shell.ast_transformers.append(Rewrite())
    _fix_transformations(shell)

    def freeze(*_):
        for name in names:
            if name in shell.user_ns:
                _freeze(shell.user_ns[name])

    course = CourseNames(shell.user_ns, listed(COURSE_NAMES_ENV), set(listed(TRUSTED_CELLS_ENV)))
    _setattr(shell, "set_custom_exc", _only_for_course_cells(shell.set_custom_exc, course))
    shell.events.register("pre_run_cell", course.before)
    shell.events.register("post_run_cell", course.after)
    shell.events.register("post_run_cell", freeze)


def exec_line():
    """One line of Python that installs this guard when run in a kernel."""
    import base64

    with open(__file__, encoding="utf-8") as handle:
        encoded = base64.b64encode(handle.read().encode()).decode()
    return f"exec(__import__('base64').b64decode('{encoded}').decode(), {{'__name__': '{NAME}'}})"


NAME = "nna_kernel_guard"
if __name__ == NAME:  # run by `exec_line()` inside the kernel
    from IPython import get_ipython

    install(get_ipython())
