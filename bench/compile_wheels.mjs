// Byte-compiles the site's wheels for the browser's Python, using that very
// Python (Pyodide under Node), so the .pyc files carry its magic number.
// Part of an experiment (compile_wheels_experiment.py), not of the build.
//
//   node bench/compile_wheels.mjs compile SITE/pyodide OUT_DIR [OPTIMIZE]
//     writes OUT_DIR/<same wheel names> with each .py replaced by its .pyc
//     (legacy layout: module.pyc beside where module.py was, so it imports
//     with no source), RECORD rewritten, and OUT_DIR/pyodide-lock.json with
//     the new sha256s. OPTIMIZE 2 drops docstrings and asserts, as -OO.
//   node bench/compile_wheels.mjs time SITE/pyodide LOCK_DIR WRITER
//     one cold start under Node with the wheels of LOCK_DIR: prints the ms
//     of boot, loadPackage, import and first render as JSON.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [command, runtimeArg, dirArg, lastArg] = process.argv.slice(2);
const runtimeDir = path.resolve(runtimeArg) + path.sep;
const pyodideModule = new URL("../node_modules/pyodide/pyodide.mjs", import.meta.url);

// Runs inside Pyodide: one wheel in, one wheel out, both in its file system.
const COMPILE = `
import base64, csv, hashlib, io, os, py_compile, sysconfig, zipfile

def compile_wheel(source, target, optimize):
    purelib = sysconfig.get_path("purelib")
    scratch = "/tmp/compile"
    files = []
    with zipfile.ZipFile(source) as wheel:
        record = next(n for n in wheel.namelist() if n.endswith(".dist-info/RECORD"))
        for info in wheel.infolist():
            if info.is_dir() or info.filename == record:
                continue
            data = wheel.read(info)
            name = info.filename
            if name.endswith(".py"):
                os.makedirs(os.path.dirname(f"{scratch}/{name}"), exist_ok=True)
                with open(f"{scratch}/{name}", "wb") as f:
                    f.write(data)
                # Unchecked hash: no source to compare with, and the same
                # bytes on every build (a timestamp would change them).
                py_compile.compile(f"{scratch}/{name}", cfile=f"{scratch}/{name}c", dfile=f"{purelib}/{name}",
                                   doraise=True, optimize=optimize,
                                   invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
                with open(f"{scratch}/{name}c", "rb") as f:
                    data = f.read()
                name += "c"
            files.append((name, info.date_time, data))
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
    with open(target, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()
`;

async function compileAll(outDir, optimize) {
  const { loadPyodide } = await import(pyodideModule);
  const pyodide = await loadPyodide({ indexURL: path.dirname(pyodideModule.pathname) + path.sep });
  const lock = JSON.parse(readFileSync(path.join(runtimeDir, "pyodide-lock.json"), "utf8"));
  const python = pyodide.runPython("import sys; '.'.join(map(str, sys.version_info[:3]))");
  if (python !== lock.info.python) throw new Error(`Pyodide here runs Python ${python}, the site's lock is for ${lock.info.python}`);
  pyodide.runPython(COMPILE);
  const compileWheel = pyodide.globals.get("compile_wheel");
  mkdirSync(outDir, { recursive: true });
  for (const entry of Object.values(lock.packages)) {
    pyodide.FS.writeFile(`/tmp/${entry.file_name}`, readFileSync(path.join(runtimeDir, entry.file_name)));
    entry.sha256 = compileWheel(`/tmp/${entry.file_name}`, `/tmp/compiled-${entry.file_name}`, optimize);
    writeFileSync(path.join(outDir, entry.file_name), pyodide.FS.readFile(`/tmp/compiled-${entry.file_name}`));
  }
  writeFileSync(path.join(outDir, "pyodide-lock.json"), JSON.stringify(lock, null, 2));
}

async function timeStart(lockDir, writerId) {
  const started = performance.now();
  const { loadPyodide } = await import(new URL(`file://${runtimeDir}pyodide.mjs`));
  const lockPath = path.resolve(lockDir) + path.sep;
  const pyodide = await loadPyodide({
    indexURL: runtimeDir,
    lockFileURL: `${lockPath}pyodide-lock.json`,
    packageBaseUrl: lockPath,
  });
  const booted = performance.now();
  await pyodide.loadPackage(["next-steps"], { messageCallback: () => {} });
  const loaded = performance.now();
  pyodide.runPython("import generators");
  const imported = performance.now();
  pyodide.globals.set("bench_writer", writerId);
  const body = pyodide.runPython(
    "spec = generators.SPECS[bench_writer]\n" +
      "generators.render(bench_writer, spec.example, spec.example_today).letters[0].body",
  );
  const rendered = performance.now();
  process.stdout.write(JSON.stringify({
    boot: booted - started, load: loaded - booted, import: imported - loaded, render: rendered - imported, body,
  }));
}

if (command === "compile") await compileAll(path.resolve(dirArg), Number(lastArg ?? 0));
else if (command === "time") await timeStart(dirArg, lastArg);
else throw new Error("usage: compile_wheels.mjs compile SITE/pyodide OUT_DIR | time SITE/pyodide LOCK_DIR WRITER");
