// Build step of browser_runtime.py: byte-compiles the site's wheels for the
// browser's own Python (Pyodide under Node, the same npm package the site
// serves), so their .pyc files carry its magic number and the browser skips
// compiling Jinja2 and the generators on every visit (measured: wheels,
// import and first render 2.9 s → 0.9 s in Chromium). Each module.py becomes
// module.pyc in its place (sourceless, as Pyodide's own packages ship), and
// the wheel's RECORD is rewritten to match. The project's wheel also gets
// every template the generators declare, compiled by Jinja into a module of
// generators._templates (see compiled_module in generators/core/grammar.py),
// so the browser never runs Jinja's compiler either.
//
//   node overrides/hooks/compile_wheels.mjs WHEEL...      (each rewritten in place)

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const pyodideModule = new URL("../../node_modules/pyodide/pyodide.mjs", import.meta.url);

// Runs inside Pyodide: one wheel in, one wheel out, both in its file system.
const COMPILE = `
import base64, csv, hashlib, io, os, py_compile, sysconfig, zipfile

def compiled_templates():
    """(path, source) for each template module, once the wheels are installed."""
    from generators.core.grammar import COMPILED_TEMPLATES, ENV, compiled_module, template_sources
    folder = COMPILED_TEMPLATES.replace(".", "/")
    yield f"{folder}/__init__.py", b"# Templates compiled by the build (compile_wheels.mjs).\\n"
    for source in template_sources():
        code = ENV.compile(source, raw=True, defer_init=True)
        yield compiled_module(source).replace(".", "/") + ".py", code.encode()

def install(wheel_paths):
    for path in wheel_paths:
        zipfile.ZipFile(path).extractall(sysconfig.get_path("purelib"))

def compile_wheel(source, target):
    purelib = sysconfig.get_path("purelib")
    scratch = "/tmp/compile"
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
            os.makedirs(os.path.dirname(f"{scratch}/{name}"), exist_ok=True)
            with open(f"{scratch}/{name}", "wb") as f:
                f.write(data)
            # Unchecked hash: there is no source to compare with, and the
            # same code gives the same bytes (a timestamp would not).
            py_compile.compile(f"{scratch}/{name}", cfile=f"{scratch}/{name}c", dfile=f"{purelib}/{name}",
                               doraise=True, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            with open(f"{scratch}/{name}c", "rb") as f:
                data = f.read()
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
`;

const wheels = process.argv.slice(2);
if (!wheels.length) throw new Error("usage: compile_wheels.mjs WHEEL...");
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
