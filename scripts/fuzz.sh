#!/usr/bin/env bash
# Runs every fuzz target (fuzz/fuzz_targets/) one after another, starting from its committed corpus
# and the inputs that once failed (fuzz/corpus/<target>/ and fuzz/regressions/<target>/, both read
# only). New inputs go to fuzz/target/corpus/<target>/, emptied first unless FUZZ_KEEP=1.
#
# By default (npm test) each target runs a fixed number of executions from a fixed seed, about a
# minute each on a two-core machine (the table below), so a commit's verdict is the same on every
# run: what passes here passes in CI. FUZZ_SECONDS or FUZZ_RUNS switch to open-ended exploration
# with a fresh seed (FUZZ_SEED to repeat one).
# Fails on the first crash, timeout or failed property, naming the input that caused it (saved
# under fuzz/artifacts/<target>/). Each target's libFuzzer status at start and end (executions,
# coverage, corpus, exec/s) is printed.
#
#   FUZZ_SECONDS=600 bash scripts/fuzz.sh                 # ten minutes each
#   FUZZ_TARGETS="query_url layout_hit" bash scripts/fuzz.sh
#   FUZZ_RUNS=10000000 FUZZ_SECONDS=3600 bash scripts/fuzz.sh   # stop at 10 M executions or 1 h
#   FUZZ_SANITIZER=address bash scripts/fuzz.sh           # default none: the code under test is safe Rust
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install-fuzz.sh

# Executions per target in the default, reproducible run: about 45 s each at the rates measured
# on this project's two-core machine with nothing else running (per second: curated_toml ~2,500,
# dataset_json ~150,000, layout_hit ~2,300, number_phrase ~35,000, number_text ~150,000,
# query_url ~21,000, transcript ~21,000), roughly twice that when the machine is busy.
declare -A fixed_runs=(
  [curated_toml]=100000 [dataset_json]=5000000 [layout_hit]=90000
  [number_phrase]=1500000 [number_text]=5000000 [query_url]=1000000 [transcript]=1000000
)
fixed=1
[ -n "${FUZZ_SECONDS:-}${FUZZ_RUNS:-}" ] && fixed=0
seconds=${FUZZ_SECONDS:-3600}
fuzz=(cargo "+$FUZZ_TOOLCHAIN" fuzz)
# -a: debug assertions and overflow checks on, so arithmetic that would wrap in a release build fails.
# No sanitizer by default: everything fuzzed is safe Rust, and without one it runs about 2x faster.
build_flags=(--fuzz-dir fuzz --debug-assertions --sanitizer "${FUZZ_SANITIZER:-none}")

echo "== cargo fuzz build (toolchain $FUZZ_TOOLCHAIN)"
"${fuzz[@]}" build "${build_flags[@]}"
targets=${FUZZ_TARGETS:-$("${fuzz[@]}" list --fuzz-dir fuzz)}
mkdir -p fuzz/target/logs
for target in $targets; do
  scratch="fuzz/target/corpus/$target"
  [ "${FUZZ_KEEP:-0}" = 1 ] || rm -rf "$scratch"
  mkdir -p "$scratch" "fuzz/corpus/$target"
  log="fuzz/target/logs/$target.log"
  if [ "$fixed" = 1 ]; then
    runs=${fixed_runs[$target]:-100000}
    limits=(-runs="$runs" -seed="${FUZZ_SEED:-1}")
    echo "== fuzz $target ($runs executions, seed ${FUZZ_SEED:-1})"
  else
    limits=(-max_total_time="$seconds" -runs="${FUZZ_RUNS:--1}")
    [ -n "${FUZZ_SEED:-}" ] && limits+=(-seed="$FUZZ_SEED")
    echo "== fuzz $target (${FUZZ_RUNS:-unbounded} executions, at most ${seconds}s)"
  fi
  corpora=("$scratch" "fuzz/corpus/$target")
  [ -d "fuzz/regressions/$target" ] && corpora+=("fuzz/regressions/$target")
  if ! nice -n 10 "${fuzz[@]}" run "${build_flags[@]}" "$target" "${corpora[@]}" -- \
    "${limits[@]}" -timeout=30 -rss_limit_mb=2048 -print_final_stats=1 \
    >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz $target FAILED: the input is under fuzz/artifacts/$target/ (log: $log)" >&2
    exit 1
  fi
  { grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" || true; } | sed "s/^/$target: /"
  { grep -E '^stat::(number_of_executed_units|average_exec_per_sec)' "$log" || true; } \
    | sed "s/^/$target: /"
done
