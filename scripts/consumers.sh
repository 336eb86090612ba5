#!/usr/bin/env bash
# Packs the npm package into target/npm/ and builds the two consumer apps (tests/consumers/vite and
# tests/consumers/webpack) from that tarball, the way a site would: `npm ci` for the app's own pinned
# tools, then the tarball installed as a real package (copied, not linked, and not saved to the app's
# package.json or lock file), then the app's `npm run build` (a type check, then the bundler) into
# its dist/. Needs the browser build (`bash scripts/build-web.sh`); `npm pack` builds it if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

version=$(node -p 'require("./package.json").version')
tarball="$root/target/npm/cited-stats-$version.tgz"
mkdir -p target/npm
rm -f "$tarball"
echo "== npm pack → ${tarball#"$root"/}"
npm pack --silent --pack-destination target/npm >/dev/null
[ -s "$tarball" ] || { echo "npm pack did not write $tarball" >&2; exit 1; }

for app in vite webpack; do
  dir="tests/consumers/$app"
  echo "== $dir: npm ci, install the tarball, build"
  (
    cd "$dir"
    # `npm ci` again only when the app's lock file changed since the last one.
    if [ ! -f node_modules/.ci-done ] || [ package-lock.json -nt node_modules/.ci-done ]; then
      npm ci --no-audit --no-fund --prefer-offline
      touch node_modules/.ci-done
    fi
    rm -rf node_modules/cited-stats
    npm install --no-save --no-audit --no-fund --prefer-offline "$tarball"
    npm run --silent build
  )
done
echo "built tests/consumers/vite/dist and tests/consumers/webpack/dist from ${tarball#"$root"/}"
