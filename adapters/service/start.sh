#!/usr/bin/env bash
# Starts the service as the build leaves it in target/app (mvn -B -q -pl adapters/service -am
# package -DskipTests): the extracted jar, its context prepared ahead of time, and the class data
# sharing archive of a training run. JVM options come from JAVA_OPTS (e.g. JAVA_OPTS=-Xmx256m),
# application options from the arguments (e.g. --server.port=9090).
#
# The archive belongs to the JVM that wrote it; with another JVM the service starts without it
# (slower) after a warning.
set -euo pipefail
app="$(cd "$(dirname "$0")" && pwd)/target/app"
if [[ ! -f "$app/service.jar" ]]; then
  echo "No $app/service.jar: build it with mvn -B -q -pl adapters/service -am package -DskipTests" >&2
  exit 1
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java ${JAVA_OPTS:-} -Dspring.aot.enabled=true -XX:SharedArchiveFile="$app/service.jsa" \
  -jar "$app/service.jar" "$@"
