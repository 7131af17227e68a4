#!/usr/bin/env bash
# Launch to first answer of the service with the embedded rules: starts the jar with -Xmx256m and
# polls POST /api/v1/advice until it answers 200, RUNS times (default 5), and prints the times.
#
#   bash adapters/service/load/startup.sh              # builds the jar first
#   MVN_FLAGS=-o RUNS=3 bash adapters/service/load/startup.sh
#
# Class Data Sharing is not used: on OpenJDK 17.0.15 (Debian) writing an archive of this
# application crashes the JVM (SIGSEGV in SystemDictionaryShared::adjust_lambda_proxy_class_dictionary),
# with -XX:ArchiveClassesAtExit as well as with a static -Xshare:dump.
set -euo pipefail
cd "$(dirname "$0")/../../.."

mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
target=adapters/service/target
jar=$(ls $target/service-*.jar | head -n 1)
pid_file=$target/startup-service.pid
rm -f "$pid_file"
stop_service() {
  if [[ -s "$pid_file" ]]; then kill -KILL "$(cat "$pid_file")" 2>/dev/null || true; fi
}
trap stop_service EXIT

echo "java -Xmx256m -jar $(basename "$jar")"
timeout --signal=TERM 10m java adapters/service/load/LoadTest.java --startup-only=true \
  --jar="$jar" --startups="${RUNS:-5}" --port=18090 --pid-file="$pid_file" --log=$target/startup-service.log \
  "$@" | grep -E 'Start-up|load average'
