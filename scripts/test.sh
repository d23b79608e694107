#!/usr/bin/env bash
# Installs everything the tests need (system packages, cdkg with its test extra) and runs the whole suite.
# Extra arguments go to pytest, e.g. `bash scripts/test.sh -k shapes`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh test
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -e '.[test]'
bash scripts/install-web-assets.sh
exec python3 -m pytest "$@"
