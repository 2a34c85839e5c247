#!/usr/bin/env bash
# The CI steps of examples/ci/*.yml as a plain script, for any CI system (or a laptop):
#
#   examples/ci/ci.sh build               # builds the runner jar (once per job)
#   examples/ci/ci.sh validate [PATH]     # offline: Meta's rules + one owner per WABA/name/language; exit 2 = invalid
#   examples/ci/ci.sh plan [PATH]         # what a deploy would change at Meta, written to $PLAN_FILE; exit 0 also with changes, 2 = blocked
#   examples/ci/ci.sh deploy [PATH]       # deploys; "No changes." when git and Meta agree
#
# deploy uses the local runner by default (the embedded emulator, a running emulator, or an account
# through the handlers in-process); DEPLOY_WITH=cdk runs `npx cdk deploy` in PATH instead, which is
# how an AWS account is deployed in production (CloudFormation runs the registered handlers).
#
# PATH defaults to $APP (examples: the CDK app). Settings, from the environment:
#   RUNNER       how to start the local runner (default: the jar below, with JVM options for a short-lived process)
#   FORMAT       validate's output: text, json or github (default: github on GitHub Actions, else text)
#   TARGET_ARGS  where plan/deploy go: "--region eu-west-1 --account-id 111122223333" (real account),
#                "--endpoint http://127.0.0.1:4599" (a running emulator); empty = the embedded emulator
#   STATE_DIR    the runner's state folder; keep it between runs (cache/artifact) so every checkout folder
#                deploys the same commit as the same deployment
#   PLAN_FILE    where plan writes the plan (default plan.json)
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR="local-runner/target/local-runner-0.1.0-SNAPSHOT-all.jar"
RUNNER="${RUNNER:-java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $JAR}"
APP="${APP:-examples}"
STATE_DIR="${STATE_DIR:-.local-runner}"
PLAN_FILE="${PLAN_FILE:-plan.json}"
if [ -z "${FORMAT:-}" ]; then
  if [ "${GITHUB_ACTIONS:-}" = "true" ]; then FORMAT=github; else FORMAT=text; fi
fi
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20

step="${1:-}"
shift || true
path="${1:-$APP}"
# shellcheck disable=SC2206  # RUNNER and TARGET_ARGS are word lists on purpose
runner=($RUNNER)
# shellcheck disable=SC2206
target=(${TARGET_ARGS:-})

case "$step" in
  build)
    # examples/ compiles against cdk-constructs from the local Maven repository: install, not only package.
    mvn -B -q install -DskipTests -Djacoco.skip.check=true \
      -pl :whatsapp-templates-as-code,template-definition,resource-commons,template-resource,library-template-resource,media-resource,social-messaging-emulator,cdk-constructs,local-runner
    ;;
  validate)
    exec "${runner[@]}" validate "$path" --format "$FORMAT"
    ;;
  plan)
    # exit 3 (changes to make) is what a pull request brings: the step passes; 2 (blocked or invalid) fails it
    rc=0
    "${runner[@]}" plan "$path" --state-dir "$STATE_DIR" --out "$PLAN_FILE" "${target[@]}" || rc=$?
    if [ "$rc" -eq 3 ]; then exit 0; fi
    exit "$rc"
    ;;
  deploy)
    if [ "${DEPLOY_WITH:-runner}" = "cdk" ]; then
      cd "$path" && exec npx --yes aws-cdk@2 deploy --all --require-approval never
    fi
    exec "${runner[@]}" deploy "$path" --state-dir "$STATE_DIR" "${target[@]}"
    ;;
  *)
    echo "usage: $0 build | validate [PATH] | plan [PATH] | deploy [PATH]" >&2
    exit 2
    ;;
esac
