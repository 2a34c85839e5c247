#!/usr/bin/env bash
# Runs the benchmarks (all, or those named: polling bulk cold list meta-limits validate) and writes their figures into
# benchmarks/README.md. Benchmarks are not tests: `mvn verify` never runs them.
# Usage, from anywhere: benchmarks/run.sh [polling] [bulk] [cold] [list] [meta-limits] [validate]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time (peak memory of the cold-start processes)..."
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q time >/dev/null; else sudo apt-get install -y -q time >/dev/null; fi
fi

# Private copies of the jars: another engineer re-installing a module into ~/.m2 while the
# benchmarks run must not pull a jar from under the running JVM.
rm -rf benchmarks/target/lib
# Build and install what the benchmarks drive (the handler modules' shaded jars, the emulator, the
# runner), so the command works on a fresh clone with an empty local repository too.
mvn -B -q install -DskipTests -Djacoco.skip.check=true -pl benchmarks -am
mvn -B -q -pl benchmarks dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=target/lib
# The rpdk wrapper empties java.io.tmpdir on every request: give it a folder of its own.
mkdir -p benchmarks/target/bench-tmp
exec java -Xmx2g -Djava.io.tmpdir=benchmarks/target/bench-tmp -Dbenchmarks.command="benchmarks/run.sh${*:+ $*}" \
  -cp "benchmarks/target/classes:benchmarks/target/lib/*" \
  com.eumsocial.whatsapp.benchmarks.BenchmarkSuite "$@"
