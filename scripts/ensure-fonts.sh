#!/usr/bin/env bash
# The visual baselines (tests/visual) are pictures of text: every machine that compares them renders with the
# same Debian fonts. DejaVu (Latin, the default sans), Noto core (Arabic, Hebrew, Devanagari) and Noto CJK
# (the Japanese, Korean and Chinese locales).
set -euo pipefail
packages=(fonts-dejavu-core fonts-noto-core fonts-noto-cjk)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "profilekit: fonts missing for the visual baselines: run 'sudo apt-get install -y ${missing[*]}'" >&2
  exit 1
fi
echo "profilekit: installing Debian's ${missing[*]} (for the visual baselines)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
