#!/usr/bin/env bash
# The one-command platform's start times and idle memory, measured the way a developer runs it:
#   ./infra/bench/footprint.sh
# Starts ./partycloud up in a throw-away home on ports moved by 30000 (a running dev platform is not disturbed),
# waits for the banner, lets it idle for 60 s, sums the resident memory of PostgreSQL (postmaster and its
# workers), Keycloak and the five JVMs, stops it, starts it again (the "second up": data kept, nothing to seed)
# and measures again. Needs the build output (./mvnw -DskipTests install).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export PARTYCLOUD_HOME=${PARTYCLOUD_HOME:-$root/infra/target/footprint-home}
export PARTYCLOUD_PORT_OFFSET=${PARTYCLOUD_PORT_OFFSET:-30000}
export PARTYCLOUD_SKIP_BUILD=1
idle=${IDLE_SECONDS:-60}
log=$(mktemp)
trap '"$root/partycloud" down >/dev/null 2>&1 || true; rm -f "$log"' EXIT

# kB of a memory field (VmRSS from status, Pss from smaps_rollup) summed over the platform's processes.
measure() {
  local pids=() pid postmaster rss=0 pss=0 name
  postmaster=$(head -n 1 "$PARTYCLOUD_HOME/postgres/postmaster.pid")
  pids+=("$postmaster" $(pgrep -P "$postmaster" || true))
  for pid in $(pgrep -f -- "$PARTYCLOUD_HOME" || true); do
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "org.partycloud.infra.PlatformMain" && continue  # the launcher
    [[ $(cat "/proc/$pid/comm" 2>/dev/null) == java ]] && pids+=("$pid")
  done
  printf '  %-8s %-28s %8s %8s\n' pid process 'RSS MB' 'PSS MB'
  for pid in $(printf '%s\n' "${pids[@]}" | sort -un); do
    local r p
    r=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    p=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | grep -o -E '[a-z-]+-(service|gateway)-[0-9.]+-SNAPSHOT-exec.jar|keycloak|postgres: [a-z ]+|postgres -D' | head -n 1)
    [[ -z "$name" ]] && name=$(cat "/proc/$pid/comm")
    printf '  %-8s %-28s %8d %8d\n' "$pid" "${name:0:28}" $((r / 1024)) $((p / 1024))
    rss=$((rss + r)); pss=$((pss + p))
  done
  printf '  %-37s %8d %8d   (%d processes)\n' "total" $((rss / 1024)) $((pss / 1024)) "$(printf '%s\n' "${pids[@]}" | sort -un | wc -l)"
}

start() {
  local t0=$SECONDS
  "$root/partycloud" up >"$log" 2>&1 &
  until grep -q "is ready" "$log"; do
    sleep 1
    if ! kill -0 $! 2>/dev/null; then cat "$log"; echo "up failed"; exit 1; fi
    if ((SECONDS - t0 > 600)); then tail -40 "$log"; echo "not ready in 600 s"; exit 1; fi
  done
  echo "$1 ./partycloud up: ready after $((SECONDS - t0)) s (banner: $(grep -o 'is ready ([0-9]* s)' "$log"))"
}

"$root/partycloud" down >/dev/null 2>&1 || true
rm -rf "$PARTYCLOUD_HOME"
echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB; home $PARTYCLOUD_HOME, port offset $PARTYCLOUD_PORT_OFFSET"
start first
sleep "$idle"; echo "idle for ${idle} s:"; measure
"$root/partycloud" down >/dev/null
start second
sleep "$idle"; echo "idle for ${idle} s:"; measure
