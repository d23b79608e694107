#!/usr/bin/env bash
# Installs cdkg (editable) into the project's virtual environment .venv, saying what it does, and
# skips the install when nothing it depends on changed since the last one (pyproject.toml, the extras).
# Usage: install-python.sh [EXTRAS], e.g. install-python.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
venv=.venv
stamp="$venv/.cdkg-installed"
spec="."
[ -n "$extras" ] && spec=".[$extras]"
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $extras"

if [ ! -x "$venv/bin/python" ]; then
  echo "cdkg: creating the virtual environment $venv (python3 -m venv)" >&2
  python3 -m venv "$venv"
fi
installed="$(cat "$stamp" 2>/dev/null || true)"
# an install with the test extra also serves a plain one
if { [ "$installed" = "$wanted" ] || { [ -z "$extras" ] && [ "${installed%% *}" = "${wanted%% *}" ]; }; } \
   && "$venv/bin/python" -c "import cdkg" 2>/dev/null; then
  echo "cdkg: $venv is up to date (pyproject.toml unchanged); skipping the install" >&2
  exit 0
fi
echo "cdkg: installing cdkg${extras:+ with its $extras extra} and its dependencies into $venv (about a minute the first time)" >&2
"$venv/bin/python" -m pip install --disable-pip-version-check --progress-bar off -e "$spec" \
  | grep -E '^(Collecting|Installing|Successfully)' >&2 || true
"$venv/bin/python" -c "import cdkg" || { echo "cdkg: the install into $venv failed (see pip's messages above)" >&2; exit 2; }
echo "$wanted" > "$stamp"
echo "cdkg: installed into $venv" >&2
