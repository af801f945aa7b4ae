#!/usr/bin/env bash
# The figures of docs/scale.md: reserve-status's latency on the file and on a local PostgreSQL server, and 50
# concurrent writers on each. Starts its own server (initdb into a temporary directory, as nobody when run as root,
# 127.0.0.1 only, a password read from PGPASSFILE), removes everything when it ends.
#   scripts/bench-region.sh [BIN]        (default bin/govctl; RUNS=200 reserve-status runs per case)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-bin/govctl}")
RUNS=${RUNS:-200}
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
work=$(mktemp -d)
chmod 755 "$work"
as_server=()
[ "$(id -u)" = 0 ] && as_server=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
cleanup() {
    [ -n "${pid:-}" ] && kill -INT "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
trap "exit 130" INT TERM
mkdir -m 700 "$work/data"
[ "$(id -u)" = 0 ] && chown 65534:65534 "$work/data"
echo bench > "$work/pw" && chmod 644 "$work/pw"
"${as_server[@]}" "$pgbin/initdb" -D "$work/data" -U postgres --auth-host=scram-sha-256 --auth-local=trust \
    --pwfile="$work/pw" -N -E UTF8 --locale=C >/dev/null
port=$((20000 + RANDOM % 30000))
"${as_server[@]}" "$pgbin/postgres" -D "$work/data" -h 127.0.0.1 -p "$port" -k "" -c max_connections=100 \
    >"$work/log" 2>&1 &
pid=$!
for _ in $(seq 100); do grep -q "ready to accept" "$work/log" && break; sleep 0.1; done
export PGPASSFILE="$work/pgpass"
echo "127.0.0.1:$port:*:*:bench" > "$PGPASSFILE" && chmod 600 "$PGPASSFILE"
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE govctl" postgres
db="postgresql://postgres@127.0.0.1:$port/govctl"
file="$work/state/outages.jsonl"
"$BIN" outage init --state "$file" >/dev/null
"$BIN" outage init --state "$db" >/dev/null
echo "server: PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1 (fsync on, defaults), govctl $("$BIN" --version | head -1 | awk '{print $2}')"

# A log of a region's years: 2,000 outages of sesam-lmn (start, prognosis, end), then one open.
python3 - "$work/history.jsonl" <<'PY'
import sys, datetime
t = datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc)
z = lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
with open(sys.argv[1], "w") as f:
    for i in range(2000):
        s, e = t + datetime.timedelta(hours=20 * i), t + datetime.timedelta(hours=20 * i + 3)
        o = "sesam-lmn-%s-%04x" % (s.strftime("%Y%m%d%H%M"), i)
        f.write('{"v":1,"event":"start","system":"sesam-lmn","at":"%s","outage":"%s","scenario":"server-unreachable","by":"bench","recorded":"%s"}\n' % (z(s), o, z(s)))
        f.write('{"v":1,"event":"prognosis","system":"sesam-lmn","at":"%s","outage":"%s","eta":"%s","by":"bench","recorded":"%s"}\n' % (z(s), o, z(e), z(s)))
        f.write('{"v":1,"event":"end","system":"sesam-lmn","at":"%s","outage":"%s","by":"bench","recorded":"%s"}\n' % (z(e), o, z(e)))
PY

# Milliseconds per run: the mean and the median of RUNS runs.
latency() {
    local label=$1; shift
    local times=()
    for _ in $(seq "$RUNS"); do
        local a b
        a=$(date +%s%N); "$@" >/dev/null 2>&1 || true; b=$(date +%s%N)
        times+=($(((b - a) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v l="$label" -v n="$RUNS" \
        '{ t[NR] = $1; s += $1 } END { printf "  %-52s mean %.1f ms, median %.1f ms (%d runs)\n", l, s / n / 1000, t[int((n + 1) / 2)] / 1000, n }'
}

# 50 writers at once, each appending one prognosis to the one open outage; the wall time and the records written.
writers() {
    local label=$1 state=$2 before after a b
    before=$("$BIN" outage export --state "$state" | wc -l)
    local pids=()
    a=$(date +%s%N)
    for i in $(seq 50); do
        "$BIN" outage prognosis sesam-lmn --eta "2030-01-01T$(printf '%02d' $((i % 24))):00" --state "$state" \
            >/dev/null 2>>"$work/writers.err" &
        pids+=($!)
    done
    wait "${pids[@]}"
    b=$(date +%s%N)
    after=$("$BIN" outage export --state "$state" | wc -l)
    printf '  %-52s %d of 50 written in %d ms\n' "$label" $((after - before)) $(((b - a) / 1000000))
}

echo "reserve-status --format nagios, an open outage (a fresh log):"
for state in "$file" "$db"; do "$BIN" outage start sesam-lmn --at -1h --state "$state" >/dev/null; done
latency "file" "$BIN" reserve-status sesam-lmn --format nagios --state "$file"
latency "PostgreSQL (127.0.0.1, TCP, SCRAM)" "$BIN" reserve-status sesam-lmn --format nagios --state "$db"
echo "50 concurrent writers (outage prognosis), one open outage:"
writers "file" "$file"
writers "PostgreSQL" "$db"

echo "reserve-status --format nagios, 6,001 records (2,000 past outages and one open):"
rm -f "$file" && "$BIN" outage init --state "$file" >/dev/null
"$BIN" outage import "$work/history.jsonl" --state "$file" >/dev/null
psql -X -q -h 127.0.0.1 -p "$port" -U postgres -c "DROP DATABASE govctl" -c "CREATE DATABASE govctl" postgres
"$BIN" outage init --state "$db" >/dev/null
"$BIN" outage import "$work/history.jsonl" --state "$db" >/dev/null
for state in "$file" "$db"; do "$BIN" outage start sesam-lmn --at -1h --state "$state" >/dev/null; done
latency "file" "$BIN" reserve-status sesam-lmn --format nagios --state "$file"
latency "PostgreSQL" "$BIN" reserve-status sesam-lmn --format nagios --state "$db"
echo "50 concurrent writers on that log:"
writers "file" "$file"
writers "PostgreSQL" "$db"
if [ -s "$work/writers.err" ]; then echo "writers' errors:"; sort "$work/writers.err" | uniq -c | head; fi
