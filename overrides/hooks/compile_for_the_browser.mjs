// Build step of browser_runtime.py: byte-compiles, with the browser's own
// Python (Pyodide under Node, the same npm package the site serves), what the
// browser would otherwise compile on every visit. The .pyc files carry its
// magic number; each module.py becomes module.pyc in its place (sourceless,
// as Pyodide's own packages ship).
// - The site's wheels (measured: wheels, import and first render 2.9 s →
//   0.9 s in Chromium); each wheel's RECORD is rewritten to match. The
//   project's wheel also gets every template the generators declare,
//   compiled by Jinja into a module of generators._templates (see
//   compiled_module in generators/core/grammar.py), so the browser never
//   runs Jinja's compiler either.
// - The standard library: the npm package's python_stdlib.zip holds sources
//   only, so every start compiled each module it imports (most of a 4 s
//   boot, measured under Node). Every module the runtime and the generators
//   import (found by loading the wheels through Pyodide's package loader,
//   importing all of them and writing every writer's example here) is
//   compiled; the rest of the zip is copied as it is.
//
//   node overrides/hooks/compile_for_the_browser.mjs STDLIB_OUT WHEEL...
//     (STDLIB_OUT: where the compiled standard library is written; each
//     wheel is rewritten in place)

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const pyodideModule = new URL("../../node_modules/pyodide/pyodide.mjs", import.meta.url);

// Runs inside Pyodide; every file it reads or writes is in Pyodide's file system.
const COMPILE = `
import base64, csv, hashlib, importlib, io, os, pkgutil, py_compile, sys, sysconfig, zipfile

# The standard library's zip, as this runtime mounts it.
STDLIB = next(entry for entry in sys.path if entry.endswith(".zip"))

def compiled(name, source, dfile):
    """The .pyc of one module's source, named as it was (dfile: the path
    tracebacks show)."""
    scratch = f"/tmp/compile/{name}"
    os.makedirs(os.path.dirname(scratch), exist_ok=True)
    with open(scratch, "wb") as f:
        f.write(source)
    # Unchecked hash: there is no source to compare with, and the same code
    # gives the same bytes (a timestamp would not).
    py_compile.compile(scratch, cfile=scratch + "c", dfile=dfile, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    with open(scratch + "c", "rb") as f:
        return f.read()

def compiled_templates():
    """(path, source) for each template module, once the wheels are installed."""
    from generators.core.grammar import COMPILED_TEMPLATES, ENV, compiled_module, template_sources
    folder = COMPILED_TEMPLATES.replace(".", "/")
    yield f"{folder}/__init__.py", b"# Templates compiled by the build (compile_for_the_browser.mjs).\\n"
    for source in template_sources():
        code = ENV.compile(source, raw=True, defer_init=True)
        yield compiled_module(source).replace(".", "/") + ".py", code.encode()

def install(wheel_paths):
    for path in wheel_paths:
        zipfile.ZipFile(path).extractall(sysconfig.get_path("purelib"))

def compile_wheel(source, target):
    purelib = sysconfig.get_path("purelib")
    files = []
    with zipfile.ZipFile(source) as wheel:
        record = next(n for n in wheel.namelist() if n.endswith(".dist-info/RECORD"))
        members = [(info.filename, info.date_time, wheel.read(info)) for info in wheel.infolist()
                   if not info.is_dir() and info.filename != record]
    if any(name == "generators/core/grammar.py" for name, _, _ in members):
        date_time = members[0][1]
        members += [(name, date_time, data) for name, data in compiled_templates()]
    for name, date_time, data in members:
        if name.endswith(".py"):
            data = compiled(name, data, f"{purelib}/{name}")
            name += "c"
        files.append((name, date_time, data))
    rows = []
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for name, date_time, data in files:
            out.writestr(zipfile.ZipInfo(name, date_time), data, zipfile.ZIP_DEFLATED)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            rows.append((name, f"sha256={digest}", str(len(data))))
        rows.append((record, "", ""))
        text = io.StringIO()
        csv.writer(text, lineterminator="\\n").writerows(rows)
        out.writestr(zipfile.ZipInfo(record, files[0][1]), text.getvalue(), zipfile.ZIP_DEFLATED)

def use_everything(wheel_paths):
    """Import every module of these wheels and write every writer's example,
    so that every standard module a letter needs is loaded."""
    tops = set()
    for path in wheel_paths:
        with zipfile.ZipFile(path) as wheel:
            tops |= {name.split("/")[0] for name in wheel.namelist() if name.count("/") == 1
                     and name.endswith(("/__init__.py", "/__init__.pyc"))}
    for top in sorted(tops):
        package = importlib.import_module(top)
        for module in pkgutil.walk_packages(package.__path__, top + "."):
            if not module.name.endswith(".__main__"):
                importlib.import_module(module.name)
    import generators
    for spec in generators.SPECS.values():
        generators.render(spec.id, spec.example, spec.example_today)

def compile_stdlib(target):
    """The standard library's zip with every module loaded now compiled, in
    the same order and with the same dates."""
    prefix = STDLIB + "/"
    loaded = {module.__file__[len(prefix):] for module in list(sys.modules.values())
              if (getattr(module, "__file__", None) or "").startswith(prefix)}
    with zipfile.ZipFile(STDLIB) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            name, data = info.filename, source.read(info)
            if name in loaded and name.endswith(".py"):
                name, data = name + "c", compiled(name, data, prefix + name)
            entry = zipfile.ZipInfo(name, info.date_time)
            entry.external_attr = info.external_attr
            out.writestr(entry, data, zipfile.ZIP_DEFLATED)
`;

const [stdlibOut, ...wheels] = process.argv.slice(2);
if (!stdlibOut || !wheels.length) throw new Error("usage: compile_for_the_browser.mjs STDLIB_OUT WHEEL...");
const { loadPyodide } = await import(pyodideModule);
const pyodide = await loadPyodide({ indexURL: path.dirname(pyodideModule.pathname) + path.sep });
pyodide.runPython(COMPILE);
const compileWheel = pyodide.globals.get("compile_wheel");
// Installed first, as they are (sources), so the generators can be imported
// to compile their templates.
for (const wheel of wheels) pyodide.FS.writeFile(`/tmp/${path.basename(wheel)}`, readFileSync(wheel));
pyodide.globals.get("install")(wheels.map((wheel) => `/tmp/${path.basename(wheel)}`));
for (const wheel of wheels) {
  const name = path.basename(wheel);
  compileWheel(`/tmp/${name}`, `/tmp/compiled-${name}`);
  writeFileSync(wheel, pyodide.FS.readFile(`/tmp/compiled-${name}`));
}
// What the browser loads on demand goes through Pyodide's package loader
// (whose own imports are standard modules too).
await pyodide.loadPackage(wheels, { messageCallback: () => {} });
pyodide.globals.get("use_everything")(wheels.map((wheel) => `/tmp/compiled-${path.basename(wheel)}`));
pyodide.globals.get("compile_stdlib")("/tmp/python_stdlib.zip");
writeFileSync(stdlibOut, pyodide.FS.readFile("/tmp/python_stdlib.zip"));
