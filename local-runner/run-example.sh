#!/bin/sh
# From a fresh clone: builds what the example needs, synthesizes examples/ (the CDK app), deploys
# it to the embedded Social Messaging emulator with the resource types' own handlers, and prints
# the table. State stays in examples/.local-runner/, so running it again changes nothing and
# editing a file under examples/templates/ updates that template only.
# Extra arguments go to `deploy` (e.g. --review-delay 1).
#
# One Maven run builds the modules and synthesizes the app (profile `synth` of examples/, with the
# reactor's cdk-constructs: nothing is installed into the local repository). When no source,
# pom or template changed since the last successful build, Maven is not started at all.
set -e
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR=local-runner/target/local-runner-0.1.0-SNAPSHOT-all.jar
STAMP=local-runner/target/run-example.stamp
MODULES=template-definition,resource-commons,template-resource,library-template-resource,media-resource,social-messaging-emulator,cdk-constructs,examples,local-runner
export CDK_OUTDIR="$ROOT/examples/cdk.out"
# Maven 3.8 writes colour resets into pipes unless its JVM gets this (.mvn/jvm.config has it too).
export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.noreset=true"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=14,16,18,20,22,24
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1

changed() {
  [ ! -f "$STAMP" ] || [ ! -f "$JAR" ] || [ ! -f "$CDK_OUTDIR/manifest.json" ] && return 0
  [ -n "$(find pom.xml $(echo "$MODULES" | tr ',' ' ' | sed 's#\([^ ]*\)#\1/pom.xml \1/src/main#g') \
      examples/templates examples/images examples/cdk.json -newer "$STAMP" -print 2>/dev/null | head -n 1)" ]
}

if changed; then
  echo "Building the modules and synthesizing examples/ (one Maven run) ..."
  mvn -B -q package -Psynth -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true \
    -Dmaven.source.skip=true -pl "$MODULES" -am
  touch "$STAMP"
else
  echo "Nothing changed since the last build: deploying examples/cdk.out as synthesized then."
fi
exec java -jar "$JAR" deploy "$CDK_OUTDIR" "$@"
