#!/usr/bin/env bash
# Installs everything the tests need (system packages, cdkg with its test extra into .venv) and runs the
# whole suite. Extra arguments go to pytest, e.g. `bash scripts/test.sh -k shapes`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh test
bash scripts/install-python.sh test
bash scripts/install-web-assets.sh
exec .venv/bin/python -m pytest "$@"
