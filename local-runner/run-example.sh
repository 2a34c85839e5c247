#!/bin/sh
# From a fresh clone: builds what the example needs, synthesizes examples/ (the CDK app), deploys
# it to the embedded Social Messaging emulator with the resource types' own handlers, and prints
# the table. State stays in examples/.local-runner/, so running it again changes nothing and
# editing a file under examples/templates/ updates that template only.
# Extra arguments go to `deploy` (e.g. --review-delay 1).
#
# Work is skipped when its inputs did not change since the last successful run:
#   - a pom or a module's main source changed (or nothing was built yet): one Maven run builds the
#     modules and synthesizes the app (profile `synth` of examples/, with the reactor's jars:
#     nothing is installed into the local Maven repository);
#   - only examples/templates or examples/images changed: the app is synthesized again with java
#     on the classpath that Maven run wrote (no Maven);
#   - nothing changed: examples/cdk.out is deployed as it is.
set -e
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
JAR=local-runner/target/local-runner-0.1.0-SNAPSHOT-all.jar
BUILT=local-runner/target/run-example.built
SYNTHESIZED=examples/target/run-example.synthesized
CLASSPATH_FILE=examples/target/synth.classpath
MODULES=template-definition,resource-commons,template-resource,library-template-resource,media-resource,social-messaging-emulator,cdk-constructs,examples,local-runner
export CDK_OUTDIR="$ROOT/examples/cdk.out"
# Maven 3.8 writes colour resets into pipes unless its JVM gets this (.mvn/jvm.config has it too).
export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }-Djansi.noreset=true"
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=14,16,18,20,22,24
export JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION=1
export JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1

newer_than() { # stamp paths...: true when the stamp is missing or a path is newer
  stamp="$1"; shift
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$@" -newer "$stamp" -print 2>/dev/null | head -n 1)" ]
}

SOURCES="pom.xml $(echo "$MODULES" | tr ',' ' ' | sed 's#\([^ ]*\)#\1/pom.xml \1/src/main#g') examples/cdk.json"
if [ ! -f "$JAR" ] || [ ! -f "$CLASSPATH_FILE" ] || newer_than "$BUILT" $SOURCES; then
  echo "Building the modules and synthesizing examples/ (one Maven run) ..."
  mvn -B -q package -Psynth -DskipTests -Djacoco.skip=true -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    -pl "$MODULES" -am
  touch "$BUILT" "$SYNTHESIZED"
elif [ ! -f "$CDK_OUTDIR/manifest.json" ] || newer_than "$SYNTHESIZED" examples/templates examples/images; then
  echo "Only templates changed: synthesizing examples/ again (java, no Maven) ..."
  java -Dtemplates.dir="$ROOT/examples/templates" -cp "examples/target/classes:$(cat "$CLASSPATH_FILE")" \
    com.eumsocial.whatsapp.examples.TemplatesApp
  touch "$SYNTHESIZED"
else
  echo "Nothing changed since the last run: deploying examples/cdk.out as it is."
fi
exec java -jar "$JAR" deploy "$CDK_OUTDIR" "$@"
