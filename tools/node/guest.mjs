// Runs Python files in the project's MicroPython guest (the patched, insertion-ordered wasm) under
// Node, with the compatibility library mounted read-only-in-spirit at /lib as the JVM host does.
//   node guest.mjs [--lib DIR] FILE.py...       prints each file's stdout; errors go to stderr
//   node guest.mjs --corpus DIR [--lib DIR]     runs every case of the corpus, prints pass/error/divergence
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import "./sandbox-imports.mjs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const wasmPath = path.join(root, "wasm/src/main/wasm/micropython-patched.wasm");
let lib = path.join(root, "sandbox-core/src/main/resources/io/github/wasmsandbox/core/wasm/pylib");
const args = process.argv.slice(2);
let corpus = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--lib") lib = args[++i];
  else if (args[i] === "--corpus") corpus = args[++i];
  else files.push(args[i]);
}

async function fresh() {
  let out = "";
  let err = "";
  const mp = await loadMicroPython({
    url: wasmPath,
    stdout: (s) => { out += s + "\n"; },
    stderr: (s) => { err += s + "\n"; },
    linebuffer: true,
  });
  mp.FS.mkdir("/lib");
  if (fs.existsSync(lib)) copyTree(mp, lib, "/lib");
  // The JVM host searches the compatibility library before MicroPython's frozen modules, so that
  // e.g. /lib/collections.py replaces the frozen, partial collections package.
  mp.runPython("import sys\nsys.path[:] = ['/lib', '.frozen']\ndel sys");
  // as the JVM driver does at start-up: builtins CPython has and MicroPython lacks
  mp.runPython("try:\n    import _sandbox_prelude\n    del _sandbox_prelude\nexcept ImportError:\n    pass");
  return { mp, output: () => ({ out, err }) };
}

function copyTree(mp, from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, entry.name);
    const dst = to + "/" + entry.name;
    if (entry.isDirectory()) { mp.FS.mkdir(dst); copyTree(mp, src, dst); }
    else if (entry.name.endsWith(".py")) mp.FS.writeFile(dst, fs.readFileSync(src));
  }
}

async function run(code) {
  const { mp, output } = await fresh();
  let error = null;
  // as the JVM driver does: dataclasses read field declarations from the running source
  mp.globals.set("_sandbox_source", code);
  try { mp.runPython(code); } catch (e) { error = String(e.message || e); }
  const { out, err } = output();
  return { out, err, error };
}

if (corpus) {
  // Each case runs in its own process with a deadline: some scripts never return on this guest.
  const cases = fs.readdirSync(path.join(corpus, "cases")).filter((f) => f.endsWith(".py")).sort();
  const counts = { pass: 0, error: 0, divergence: 0, hang: 0 };
  for (const file of cases) {
    const expected = fs.readFileSync(path.join(corpus, "cases", file.replace(/\.py$/, ".expected")), "utf8");
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--lib", lib,
      path.join(corpus, "cases", file)], { encoding: "utf8", timeout: 10000, maxBuffer: 64 << 20 });
    let kind;
    if (child.error || child.signal) kind = "hang";
    else if (child.status !== 0) kind = "error";
    else kind = child.stdout === expected ? "pass" : "divergence";
    counts[kind]++;
    if (kind !== "pass") {
      const last = (child.stderr || "").trim().split("\n").pop();
      console.log(`${kind.padEnd(10)} ${file}  ${kind === "error" ? last : ""}`);
    }
  }
  console.log(`pass=${counts.pass} error=${counts.error} divergence=${counts.divergence} hang=${counts.hang} of ${cases.length}`);
} else {
  for (const file of files) {
    const { out, err, error } = await run(fs.readFileSync(file, "utf8"));
    process.stdout.write(out);
    if (err) process.stderr.write(err);
    if (error) { process.stderr.write(error + "\n"); process.exitCode = 1; }
  }
}
