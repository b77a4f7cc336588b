#!/usr/bin/env bash
# Installs the Debian packages Workbench needs, only those missing.
# Usage: packaging/debian-setup.sh run|test|bench
#   run   : Qt's xcb platform plugin (a real window) and the French dictionary
#   test  : what the headless test suite needs (spell checking, PDF tools, a PostgreSQL
#           server the suite starts itself for the team store's tests)
#   bench : what the benchmark's baselines need (pandoc, Xvfb)
set -euo pipefail

need_run="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
 libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xfixes0
 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core libenchant-2-2 hunspell-fr"
# tzdata and faketime: an export is checked to be the same bytes in other zones and hours
need_test="libenchant-2-2 hunspell-fr poppler-utils fonts-dejavu-core libegl1 libfontconfig1
 tzdata faketime postgresql"
need_bench="$need_test pandoc xvfb"

case "${1:-run}" in
  run) wanted=$need_run ;;
  test) wanted=$need_test ;;
  bench) wanted=$need_bench ;;
  *) echo "usage: $0 run|test|bench" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian system: install the equivalents of: $wanted" >&2
  exit 0
fi

missing=""
for pkg in $wanted; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
# python3 -m venv needs Debian's python3-venv when python3 is the system one.
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  missing="$missing python3-venv"
fi
[ -z "$missing" ] && exit 0

echo "Installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Missing Debian packages:$missing" >&2
  echo "Install them as root (apt-get install$missing), then run the command again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
