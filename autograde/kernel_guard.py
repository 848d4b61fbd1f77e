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

The guard lives under dunder names that student code cannot mention, and the
transformer and hook sit in IPython's shell, which it cannot reach either.
This module must not import anything of `autograde`: the sandbox does not
mount the package, and the kernel receives the source text.
"""

import ast
import builtins
import operator
import os
import types

GUARD = "__nna_guard__"
VALUE = "__nna_value__"
TRUSTED_NAMES_ENV = "NNA_TRUSTED_NAMES"
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
)


def _from_notebook(obj):
    return _getattr(obj, "__module__", None) == "__main__"


def _check(obj, name):
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


def install(shell):
    """Put the guard in the kernel (`shell` is the running IPython shell)."""
    names = [n for n in os.environ.get(TRUSTED_NAMES_ENV, "").split(",") if n]
    shell.user_ns[GUARD] = Guard()
    shell.ast_transformers.append(Rewrite())

    def freeze(*_):
        for name in names:
            if name in shell.user_ns:
                _freeze(shell.user_ns[name])

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
