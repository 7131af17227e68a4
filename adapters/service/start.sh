#!/usr/bin/env bash
# Starts the service as the build leaves it in target/app (mvn -B -q -pl adapters/service -am
# package -DskipTests): the extracted jar, its context prepared ahead of time, and the start-up
# cache of a training run. JVM options come from JAVA_OPTS (e.g. JAVA_OPTS=-Xmx256m), application
# options from the arguments (e.g. --server.port=9090).
#
# The JVM is the one java.sh finds, as the build's training run did: $GESPREKSWIJZER_JAVA, else the
# newest JDK 25 or later under /usr/lib/jvm, else java on the PATH. On JDK 25 or later the service
# starts with the training run's ahead-of-time cache (service.aot: classes loaded and linked,
# method profiles), on an older JDK with its class data sharing archive (service.jsa). A cache
# belongs to the JVM that wrote it: with another JVM the service starts without it (slower) after a
# warning; rebuild, or train again with bash adapters/service/train.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$here/target/app"
if [[ ! -f "$app/service.jar" ]]; then
  echo "No $app/service.jar: build it with mvn -B -q -pl adapters/service -am package -DskipTests" >&2
  exit 1
fi
# shellcheck source=java.sh
source "$here/java.sh"
find_service_java
if [[ " ${JAVA_OPTS:-} " =~ \ -(Xshare:|XX:SharedArchiveFile|XX:AOTCache|XX:AOTMode) ]]; then
  cache=() # JAVA_OPTS chooses the class data sharing itself
elif ((service_java_release >= 25)); then
  cache=(-XX:AOTCache="$app/service.aot")
else
  cache=(-XX:SharedArchiveFile="$app/service.jsa")
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$service_java" ${JAVA_OPTS:-} -Dspring.aot.enabled=true "${cache[@]}" -jar "$app/service.jar" "$@"
