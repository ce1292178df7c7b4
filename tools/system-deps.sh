#!/usr/bin/env bash
# Install the Debian/Ubuntu packages Qt needs (see ../shared/PLATFORM.md), only
# those that are missing. Uses sudo when not root. Safe to run again.
set -euo pipefail
packages=(
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  fonts-dejavu-core libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libgssapi-krb5-2 xvfb xauth binutils libxrandr2
  # the real browsers of the phone-page tests (tests/browserkit.py): Chromium and
  # Firefox driven by Playwright, WebKit (Safari's engine) by Selenium; WebKitGTK
  # only recommends Mesa's drivers, without which its screenshots never return
  chromium firefox-esr webkit2gtk-driver libgl1-mesa-dri
)
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}"; do installed "$p" || missing+=("$p"); done
glib_missing=1
{ installed libglib2.0-0 || installed libglib2.0-0t64; } && glib_missing=0
venv_missing=0
python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || venv_missing=1

if [ ${#missing[@]} -eq 0 ] && [ $glib_missing -eq 0 ] && [ $venv_missing -eq 0 ]; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
if [ $glib_missing -eq 1 ]; then
  # Debian 13 and Ubuntu 24.04 renamed the package
  if apt-cache show libglib2.0-0t64 >/dev/null 2>&1; then missing+=(libglib2.0-0t64)
  else missing+=(libglib2.0-0); fi
fi
[ $venv_missing -eq 1 ] && missing+=(python3-venv)
echo "Installing Debian packages: ${missing[*]}"
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
