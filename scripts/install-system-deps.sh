#!/usr/bin/env bash
# Installs what pip cannot: Graphviz (pages), and for the tests and benchmarks
# Debian's Chromium, wrk and Virtuoso 7; python3-venv when `python3 -m venv` cannot work. Usage: install-system-deps.sh [serve|test]
set -euo pipefail

case "${1:-test}" in
  serve) wanted=(graphviz:dot) ;;
  test)  wanted=(graphviz:dot chromium:chromium wrk:wrk virtuoso-opensource-7-bin:virtuoso-t) ;;
  *) echo "usage: $0 [serve|test]" >&2; exit 2 ;;
esac

missing=()
for pair in "${wanted[@]}"; do
  command -v "${pair#*:}" >/dev/null 2>&1 || missing+=("${pair%%:*}")
done
# python3 -m venv needs ensurepip, which Debian ships apart (python3-venv)
python3 -c "import ensurepip" >/dev/null 2>&1 || missing+=(python3-venv)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
  command -v sudo >/dev/null 2>&1 || { echo "cdkg: please install as root: apt-get install ${missing[*]}" >&2; exit 2; }
else
  SUDO=
fi
echo "cdkg: installing ${missing[*]} with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
