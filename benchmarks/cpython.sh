#!/usr/bin/env bash
# Measures the CPython WASM tier (BENCHMARKS.md): engine start, instantiate, snapshot restore and
# the workloads with fresh state per call. Needs Temurin 25 (the tier's classes are Java 25).
#   benchmarks/cpython.sh [iterations]        (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
iterations=${1:-200}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
mvn -B -q -pl sandbox-core -am test-compile -DskipTests
mvn -B -q -pl sandbox-core dependency:build-classpath -Dmdep.outputFile="$PWD/sandbox-core/target/cpython-bench.cp"
cp="sandbox-core/target/test-classes:sandbox-core/target/classes:$(cat sandbox-core/target/cpython-bench.cp)"
echo "# $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" -XX:-DontCompileHugeMethods -Xss16m -cp "$cp" \
  io.github.wasmsandbox.core.cpython.CPythonBenchmark benchmarks/workloads "$iterations"
