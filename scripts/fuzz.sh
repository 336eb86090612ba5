#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) one after another for FUZZ_SECONDS each (default 60),
# starting from its committed corpus and the inputs that once failed (fuzz/corpus/<target>/ and
# fuzz/regressions/<target>/, both read only). New inputs go to fuzz/target/corpus/<target>/,
# emptied first unless FUZZ_KEEP=1, so each run starts the same.
# Fails on the first crash, timeout or failed property, naming the input that caused it (saved
# under fuzz/artifacts/<target>/). Each target's libFuzzer status at start and end (executions,
# coverage, corpus, exec/s) is printed.
#
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh                 # ten minutes each
#   FUZZ_TARGETS="query_url layout_hit" bash scripts/fuzz.sh
#   FUZZ_RUNS=10000000 FUZZ_SECONDS=3600 bash scripts/fuzz.sh   # stop at 10 M executions or 1 h
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-fuzz.sh

seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:--1}
fuzz=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
# -a: debug assertions and overflow checks on, so arithmetic that would wrap in a release build fails.
build_flags=(--fuzz-dir fuzz --debug-assertions)

echo "== cargo fuzz build (toolchain $FUZZ_TOOLCHAIN)"
"${fuzz[@]}" build "${build_flags[@]}"
targets=${FUZZ_TARGETS:-$("${fuzz[@]}" list --fuzz-dir fuzz)}
mkdir -p fuzz/target/logs
for target in $targets; do
  scratch="fuzz/target/corpus/$target"
  [ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$scratch"
  mkdir -p "$scratch" "fuzz/corpus/$target"
  log="fuzz/target/logs/$target.log"
  echo "== fuzz $target (${seconds}s)"
  corpora=("$scratch" "fuzz/corpus/$target")
  [ -d "fuzz/regressions/$target" ] && corpora+=("fuzz/regressions/$target")
  if ! nice -n 10 "${fuzz[@]}" run "${build_flags[@]}" "$target" "${corpora[@]}" -- \
    -max_total_time="$seconds" -runs="$runs" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz $target FAILED: the input is under fuzz/artifacts/$target/ (log: $log)" >&2
    exit 1
  fi
  { grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" || true; } | sed "s/^/$target: /"
  { grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true; } \
    | sed "s/^/$target: /"
done
