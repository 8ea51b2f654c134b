#!/usr/bin/env bash
# The shared-store tests run against Debian's redis-server (started on a free loopback port by the tests).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "profilekit: redis-server is missing: run 'sudo apt-get install -y redis-server'" >&2
  exit 1
fi
echo "profilekit: installing Debian's redis-server"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq redis-server >/dev/null
# The package starts a system service on port 6379; the tests start their own and need none.
(systemctl disable --now redis-server >/dev/null 2>&1 || service redis-server stop >/dev/null 2>&1 || true)
redis-server --version
