#!/usr/bin/env bash
# A throw-away Postgres cluster for the demo cluster and the shared-store tests, from the machine's own binaries
# (Debian's postgresql package, installed when missing). No service, no apt step when the binaries are there.
#   bash scripts/ensure-postgres.sh install                    only make sure the binaries are there
#   bash scripts/ensure-postgres.sh start <data dir> <port>   initdb when new, start on 127.0.0.1:<port>; prints
#                                                              DATABASE_URL=postgres://postgres@127.0.0.1:<port>/postgres
#   bash scripts/ensure-postgres.sh stop <data dir>            fast shutdown (a no-op when it is not running)
# initdb and postgres refuse to run as root: as root they run as the `postgres` user, on a data dir it owns.
# Trust authentication, loopback only, no Unix socket: for development and tests, never for real data.
set -euo pipefail
action=${1:?usage: ensure-postgres.sh install|start|stop <data dir> [port]}

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bin=$(bin_dir)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  bash "$(dirname "$0")/apt-install.sh" "the demo cluster's database" postgresql
  # The package starts a system cluster on 5432; ours runs on its own port and needs none.
  (systemctl disable --now postgresql >/dev/null 2>&1 || service postgresql stop >/dev/null 2>&1 || true)
  bin=$(bin_dir)
fi

[ "$action" = install ] && exit 0
data=${2:?usage: ensure-postgres.sh start|stop <data dir> [port]}

as_owner=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  as_owner=(runuser -u postgres --)
fi

if [ "$action" = stop ]; then
  [ -f "$data/postmaster.pid" ] || exit 0
  data=$(readlink -f "$data")
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
  exit 0
fi
port=${3:?usage: ensure-postgres.sh start <data dir> <port>}

mkdir -p "$data"
if [ "${#as_owner[@]}" -gt 0 ]; then
  # The postgres user must reach the folder: under a root-only home, keep the cluster in /tmp and link it.
  if [ ! -L "$data" ] && ! "${as_owner[@]}" test -x "$(dirname "$data")"; then
    real=$(mktemp -d "${TMPDIR:-/tmp}/profilekit-postgres-XXXXXX")
    rmdir "$data" && ln -s "$real" "$data"
  fi
  chown postgres: "$(readlink -f "$data")"
fi
data=$(readlink -f "$data")
chmod 700 "$data"
if [ ! -f "$data/PG_VERSION" ]; then
  "${as_owner[@]}" "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-instructions >/dev/null
fi
if [ -f "$data/postmaster.pid" ] && "${as_owner[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
fi
"${as_owner[@]}" "$bin/pg_ctl" -D "$data" -w -t 60 -l "$data/server.log" \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories= -c fsync=on" start >/dev/null
echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
