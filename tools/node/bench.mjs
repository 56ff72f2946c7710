// Speed anchor: the same micropython-patched.wasm the JVM runs, executed by V8 through the
// upstream JavaScript glue. Prints one JSON line per workload with p50/p99 in milliseconds.
//   node bench.mjs DIR_OF_WORKLOADS [iterations]
// "warm" reuses one interpreter (no fresh state, V8's best case); "fresh" boots a new
// interpreter per call, the same guarantee the JVM engine gives.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import "./sandbox-imports.mjs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const here = path.dirname(fileURLToPath(import.meta.url));
const wasm = path.resolve(here, "../../wasm/src/main/wasm/micropython-patched.wasm");
const dir = process.argv[2];
const iterations = Number(process.argv[3] || 50);

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function boot() {
  const mp = await loadMicroPython({ url: wasm, stdout: () => {}, stderr: () => {}, linebuffer: true });
  return mp;
}

function prepare(name) {
  const code = fs.readFileSync(path.join(dir, name + ".py"), "utf8");
  const inputsFile = path.join(dir, name + ".inputs.json");
  const inputs = fs.existsSync(inputsFile) ? fs.readFileSync(inputsFile, "utf8") : null;
  return { code, inputs };
}

function runOnce(mp, { code, inputs }) {
  if (inputs) {
    mp.globals.set("_inputs_json", inputs);
    mp.runPython("import json\nglobals().update(json.loads(_inputs_json))\ndel _inputs_json, json");
  }
  mp.runPython(code);
}

async function measure(name, mode, n) {
  const work = prepare(name);
  const times = [];
  let warm = await boot();
  for (let i = 0; i < Math.min(5, n); i++) runOnce(warm, work);
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    if (mode === "fresh") {
      const mp = await boot();
      runOnce(mp, work);
    } else {
      runOnce(warm, work);
    }
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { engine: "node-v8", node: process.version, workload: name, mode, n,
    p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

for (const name of ["hello", "transform", "fib", "loop", "json_transform", "dicts"]) {
  const heavy = name === "fib" || name === "loop" || name === "json_transform" || name === "dicts";
  for (const mode of ["warm", "fresh"]) {
    console.log(JSON.stringify(await measure(name, mode, heavy ? Math.min(iterations, 20) : iterations)));
  }
}
