#!/usr/bin/env bash
# Installs the Debian packages a test needs when they are missing: as root with apt-get, otherwise it says
# what to run. Usage: bash scripts/apt-install.sh "<what needs them>" <package>...
set -euo pipefail
reason=$1
shift
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "profilekit: $reason needs ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}'" >&2
  exit 1
fi
echo "profilekit: installing Debian's ${missing[*]} ($reason)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq "${missing[@]}" >/dev/null
