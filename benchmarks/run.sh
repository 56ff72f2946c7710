#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: the WASM engine with fresh state per call, and in the same run the
# anchors (CPython in a fresh subprocess per call, Node/V8 on the same wasm), on JDK 17 and 25,
# with and without -XX:-DontCompileHugeMethods.
#   benchmarks/run.sh [iterations]        (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-200}
corpus=${SANDBOX_CORPUS:-../shared/corpus}
mvn -B -q install -DskipTests
mvn -B -q -pl sandbox-core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
(cd tools/node && npm install --silent --no-audit --no-fund)
cp="sandbox-core/target/test-classes:sandbox-core/target/classes:$(cat sandbox-core/target/bench.cp)"
main=io.github.wasmsandbox.core.wasm.SandboxBenchmark
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -XX:-DontCompileHugeMethods -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" "$iterations" anchors
[ -x "$jdk25" ] && "$jdk25" -XX:-DontCompileHugeMethods -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" "$iterations"
# without the flag: the interpreter loop is never JIT-compiled
java -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" 20
