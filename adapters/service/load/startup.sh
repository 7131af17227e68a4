#!/usr/bin/env bash
# Launch to first answer of the service with the embedded rules: starts it as the README does
# (adapters/service/start.sh, JAVA_OPTS=-Xmx256m) and polls POST /api/v1/advice until it answers
# 200, RUNS times (default 5), and prints the times.
#
#   bash adapters/service/load/startup.sh              # builds the jar first
#   MVN_FLAGS=-o RUNS=3 bash adapters/service/load/startup.sh
#
# What makes the start fast is in the build (adapters/service/pom.xml): the rule base precompiled
# in the rules jar, the context prepared ahead of time, the extracted jar and the start-up cache of
# its training run (train.sh: an ahead-of-time cache on JDK 25 or later, a class data sharing
# archive on 17). It measures the JDK start.sh picks (adapters/service/java.sh); jdks.sh beside it
# measures two JDKs side by side.
set -euo pipefail
cd "$(dirname "$0")/../../.."

mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
target=adapters/service/target
pid_file=$target/startup-service.pid
rm -f "$pid_file"
stop_service() {
  if [[ -s "$pid_file" ]]; then kill -KILL "$(cat "$pid_file")" 2>/dev/null || true; fi
}
trap stop_service EXIT

echo "JAVA_OPTS=-Xmx256m adapters/service/start.sh"
timeout --signal=TERM 10m java adapters/service/load/LoadTest.java --startup-only=true \
  --startups="${RUNS:-5}" --port=18090 --pid-file="$pid_file" --log=$target/startup-service.log \
  "$@" | grep -E 'Start-up|load average'
