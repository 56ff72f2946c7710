// What the insertion-ordered dict patch costs: the same dict workloads on the upstream wasm
// (hash-ordered dicts) and on the patched one (ordered maps, linear-scan lookup), both under V8.
//   node dict-order-cost.mjs
import path from "node:path";
import { fileURLToPath } from "node:url";
import "./sandbox-imports.mjs";
import { loadMicroPython } from "@micropython/micropython-webassembly-pyscript";

const here = path.dirname(fileURLToPath(import.meta.url));
const wasmDir = path.resolve(here, "../../wasm/src/main/wasm");
const sizes = [100, 1000, 5000, 20000];
const workload = (n) => `
d = {}
for i in range(${n}):
    d['k' + str(i)] = i
t = 0
for i in range(${n}):
    t += d['k' + str(i)]
`;

for (const file of ["micropython.wasm", "micropython-patched.wasm"]) {
  const row = [];
  for (const n of sizes) {
    const mp = await loadMicroPython({ url: path.join(wasmDir, file), heapsize: 64 << 20, stdout: () => {} });
    mp.runPython(workload(100));
    const start = process.hrtime.bigint();
    mp.runPython(workload(n));
    row.push(`${n}: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(1)} ms`);
  }
  console.log(`${file.padEnd(26)} build + look up every key of a dict of N string keys: ${row.join(", ")}`);
}
