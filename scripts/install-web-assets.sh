#!/usr/bin/env bash
# Installs the query page's editor (CodeMirror 5, which has a SPARQL mode) from the npm registry into
# server/static/vendor/ (git-ignored), served by cdkg itself. Without it the page falls back to a textarea.
set -euo pipefail
cd "$(dirname "$0")/.."
target=server/static/vendor
[ -f "$target/codemirror/mode/sparql/sparql.js" ] && exit 0
command -v npm >/dev/null 2>&1 || { echo "cdkg: npm not found; the query page uses a plain textarea" >&2; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npm install --silent --no-audit --no-fund --prefix "$tmp" codemirror@5.65.18 >/dev/null
mkdir -p "$target"
rm -rf "$target/codemirror"
cp -r "$tmp/node_modules/codemirror" "$target/codemirror"
