#!/usr/bin/env bash
# Builds everything and shows the embedded dataset: checks every figure against the transcripts and
# prints the summary. (This is where the browser explorer will be served from.)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
cargo build --locked --release --bin cited-stats
./target/release/cited-stats check
