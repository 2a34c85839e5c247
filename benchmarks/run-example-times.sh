#!/bin/sh
# Times local-runner/run-example.sh as a new user meets it (figures in README.md, "The two commands"):
#   1. a fresh clone with a cold local Maven repository (an empty folder: everything is downloaded),
#   2. the same clone again, nothing edited,
#   3. the same clone after editing one template,
#   4. a second fresh clone with the now warm repository.
# Usage: benchmarks/run-example-times.sh [WORK_DIR]   (clones this checkout's HEAD into WORK_DIR;
# the repository used is WORK_DIR/m2, never ~/.m2). Needs what run-example.sh needs, and the network for run 1.
set -e
SRC="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d)}"
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
REPO="$WORK/m2"
rm -rf "$WORK/clone1" "$WORK/clone2" "$REPO"
mkdir -p "$REPO"
LOG="$WORK/runs.log"
: > "$LOG"

timed() { # label dir
  label="$1"; dir="$2"
  start=$(date +%s%N)
  if (cd "$dir" && MAVEN_OPTS="-Dmaven.repo.local=$REPO" ./local-runner/run-example.sh) >> "$LOG" 2>&1; then result=ok; else result=FAILED; fi
  end=$(date +%s%N)
  secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", (e - s) / 1e9 }')
  tail_line=$(grep -E '^(Done:|No changes\.)' "$LOG" | tail -n 1)
  printf '| %s | %s | %s s | %s |\n' "$label" "$result" "$secs" "$tail_line"
}

echo "run-example.sh timings, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| run | result | wall time | last line |"
echo "|---|---|---|---|"
git clone -q "$SRC" "$WORK/clone1"
timed "fresh clone, cold Maven repository" "$WORK/clone1"
timed "again, nothing edited" "$WORK/clone1"
sed -i 's/Responde a este mensaje/Responde a este mensaje, por favor/' "$WORK/clone1/examples/templates/utility/order_shipped.es.json"
timed "again after editing order_shipped.es.json" "$WORK/clone1"
git clone -q "$SRC" "$WORK/clone2"
timed "second fresh clone, warm Maven repository" "$WORK/clone2"
echo "(output of every run: $LOG)"
