#!/usr/bin/env bash
# Builds everything and serves the explorer on the built-in dataset at http://127.0.0.1:8080/
# (PORT overrides). Installs what the build needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh
bash scripts/build-web.sh
exec node scripts/serve.mjs
