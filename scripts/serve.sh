#!/usr/bin/env bash
# Installs cdkg into .venv (only when pyproject.toml changed), builds data/kg.ttl from data/sources if it
# is missing, and serves it on http://127.0.0.1:8000. Extra arguments go to `cdkg serve`,
# e.g. `bash scripts/serve.sh --port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "cdkg: checking system packages (Graphviz)" >&2
bash scripts/install-system-deps.sh serve
bash scripts/install-python.sh
echo "cdkg: checking the query page's editor (CodeMirror)" >&2
bash scripts/install-web-assets.sh
[ -f data/kg.ttl ] || echo "cdkg: data/kg.ttl is missing; building it from data/sources first" >&2
echo "cdkg: starting the server (gunicorn prints the address it listens at; Ctrl-C stops it)" >&2
exec .venv/bin/python -m cdkg serve "$@"
