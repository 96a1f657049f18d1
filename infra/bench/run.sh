#!/usr/bin/env bash
# Runs the provisioning and start-up benchmark: ./infra/bench/run.sh [tenants per phase, default 200]
# Needs the build output: ./mvnw -DskipTests install (once). Starts its own throw-away PostgreSQL, Keycloak and
# services on free ports, so a running dev platform is not disturbed.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
./mvnw -q -B -pl infra test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath
cp="infra/target/test-classes:infra/target/classes:$(cat infra/target/bench.classpath)"
exec java -Dpartycloud.root="$root" -cp "$cp" org.partycloud.infra.bench.ProvisioningBenchmark "${1:-200}"
