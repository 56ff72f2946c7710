#!/usr/bin/env bash
# Reproduces BENCHMARKS.md: the WASM engine with fresh state per call, and in the same run the
# anchors (CPython in a fresh subprocess per call, Node/V8 on the same wasm), on JDK 17 and 25,
# with and without -XX:-DontCompileHugeMethods.
#   benchmarks/run.sh [iterations]        (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-200}
corpus=${SANDBOX_CORPUS:-../shared/corpus}
# the build needs JDK 25 (the CPython tier's dependencies are Java 25 class files); it targets 17
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA_HOME=$jdk25 mvn -B -q install -DskipTests
JAVA_HOME=$jdk25 mvn -B -q -pl sandbox-core test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
(cd tools/node && npm install --silent --no-audit --no-fund)
cp="sandbox-core/target/test-classes:sandbox-core/target/classes:$(cat sandbox-core/target/bench.cp)"
main=io.github.wasmsandbox.core.wasm.SandboxBenchmark
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
jdk17=${JDK17_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
"$jdk17/bin/java" -XX:-DontCompileHugeMethods -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" "$iterations" anchors
[ -x "$jdk25/bin/java" ] && "$jdk25/bin/java" -XX:-DontCompileHugeMethods -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" "$iterations"
# without the flag: the interpreter loop is never JIT-compiled
"$jdk17/bin/java" -Xss4m -cp "$cp" $main benchmarks/workloads "$corpus" 20
