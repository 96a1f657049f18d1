#!/usr/bin/env bash
# Runs a benchmark (infra/bench/README.md):
#   ./infra/bench/run.sh [tenants per phase, default 200]        provisioning and start-up
#   ./infra/bench/run.sh members [rows per import file, default 5000]   import and list of 10,000 members
#   ./infra/bench/run.sh statistics [tenants, default 1000] [members each, default 200]   nightly job and dashboard
#     (BENCH_PARALLELISM=4 runs the job with four partitions at once instead of two)
#   ./infra/bench/run.sh gateway [clients, default 32] [seconds per round, default 20]   gateway against direct
#     (BENCH_JVM="-Xmx512m -XX:+UseSerialGC ..." replaces the services' JVM options, e.g. to add a flight recording)
# Needs the build output: ./mvnw -DskipTests install (once). Starts its own throw-away PostgreSQL, Keycloak and
# services on free ports, so a running dev platform is not disturbed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -q -B -pl infra test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="infra/target/test-classes:infra/target/classes:$(cat infra/target/bench.classpath)"
if [[ "${1:-}" == members ]]; then
  shift
  exec java -Dpartycloud.root="$root" -cp "$cp" org.partycloud.infra.bench.MembersBenchmark "$@"
fi
if [[ "${1:-}" == statistics ]]; then
  shift
  exec java -Dpartycloud.root="$root" -Dbench.parallelism="${BENCH_PARALLELISM:-2}" -cp "$cp" \
    org.partycloud.infra.bench.StatisticsBenchmark "$@"
fi
if [[ "${1:-}" == gateway ]]; then
  shift
  exec java ${BENCH_JVM:+"-Dbench.jvm=$BENCH_JVM"} -Dpartycloud.root="$root" -cp "$cp" org.partycloud.infra.bench.GatewayBenchmark "$@"
fi
exec java -Dpartycloud.root="$root" -cp "$cp" org.partycloud.infra.bench.ProvisioningBenchmark "${1:-200}"
