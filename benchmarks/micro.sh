#!/usr/bin/env bash
# The compatibility layer's cost per call (BENCHMARKS.md, "What the rewriter and the library cost"):
# the scripts in benchmarks/micro/ through WasmExecutor, Temurin 25 with the JIT flag.
#   benchmarks/micro.sh        (run benchmarks/run.sh, or at least `mvn install`, first)
set -euo pipefail
cd "$(dirname "$0")/.."
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA_HOME=$jdk25 mvn -B -q -pl sandbox-core dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp="sandbox-core/target/classes:$(cat sandbox-core/target/bench.cp)"
echo "| script | p50 ms | status |"
echo "|---|---|---|"
"$jdk25/bin/java" -XX:-DontCompileHugeMethods -Xss16m -cp "$cp" benchmarks/micro/MicroBench.java benchmarks/micro 2>/dev/null
