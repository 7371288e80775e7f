# Sourced by .ci/run: a throw-away PostgreSQL cluster for the tests that need one (the PostgreSQL store).
# postgres_start installs Debian's postgresql if initdb/pg_ctl are missing, creates a cluster in a temporary
# directory, starts it on 127.0.0.1 on a free port with its socket in that directory, and exports
# CLAIMLINE_TEST_POSTGRES (an Npgsql connection string); postgres_stop stops it and removes the directory.
# No system service is used. initdb refuses to run as root, so as root the cluster belongs to the postgres user.

postgres_bin() {
  # initdb and pg_ctl on the PATH may be links; createdb and postgres sit beside their targets.
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return
  fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ]; then
    local sudo=""
    if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$found"
}

# A TCP port on 127.0.0.1 that nothing listens on (bash's /dev/tcp: a refused connection means free).
postgres_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "no free port found" >&2
  return 1
}

postgres_start() {
  local bin port run=()
  bin=$(postgres_bin)
  POSTGRES_DIR=$(mktemp -d "${TMPDIR:-/tmp}/claimline-pg.XXXXXX")
  if [ "$(id -u)" = "0" ]; then
    chown postgres: "$POSTGRES_DIR"
    run=(runuser -u postgres --)
  fi
  port=$(postgres_free_port)
  "${run[@]}" "$bin/initdb" -D "$POSTGRES_DIR/data" -U claimline --auth=trust --no-locale -E UTF8 >"$POSTGRES_DIR/initdb.log"
  # fsync off: a test cluster that dies is thrown away anyway, and the tests run faster.
  "${run[@]}" "$bin/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $POSTGRES_DIR -c fsync=off -c max_connections=200" start >/dev/null
  "${run[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U claimline claimline
  POSTGRES_PG_CTL=("${run[@]}" "$bin/pg_ctl")
  export CLAIMLINE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=claimline;Database=claimline"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($POSTGRES_DIR)"
}

postgres_stop() {
  if [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR" ]; then
    "${POSTGRES_PG_CTL[@]}" -D "$POSTGRES_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_DIR"
  fi
}
