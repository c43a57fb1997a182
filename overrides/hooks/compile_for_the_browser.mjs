// Build step of browser_runtime.py: does with the browser's own Python
// (Pyodide under Node, the same npm package the site serves) the work every
// reader's device would otherwise do at each start.
// - Byte-compiles the site's wheels: each module.py becomes module.pyc in
//   its place (sourceless, as Pyodide's own packages ship), and each wheel's
//   RECORD is rewritten to match. The project's wheel also gets every
//   template the generators declare, compiled by Jinja into a module of
//   generators._templates (see compiled_module in generators/core/grammar.py),
//   so the browser never runs Jinja's compiler.
// - Writes the standard library the site uses: npm's python_stdlib.zip holds
//   every module as source; the site's holds only the modules a start and
//   the wheels load (found by installing the wheels in a fresh interpreter,
//   importing all of them and using every call), compiled. 3.5 MB → 1.8 MB.
// - Takes the snapshot every start restores (python/snapshot.mjs): a fresh
//   interpreter on that standard library, the wheels every call needs
//   installed as the browser installs them (python/interpreter.mjs), and
//   every module of both imported. Wheels a call loads on demand (segno,
//   for QR codes) stay out; the standard modules they use are in.
//
//   node overrides/hooks/compile_for_the_browser.mjs wheels WHEEL...
//     compiles each wheel in place;
//   node overrides/hooks/compile_for_the_browser.mjs interpreter RUNTIME_DIR
//     once the lock in RUNTIME_DIR (the site's pyodide/ folder, where the
//     runtime and the wheels are) lists the compiled wheels: writes the
//     standard library and the snapshot there.
//   Each prints what it wrote, as JSON.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

import { BASE_WHEELS, CALLS } from "../../docs/assets/javascripts/python/calls.mjs";
import { installWheels, wheelsFor } from "../../docs/assets/javascripts/python/interpreter.mjs";
import {
  ON_DEMAND_STDLIB, SNAPSHOT_FILE, SNAPSHOT_STDLIB, capturingMemory, packSnapshot,
} from "../../docs/assets/javascripts/python/snapshot.mjs";

const STDLIB = "python_stdlib.zip";

// Run inside Pyodide; every file they read or write is in Pyodide's file system.
const COMPILE = `
import base64, csv, hashlib, io, os, py_compile, sysconfig, zipfile

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

def compile_stdlib(source, target, modules):
    """The standard library's zip with only these files (paths in the zip),
    each compiled, in the same order and with the same dates."""
    prefix = source + "/"
    with zipfile.ZipFile(source) as stdlib, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in stdlib.infolist():
            if info.filename not in modules:
                continue
            name = info.filename + "c"
            entry = zipfile.ZipInfo(name, info.date_time)
            entry.external_attr = info.external_attr
            out.writestr(entry, compiled(info.filename, stdlib.read(info), prefix + info.filename), zipfile.ZIP_DEFLATED)
`;

// Helpers for the second step, run in a namespace of their own in each
// interpreter it starts (so the snapshot's __main__ holds none of them).
const HELPERS = `
import importlib, json, pkgutil, sys, zipfile

def import_everything(tops):
    """Every module of these packages, imported."""
    for top in tops:
        package = importlib.import_module(top)
        for module in pkgutil.walk_packages(package.__path__, top + "."):
            if not module.name.endswith(".__main__"):
                importlib.import_module(module.name)

def standard_library():
    """The standard library's zip, as this runtime mounts it."""
    return next(entry for entry in sys.path if entry.endswith(".zip"))

def standard_modules():
    """Paths in the standard library's zip of every module loaded from it."""
    prefix = standard_library() + "/"
    return sorted({module.__file__[len(prefix):] for module in list(sys.modules.values())
                   if (getattr(module, "__file__", None) or "").startswith(prefix)})

def write_every_letter():
    """Every writer's example, written and exported, as the browser calls them."""
    from generators import SPECS
    from generators.web import browser
    for spec in SPECS.values():
        answer = json.loads(browser.call("render", json.dumps(
            {"writer": spec.id, "values": spec.example, "today": spec.example_today.isoformat()})))
        for letter in answer["letters"]:
            for format in ("txt", "docx"):
                browser.call("export", json.dumps({"letter": letter, "format": format}))

def make_a_qr_code():
    """The one call with a wheel of its own (segno)."""
    from generators.web import browser
    browser.call("qr", json.dumps({"text": "https://example.org/#fill?a=b"}))

def settle():
    """The import system told the standard library changed; garbage gone."""
    import gc
    importlib.invalidate_caches()
    gc.collect()

def import_modules(paths):
    """These modules of the standard library's zip (paths in it), imported."""
    for path in paths:
        importlib.import_module(path.removesuffix(".py").removesuffix("/__init__").replace("/", "."))
`;

// Node cannot fetch files: the same response, read from the disk.
const fetchFile = async (file) => new Response(readFileSync(file));
const npmRuntime = new URL("../../node_modules/pyodide/", import.meta.url).pathname;

// A fresh interpreter from a runtime folder.
async function python(runtimeURL, options = {}) {
  const { loadPyodide } = await import(`${runtimeURL}pyodide.mjs`);
  return loadPyodide({ indexURL: runtimeURL, ...options });
}

// HELPERS in a namespace of this interpreter: call(name, ...args), then
// forget() to drop them.
function helpers(pyodide) {
  const namespace = pyodide.toPy({});
  pyodide.runPython(HELPERS, { globals: namespace });
  return {
    call: (name, ...args) => {
      const [helper, ...given] = [namespace.get(name), ...args.map((arg) => pyodide.toPy(arg))];
      try {
        const result = helper(...given);
        return result?.toJs ? result.toJs() : result;
      } finally {
        [helper, ...given].forEach((proxy) => proxy?.destroy?.());
      }
    },
    forget: () => namespace.destroy(),
  };
}

// Step 1: the wheels, compiled in place.
async function compileWheels(wheels) {
  const compiler = await python(npmRuntime);
  compiler.runPython(COMPILE);
  // Installed first, as they are (sources), so the generators can be
  // imported to compile their templates.
  for (const wheel of wheels) compiler.FS.writeFile(`/tmp/${path.basename(wheel)}`, readFileSync(wheel));
  compiler.globals.get("install")(wheels.map((wheel) => `/tmp/${path.basename(wheel)}`));
  for (const wheel of wheels) {
    const name = path.basename(wheel);
    compiler.globals.get("compile_wheel")(`/tmp/${name}`, `/tmp/compiled-${name}`);
    writeFileSync(wheel, compiler.FS.readFile(`/tmp/compiled-${name}`));
  }
  return { wheels: wheels.map((wheel) => path.basename(wheel)) };
}

// Step 2, once the lock lists the compiled wheels: the standard library the
// site loads, and the snapshot.
async function prepareInterpreter(runtimeDir) {
  const runtimeURL = path.resolve(runtimeDir) + path.sep;
  const lock = JSON.parse(readFileSync(`${runtimeURL}pyodide-lock.json`, "utf8"));
  const base = wheelsFor(lock, BASE_WHEELS);
  const baseImports = base.flatMap(({ imports }) => imports);
  const onDemand = wheelsFor(lock, Object.values(CALLS).flatMap(({ wheels }) => wheels))
    .filter(({ name }) => !base.some((wheel) => wheel.name === name));

  // Which standard modules the site loads, in an interpreter on npm's
  // standard library that has done nothing else: the start, the wheels
  // installed as the browser installs them, every module of the base wheels,
  // every call; then the calls with a wheel of their own.
  const user = await python(npmRuntime);
  const measure = helpers(user);
  await installWheels(user, runtimeURL, fetchFile, base);
  measure.call("import_everything", baseImports);
  measure.call("write_every_letter");
  const everyCall = measure.call("standard_modules");
  await installWheels(user, runtimeURL, fetchFile, onDemand);
  measure.call("make_a_qr_code");
  const everything = measure.call("standard_modules");
  const onDemandOnly = everything.filter((name) => !everyCall.includes(name));

  // Compiled by the same runtime, once measuring is done.
  user.runPython(COMPILE);
  const compileStdlib = user.globals.get("compile_stdlib");
  const stdlib = measure.call("standard_library");
  compileStdlib(stdlib, `/tmp/${STDLIB}`, user.toPy(everything));
  compileStdlib(stdlib, `/tmp/${ON_DEMAND_STDLIB}`, user.toPy(onDemandOnly));
  writeFileSync(`${runtimeURL}${STDLIB}`, user.FS.readFile(`/tmp/${STDLIB}`));
  writeFileSync(`${runtimeURL}${ON_DEMAND_STDLIB}`, user.FS.readFile(`/tmp/${ON_DEMAND_STDLIB}`));
  writeFileSync(`${runtimeURL}${SNAPSHOT_STDLIB}`, EMPTY_ZIP);

  // The snapshot: a fresh interpreter on the site's standard library, the
  // base wheels installed as the browser installs them, and every module
  // that every call loads imported, then the standard library swapped for
  // the empty one a start from the snapshot mounts (its directory is read
  // again when the rest of it is put in place for an on-demand wheel).
  let initialMemory = null;
  const taker = await python(runtimeURL, {
    lockFileContents: lock,
    packageBaseUrl: runtimeURL,
    _makeSnapshot: true,
    createPyodideModule: capturingMemory(import(`${runtimeURL}pyodide.asm.mjs`), (memory) => {
      initialMemory = memory.slice();
    }),
  });
  const take = helpers(taker);
  await installWheels(taker, runtimeURL, fetchFile, base);
  take.call("import_modules", everyCall);
  take.call("import_everything", baseImports);
  taker.FS.writeFile(take.call("standard_library"), EMPTY_ZIP);
  take.call("settle");
  take.forget();
  const snapshot = taker.makeMemorySnapshot();
  writeFileSync(`${runtimeURL}${SNAPSHOT_FILE}`, gzipSync(packSnapshot(snapshot, initialMemory), { level: 9 }));
  return {
    stdlib: STDLIB, snapshot: SNAPSHOT_FILE, snapshot_size: snapshot.length,
    snapshot_stdlib: SNAPSHOT_STDLIB, on_demand_stdlib: ON_DEMAND_STDLIB,
    // What only a start without the snapshot fetches.
    boot_only_files: [STDLIB, ...base.map(({ file_name }) => file_name)],
  };
}

// A zip with no entries: only its end-of-central-directory record.
const EMPTY_ZIP = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);

const [step, ...args] = process.argv.slice(2);
const steps = { wheels: () => compileWheels(args), interpreter: () => prepareInterpreter(args[0]) };
if (!steps[step] || !args.length) {
  throw new Error("usage: compile_for_the_browser.mjs wheels WHEEL... | interpreter RUNTIME_DIR");
}
process.stdout.write(JSON.stringify(await steps[step]()));
