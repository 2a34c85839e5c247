#!/bin/sh
# From a fresh clone: builds what the example needs, deploys examples/ (the CDK app, synthesized
# with Maven) to the embedded Social Messaging emulator with the resource types' own handlers,
# and prints the table. State stays in examples/.local-runner/, so running it again changes
# nothing and editing a file under examples/templates/ updates that template only.
# Extra arguments go to `deploy` (e.g. --review-delay 1).
set -e
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# examples/ compiles against cdk-constructs from the local Maven repository (examples/README.md),
# so the modules are installed, not only packaged.
mvn -B -q install -DskipTests -Djacoco.skip.check=true \
  -pl :whatsapp-templates-as-code,template-definition,resource-commons,template-resource,library-template-resource,media-resource,social-messaging-emulator,cdk-constructs,local-runner
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
exec java -jar local-runner/target/local-runner-0.1.0-SNAPSHOT-all.jar deploy examples "$@"
