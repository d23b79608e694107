#!/usr/bin/env bash
# Installs cdkg, builds data/kg.ttl from data/sources if it is missing, and serves it on http://127.0.0.1:8000.
# Extra arguments go to `cdkg serve`, e.g. `bash scripts/serve.sh --port 9000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh serve
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e .
bash scripts/install-web-assets.sh
exec python3 -m cdkg serve "$@"
