#!/usr/bin/env bash
# Launch to first answer of the service with the embedded rules: starts the jar with -Xmx256m
# and polls POST /api/v1/advice until it answers 200, five times each
#   1. as built (java -jar service.jar), and
#   2. with Class Data Sharing: the jar extracted (Spring Boot's "tools" jar mode) and an archive
#      of the classes a training run loaded (-XX:ArchiveClassesAtExit, JDK 13+), made offline.
#
#   bash adapters/service/load/startup.sh              # builds the jar first
#   MVN_FLAGS=-o bash adapters/service/load/startup.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${RUNS:-5}

mvn -B -q ${MVN_FLAGS:-} package -DskipTests -pl adapters/service -am
target=adapters/service/target
jar=$(ls $target/service-*.jar | head -n 1)
pid_file=$target/startup-service.pid
rm -f "$pid_file"
stop_service() {
  if [[ -s "$pid_file" ]]; then kill -KILL "$(cat "$pid_file")" 2>/dev/null || true; fi
}
trap stop_service EXIT

measure() {
  timeout --signal=TERM 10m java adapters/service/load/LoadTest.java --startup-only=true \
    --startups="$runs" --port=18090 --pid-file="$pid_file" --log=$target/startup-service.log "$@" |
    grep 'Start-up'
}

echo "As built: java -Xmx256m -jar $(basename "$jar")"
measure --jar="$jar"

# CDS: the archive must be made by the same JDK from the same class path, so it is made here.
rm -rf $target/cds && mkdir -p $target/cds
java -Djarmode=tools -jar "$jar" extract --destination $target/cds/app >/dev/null
extracted=$target/cds/app/$(basename "$jar")
java -Xmx256m -XX:ArchiveClassesAtExit=$target/cds/app.jsa -Dspring.context.exit=onRefresh \
  -jar "$extracted" --server.port=0 >$target/cds/training.log 2>&1
echo "With CDS: java -Xmx256m -XX:SharedArchiveFile=app.jsa -jar app/$(basename "$jar")"
measure --jar="$extracted" "--jvm-options=-Xmx256m -XX:SharedArchiveFile=$target/cds/app.jsa"
