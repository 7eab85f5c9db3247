#!/usr/bin/env bash
# Installs the Debian packages RED Desktop needs (Qt's X11/EGL libraries, a virtual screen for
# tests, venv support). Does nothing for packages already present; needs root or sudo to install.
set -euo pipefail

packages=(
  python3-venv
  libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
  libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
  libx11-xcb1 libxrender1 libxi6 fonts-dejavu-core xvfb xauth
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian-like system: install Qt 6's runtime libraries with your package manager." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  run=()
elif command -v sudo >/dev/null 2>&1; then
  run=(sudo)
else
  echo "Missing system packages: ${missing[*]}. Install them as root (apt-get install ...) and run again." >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
"${run[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
