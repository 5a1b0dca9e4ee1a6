"""Every service method the desktop program's screens reach, found by reading their source.

The screens are handed services (never the bundle's type names): `CaseloadPage(services.clients,
services.search, ...)` keeps them as `self._clients`, passes `ops.create` to a generic panel,
calls `self._clients.caseload(query)` in a lambda. So this follows the values, not the names:
an abstract interpretation over assist_desktop/gui (ast only, nothing imported from it) with
three kinds of value: the bundle (`<anything>.services`), a service ("matters", or a
sub-service "matters.parties"), and a member of a service ("matters", "summaries"). Values flow
through assignments (locals, `self.x`), the arguments of calls to the GUI's own classes,
methods and functions, tuples, `a if c else b`, `x or y` and `getattr(x, "name", default)`,
until nothing new is learned. A member is *used* when it is read at all: called, passed on
as a callable (the panel calls it later) or tested (`if services.statistics.allowed:`).
"""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "assist_desktop" / "gui"
PACKAGE = "assist_desktop.gui"

BUNDLE = ("bundle",)


def service(path: str) -> tuple:
    return ("service", path)


def member(path: str, name: str) -> tuple:
    return ("member", path, name)


@dataclass
class Use:
    path: str          # "matters" or "matters.parties"
    name: str          # the member read
    called: bool       # called where it was read (else passed on or tested)
    where: str         # module:line, for the failure message
    callables: set = field(default_factory=set)   # arguments given a function (cannot travel)


@dataclass
class Module:
    name: str
    tree: ast.Module
    classes: dict[str, ast.ClassDef] = field(default_factory=dict)
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)   # local -> (module, name)


class Analysis:
    def __init__(self, fields: set[str], sub_services: dict[str, set[str]],
                 extra_services: dict[str, str]):
        """fields: CentreServices' field names; sub_services: service -> its sub-service
        attributes (RecordOps); extra_services: attribute -> service path reached from
        anything (`centre.server_backups`)."""
        self.fields, self.subs, self.extra = fields, sub_services, extra_services
        self.modules: dict[str, Module] = {}
        self.params: dict[tuple, set] = {}        # (module, class, function, param) -> values
        self.attrs: dict[tuple, set] = {}         # (module, class, attr) -> values
        self.uses: dict[tuple, Use] = {}
        self.lines: set[tuple[str, int]] = set()     # where a service member is read
        self._changed = False
        self._families: dict[tuple, list] = {}
        for path in sorted(GUI.rglob("*.py")):
            if "forms" in path.relative_to(GUI).parts:
                continue
            rel = path.relative_to(GUI).with_suffix("")
            name = ".".join((PACKAGE, *rel.parts)).removesuffix(".__init__")
            self._load(name, path)

    # --- reading the modules --------------------------------------------------------------
    def _load(self, name: str, path: Path) -> None:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        module = Module(name, tree)
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                module.classes[node.name] = node
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                module.functions[node.name] = node
        for node in ast.walk(tree):      # imports inside functions too (lazy imports)
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    module.imports[alias.asname or alias.name] = (node.module, alias.name)
        self.modules[name] = module

    def _resolve(self, module: Module, name: str):
        """A name in a module -> ("class", Module, ClassDef) / ("function", Module, def)."""
        if name in module.classes:
            return "class", module, module.classes[name]
        if name in module.functions:
            return "function", module, module.functions[name]
        target = module.imports.get(name)
        if target and target[0] in self.modules:
            other = self.modules[target[0]]
            if target[1] in other.classes or target[1] in other.functions:
                return self._resolve(other, target[1])
        return None

    def _mro(self, module: Module, cls: ast.ClassDef):
        """(module, class) of cls and its bases that are GUI classes, nearest first."""
        out, todo = [], [(module, cls)]
        while todo:
            mod, klass = todo.pop(0)
            if (mod.name, klass.name) in [(m.name, k.name) for m, k in out]:
                continue
            out.append((mod, klass))
            for base in klass.bases:
                if isinstance(base, ast.Name):
                    found = self._resolve(mod, base.id)
                    if found and found[0] == "class":
                        todo.append((found[1], found[2]))
        return out

    def _family(self, module: Module, cls: ast.ClassDef):
        """cls, its GUI bases and the GUI classes built on it (a mixin's methods read what
        the class that mixes it in stored on self)."""
        key = (module.name, cls.name)
        if key not in self._families:
            out = self._mro(module, cls)
            for other in self.modules.values():
                for klass in other.classes.values():
                    mro = self._mro(other, klass)
                    if any((m.name, k.name) == key for m, k in mro[1:]):
                        out += mro
            self._families[key] = out
        return self._families[key]

    def _roots(self, fn) -> set[str]:
        """Whether fn reads `.services` or another root of the services itself."""
        roots = {"services", *self.extra}
        return _cached("roots", fn, lambda f: {
            n.attr for n in ast.walk(f) if isinstance(n, ast.Attribute) and n.attr in roots})

    @staticmethod
    def _stored(cls) -> set[str]:
        """The attributes a class's methods set on self."""
        return _cached("stored", cls, lambda c: {
            n.attr for n in ast.walk(c) if isinstance(n, ast.Attribute) and _is_self(n.value)
            and isinstance(n.ctx, ast.Store)})

    def _method(self, module: Module, cls: ast.ClassDef, name: str):
        for mod, klass in self._mro(module, cls):
            for node in klass.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                        node.name == name:
                    return mod, klass, node
        return None

    # --- the fixpoint ---------------------------------------------------------------------
    def run(self) -> list[Use]:
        for _ in range(30):
            self._changed = False
            for module in self.modules.values():
                for node in module.tree.body:
                    if isinstance(node, ast.ClassDef):
                        for item in node.body:
                            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                                self._function(module, node, item)
                    elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        self._function(module, None, node)
            if not self._changed:
                return list(self.uses.values())
        raise AssertionError("the flow of services through the GUI did not settle")

    def _add(self, table: dict, key, values: set) -> None:
        if not values:
            return
        known = table.setdefault(key, set())
        if not values <= known:
            known |= values
            self._changed = True

    def _function(self, module: Module, cls, fn) -> None:
        ctx = _Ctx(module, cls, fn, {})
        for arg in _all_args(fn):
            ctx.locals[arg.arg] = set(self.params.get(
                (module.name, cls.name if cls else None, fn.name, arg.arg), ()))
        if not any(ctx.locals.values()) and not self._roots(fn) and not (
                cls and any(self.attrs.get((m.name, k.name, a)) for m, k in
                            self._family(module, cls) for a in self._stored(k))):
            return                       # nothing here can be a service (yet)
        for _ in range(2):               # a local assigned below where it is first read
            for stmt in fn.body:
                self._stmt(stmt, ctx)

    def _stmt(self, node, ctx) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for stmt in node.body:       # a nested function sees the enclosing locals
                self._stmt(stmt, ctx)
            return
        if isinstance(node, ast.ClassDef):
            return
        if isinstance(node, ast.Assign):
            for target in node.targets:
                self._assign(target, node.value, ctx)
            return
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            self._assign(node.target, node.value, ctx)
            return
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.stmt):
                self._stmt(child, ctx)
            elif isinstance(child, ast.expr):
                self._expr(child, ctx)
            else:                        # except handlers, match cases, comprehensions
                for sub in ast.iter_child_nodes(child):
                    if isinstance(sub, ast.stmt):
                        self._stmt(sub, ctx)
                    elif isinstance(sub, ast.expr):
                        self._expr(sub, ctx)

    def _assign(self, target, value, ctx) -> None:
        if isinstance(target, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) \
                and len(target.elts) == len(value.elts):
            for t, v in zip(target.elts, value.elts):
                self._assign(t, v, ctx)
            return
        values = self._expr(value, ctx)
        if isinstance(target, (ast.Tuple, ast.List)):     # a, b = self._pair
            for value in values:
                if value[0] == "tuple" and len(value[1]) == len(target.elts):
                    for t, v in zip(target.elts, value[1]):
                        self._store(t, set(v), ctx)
            return
        self._store(target, values, ctx)

    def _store(self, target, values: set, ctx) -> None:
        if isinstance(target, ast.Name):
            ctx.locals.setdefault(target.id, set()).update(values)
        elif isinstance(target, ast.Attribute) and _is_self(target.value) and ctx.cls:
            self._add(self.attrs, (ctx.module.name, ctx.cls.name, target.attr), values)
        else:
            self._expr(target, ctx)

    def _expr(self, node, ctx) -> set:
        if node is None:
            return set()
        if isinstance(node, ast.Name):
            return set(ctx.locals.get(node.id, ()))
        if isinstance(node, ast.Attribute):
            return self._attribute(node, ctx, called=False)
        if isinstance(node, ast.Call):
            return self._call(node, ctx)
        if isinstance(node, ast.Lambda):
            inner = _Ctx(ctx.module, ctx.cls, ctx.fn, dict(ctx.locals))
            for arg in _all_args(node):
                inner.locals[arg.arg] = set()
            self._expr(node.body, inner)
            return set()
        if isinstance(node, ast.IfExp):
            self._expr(node.test, ctx)
            return self._expr(node.body, ctx) | self._expr(node.orelse, ctx)
        if isinstance(node, ast.BoolOp):
            out = set()
            for value in node.values:
                out |= self._expr(value, ctx)
            return out
        if isinstance(node, (ast.Tuple, ast.List)):
            items = tuple(frozenset(self._expr(e, ctx)) for e in node.elts)
            return {("tuple", items)} if any(items) else set()
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) and \
                isinstance(node.slice.value, int):          # self._services[0]
            out = set()
            for value in self._expr(node.value, ctx):
                if value[0] == "tuple" and -len(value[1]) <= node.slice.value < len(value[1]):
                    out |= value[1][node.slice.value]
            return out
        if isinstance(node, ast.NamedExpr):
            values = self._expr(node.value, ctx)
            ctx.locals.setdefault(node.target.id, set()).update(values)
            return values
        for child in ast.iter_child_nodes(node):     # tuples, comprehensions, f-strings...
            if isinstance(child, ast.expr):
                self._expr(child, ctx)
            elif isinstance(child, ast.comprehension):
                for sub in ast.iter_child_nodes(child):
                    self._expr(sub, ctx)
        return set()

    def _attribute(self, node: ast.Attribute, ctx, called: bool) -> set:
        return self._read(self._expr(node.value, ctx) if not _is_self(node.value) else set(),
                          node.value, node.attr, node, ctx, called)

    def _read(self, bases: set, base_node, attr: str, node, ctx, called: bool) -> set:
        out = set()
        if attr == "services":
            out.add(BUNDLE)
        if attr in self.extra:
            out.add(service(self.extra[attr]))
        if _is_self(base_node) and ctx.cls:
            for mod, klass in self._family(ctx.module, ctx.cls):
                out |= self.attrs.get((mod.name, klass.name, attr), set())
        for value in bases:
            if value == BUNDLE and attr in self.fields:
                out.add(service(attr))
            elif value[0] == "service":
                path = value[1]
                if attr in self.subs.get(path, ()):
                    out.add(service(f"{path}.{attr}"))
                else:
                    out.add(member(path, attr))
                    key = (path, attr)
                    self.lines.add((ctx.module.name, node.lineno))
                    where = f"{ctx.module.name}:{node.lineno}"
                    if key not in self.uses:
                        self.uses[key] = Use(path, attr, called, where)
                    elif called and not self.uses[key].called:
                        self.uses[key].called = True
        return out

    def _call(self, node: ast.Call, ctx) -> set:
        func = node.func
        args = [self._expr(a.value if isinstance(a, ast.Starred) else a, ctx) for a in node.args]
        kwargs = {k.arg: self._expr(k.value, ctx) for k in node.keywords}
        if isinstance(func, ast.Name) and func.id == "getattr" and len(node.args) >= 2 and \
                isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
            return self._read(args[0], node.args[0], node.args[1].value, node, ctx, False) | \
                (args[2] if len(args) > 2 else set())
        if isinstance(func, ast.Attribute):
            for value in self._attribute(func, ctx, called=True):
                if value[0] == "member":
                    given = [(str(i), a) for i, a in enumerate(node.args)] + \
                        [(k.arg, k.value) for k in node.keywords]
                    self.uses[value[1:]].callables |= {
                        name for name, a in given if isinstance(a, ast.Lambda) or
                        isinstance(a, ast.Name) and a.id in _local_defs(ctx.fn)}
            if _is_self(func.value) and ctx.cls:
                found = self._method(ctx.module, ctx.cls, func.attr)
                if found:
                    self._bind(found[0], found[1], found[2], args, kwargs, method=True)
            return set()
        if isinstance(func, ast.Name):
            found = self._resolve(ctx.module, func.id)
            if found and found[0] == "class":
                init = self._method(found[1], found[2], "__init__")
                if init:
                    self._bind(init[0], init[1], init[2], args, kwargs, method=True)
            elif found:
                self._bind(found[1], None, found[2], args, kwargs, method=False)
            return set()
        self._expr(func, ctx)
        return set()

    def _bind(self, module: Module, cls, fn, args, kwargs, method: bool) -> None:
        positional = [a.arg for a in fn.args.posonlyargs + fn.args.args]
        if method:
            positional = positional[1:]
        key = (module.name, cls.name if cls else None, fn.name)
        for name, values in zip(positional, args):
            self._add(self.params, (*key, name), values)
        names = set(positional) | {a.arg for a in fn.args.kwonlyargs}
        for name, values in kwargs.items():
            if name in names:
                self._add(self.params, (*key, name), values)


@dataclass
class _Ctx:
    module: Module
    cls: ast.ClassDef | None
    fn: ast.AST
    locals: dict[str, set]


_CACHE: dict[tuple[str, int], set[str]] = {}


def _cached(kind: str, node, work) -> set[str]:
    key = (kind, id(node))
    if key not in _CACHE:
        _CACHE[key] = work(node)
    return _CACHE[key]


def _local_defs(fn) -> set[str]:
    return _cached("defs", fn, lambda f: {
        n.name for n in ast.walk(f)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n is not f})


def _is_self(node) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _all_args(fn):
    a = fn.args
    return a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x]


def sub_services() -> dict[str, set[str]]:
    """service field -> attributes its service class sets to a RecordOps (read from the
    services' source: `self.parties: RecordOps[Party] = RecordOps(...)`)."""
    import dataclasses
    import inspect
    import typing

    from assist_desktop.services import open_centre
    from assist_desktop.wire import exposed
    hints = typing.get_type_hints(open_centre.CentreServices, vars(open_centre) | exposed._doc_ns())
    out: dict[str, set[str]] = {}
    for f in dataclasses.fields(open_centre.CentreServices):
        if f.name == "changes":
            continue
        cls = exposed.service_class(hints[f.name])
        tree = ast.parse(inspect.getsource(cls))
        for node in ast.walk(tree):
            targets = node.targets if isinstance(node, ast.Assign) else \
                [node.target] if isinstance(node, ast.AnnAssign) else []
            value = getattr(node, "value", None)
            if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and
                    value.func.id.endswith("Ops")):
                continue
            for target in targets:
                if isinstance(target, ast.Attribute) and _is_self(target.value) and \
                        not target.attr.startswith("_"):
                    out.setdefault(f.name, set()).add(target.attr)
    return out


def screen_uses() -> list[Use]:
    import dataclasses

    from assist_desktop.services.open_centre import CentreServices
    fields = {f.name for f in dataclasses.fields(CentreServices)} - {"changes"}
    return Analysis(fields, sub_services(), {"server_backups": "server_backups"}).run()
