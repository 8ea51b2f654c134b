#!/usr/bin/env bash
# Browser tests use Debian's Chromium (no browser downloads on this network).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "profilekit: Chromium is missing: run 'sudo apt-get install -y chromium'" >&2
  exit 1
fi
echo "profilekit: installing Debian's chromium (about a minute)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version 2>/dev/null | grep -i chromium
