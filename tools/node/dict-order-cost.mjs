// What dict order costs: the same dict workloads on the upstream wasm (hash-ordered dicts) and on
// the patched one (insertion-ordered maps with a hash index), both under V8. Other builds can be
// added for comparison, e.g. the patched guest before the hash index (ordered, linear-scan lookup):
//   node dict-order-cost.mjs [label=path/to/other.wasm ...]
// DICT_SIZES=100,1000 limits the sizes; DICT_BUILDS=patched limits the builds (by label).
import path from "node:path";
import { fileURLToPath } from "node:url";
import "./sandbox-imports.mjs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.resolve(here, "../../wasm/src/main/wasm");
const sizes = (process.env.DICT_SIZES || "100,1000,20000,200000").split(",").map(Number);
const skipAfterMs = 2000; // a build slower than this at one size is not run at the larger ones
const workload = (n) => `
d = {}
for i in range(${n}):
    d['k' + str(i)] = i
t = 0
for i in range(${n}):
    t += d['k' + str(i)]
`;

const builds = [
  ["upstream", path.join(wasmDir, "micropython.wasm")],
  ["patched", path.join(wasmDir, "micropython-patched.wasm")],
  ...process.argv.slice(2).map((arg) => arg.split("=")),
].filter(([label]) => !process.env.DICT_BUILDS || process.env.DICT_BUILDS.split(",").includes(label));
for (const [label, file] of builds) {
  const row = [];
  let last = 0;
  for (const n of sizes) {
    if (last > skipAfterMs) {
      row.push(`${n}: not run`);
      continue;
    }
    const mp = await loadMicroPython({ url: file, heapsize: 64 << 20, stdout: () => {} });
    mp.runPython(workload(100));
    const start = process.hrtime.bigint();
    mp.runPython(workload(n));
    last = Number(process.hrtime.bigint() - start) / 1e6;
    row.push(`${n}: ${last.toFixed(1)} ms`);
  }
  console.log(`${label.padEnd(12)} build + look up every key of a dict of N string keys: ${row.join(", ")}`);
}
