#!/usr/bin/env bash
# Installs the Debian packages reportcheck needs, only those missing.
# Usage: scripts/deps.sh [--browser]   (--browser adds chromium and python3-jsonschema, used by the HTML and SARIF tests)
set -euo pipefail
pkgs=(g++ cmake make pkg-config
      libboost-dev libboost-program-options-dev libboost-test-dev
      libicu-dev icu-devtools libfmt-dev nlohmann-json3-dev
      libpugixml-dev libzip-dev libpoppler-cpp-dev libmimalloc-dev poppler-utils zip python3 bsdutils)
if [ "${1:-}" = "--fuzz" ]; then pkgs+=(clang libclang-rt-14-dev); fi
if [ "${1:-}" = "--browser" ]; then pkgs+=(chromium python3-jsonschema); fi

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "reportcheck: cài các gói còn thiếu / installing missing packages: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=sudo
  else
    echo "reportcheck: thiếu gói, cần quyền root để cài / missing packages need root:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
else
  SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
