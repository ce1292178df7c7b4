#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Qt needs (see ../shared/PLATFORM.md), only
# those that are missing. Uses sudo when not root. Safe to run again.
set -euo pipefail
glib=libglib2.0-0
if ! apt-cache show "$glib" >/dev/null 2>&1 || apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then
  # Debian 13 / Ubuntu 24.04 renamed it
  apt-cache show libglib2.0-0t64 >/dev/null 2>&1 && glib=libglib2.0-0t64
fi
packages=(
  "$glib" libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 xvfb xauth binutils
)
# python3 -m venv needs Debian's python3-venv when python3 is the system one
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
